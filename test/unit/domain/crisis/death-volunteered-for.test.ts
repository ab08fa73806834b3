import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (branch t-en108): languages/en/own-risk-death-welcomed.ts, a blow that kills volunteered for.
const byPatterns = routesBy(patternRouteOf);

describe('the crisis screen reads a death volunteered for as a joke that means it', () => {
  it('GIVEN the writer volunteers for the next blow that kills THEN possible; volunteering for a potluck, a training or a trip THEN nothing', () => {
    byPatterns.each([
      'i volunteer as tribute for the next ied honestly',
      'sign me up for the next mortar lol. not even joking',
      'volunteering as tribute for the next stray round, not kidding',
      'ngl i volunteer as tribute for the next asteroid',
    ], 'possible');
    byPatterns.each([
      'i volunteer as tribute for the next potluck',
      'sign me up for the next IED awareness training',
      'who wants to volunteer as tribute for the next staff meeting',
      'sign me up for the next bus trip to the coast',
    ], 'none');
  });
});
