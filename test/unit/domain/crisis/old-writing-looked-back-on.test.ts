import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// Old writing looked back on from where the writer stands now (branch t-t-en103; frames-everyday-said.ts `pastToldInRecovery`,
// joined to the distant past): a wish named inside "my old journal from when i…" is a time gone by, unless the text says it is back.
const { each, ownRisk } = routesBy(patternRouteOf);

describe('the crisis screen reads English old writing looked back on', () => {
  it('GIVEN a wish told as what old journals or posts were from THEN nothing; the wish said to be back or present THEN own risk', () => {
    each([
      'rereading my old diary from when i wanted to die. wild to see how far ive come',
      'reading my old posts from when i wanted to kill myself, so proud of where i am now',
      'found my old notebooks from when i wanted to disappear. feels like another person wrote them',
      'my therapist had me read my old journals from when i wanted to die. growth',
    ], 'none');
    ownRisk([
      'found my old diary from when i wanted to die. honestly i still do',
      'rereading my old journal from when i wanted to die and i want to die again tonight',
      'i want to die. reading my old journal doesnt help',
    ]);
  });
});
