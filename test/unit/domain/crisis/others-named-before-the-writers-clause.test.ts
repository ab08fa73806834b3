import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (branch t-en108): whose.ts with named-not-actor.ts `relativeAfterPerson`.
const byPatterns = routesBy(patternRouteOf);

describe('the crisis screen reads a person named before the writer\'s relative clause as the one at risk', () => {
  it('GIVEN "the vet i have been working with" WHEN that person calls from a height THEN someone-else; the writer at the height THEN their own risk', () => {
    byPatterns.each([
      'vet ive been working with called me from a bridge tonight. police got to him',
      'my buddy i served with texted me from the bridge rn',
      'participant i work with called me from the bridge tonight, cops are with her',
      'guy i did basic with called me from the overpass last night. hes in the ER now',
    ], 'someone-else');
    byPatterns.each([
      'doesnt matter who covers, after my last client im walking down to the river',
      'standing on the overpass by the VA rn. its quiet up here',
      'after my shift with the vet i am driving to the bridge tonight. pills in the cupholder',
    ], 'imminent');
  });
});
