import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en/own-risk-said-obliquely.ts.
describe('the crisis screen reads being alive told as the misfortune', () => {
  it('GIVEN being alive told as the misfortune or not being born recommended THEN own risk; a misfortune of something else THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.ownRisk(['how am i doing? im alive, unfortunately', 'i woke up and im alive sadly', '10/10 would recommend not being born', 'would not recommend existing honestly']);
    by.each(['im alive and kicking, unfortunately my car isnt', 'he is alive, sadly with a brain injury', 'would recommend not being late to the huddle'], 'none');
  });
});
