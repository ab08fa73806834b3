import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion) (branch t-en59): languages/en/imminent-means-and-spot.ts, and
// place-use-next.ts (an everyday use told next explains a place, never a means beside it).
describe('the crisis screen reads a hanging told by its means and its spot, and a means a next sentence does not explain', () => {
  it('GIVEN a cord or belt and a tree or beam picked beside a day or a decision THEN imminent; alone or for the lights THEN nothing', () => {
    expectRoutes([
      ['made up my mind. got the belt and found the right beam', 'imminent'],
      ['friday it is. found a sturdy branch and i have the cord', 'imminent'],
      ['got the extension cord and picked the tree for the lights', 'none'],
      ['picked out the tree at the farm today, kids loved it', 'none'],
      ['got the cord for my laptop, finally', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a place and a means in hand, then an everyday chore told next THEN imminent; a place and its use told next THEN nothing', () => {
    expectRoutes([
      ['got the pills in my bag and heading to the bridge after group. coffee machine is broken again btw', 'imminent'],
      ['on the pier now. fishing is slow today', 'none'],
    ], patternRouteOf);
  });
});
