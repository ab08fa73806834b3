import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself.
const by = routesBy(patternRouteOf);

// A ligature fixed to an anchor that holds a weight indoors (languages/en/imminent-ligature-anchored.ts, branch t-mx87).
describe('the crisis screen hears a ligature fixed to an anchor', () => {
  it('GIVEN a cord, belt, rope or sheet tied, wrapped or looped to a rod, rafter, beam or banister THEN imminent', () => {
    by.each(
      ['wrapping my belt around the closet rod', 'the rope is tied to the rafter already', 'tied the sheet to the banister', '*loops the extension cord over the beam* anyway how was ur day', 'my scarf is knotted around the shower rod now'],
      'imminent',
    );
  });

  it('GIVEN the same verbs with a hook, a leash, balloons, a hammock or a game THEN nothing', () => {
    by.each(
      ['wrapped the cord around the hook so the vacuum fits', 'tied the balloons to the doorknob', 'tied the rope to the beam for the hammock', 'my character wraps the rope around the beam in the game', 'wrapped the phone cord around my finger while we talked'],
      'none',
    );
  });
});
