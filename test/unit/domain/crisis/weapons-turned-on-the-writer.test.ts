import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion): languages/en/harm-from-others.ts, threats whose words are quoted and
// someone else's weapon or car turned on the writer, read as harm from others rather than as that person's own crisis.
describe('the crisis screen reads someone else\'s weapon turned on the writer as harm', () => {
  it('GIVEN a threat with its words quoted THEN harm from others; a threat to get the writer fired THEN nothing here', () => {
    expectRoutes([
      ["roommate keeps threatening to 'end me' and today he had a knife out", 'harm-from-others'],
      ['he threatened to "finish me off"', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN a gun to be used on the writer, or kept for them should they leave THEN harm from others; a coupon or free throws THEN nothing', () => {
    expectRoutes([
      ["my ex said he has a gun and he's going to use it on me if i don't come back", 'harm-from-others'],
      ['she said shed use the knife on me', 'harm-from-others'],
      ['he sleeps with a gun under the pillow and says its for me if i ever try to leave', 'harm-from-others'],
      ["my partner said he'll drive us both off the bridge if i try to leave", 'harm-from-others'],
      ['i have a coupon and im gonna use it on me lol self care', 'none'],
      ['he will drive me to the airport if i leave on friday', 'none'],
      ['i saved a plate for me if i leave late', 'none'],
    ], patternRouteOf);
  });
});
