import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en/others-death-in-case-updates.ts.
describe('the crisis screen reads a death the writer found as someone else\'s crisis', () => {
  it('GIVEN the writer the one who found someone who died THEN someone else; a dead relative\'s things found THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['a guy passed in the shelter bathroom and i found the body', 'my roommate died last month and i was the one who found him', 'he killed himself in march, i was the one to find him', 'she passed on my shift and i was the one that found her', 'the resident who passed on nights, i was the one who found her'], 'someone-else');
    by.each(['my grandma died, i found her old letters', 'my grandpa passed, i found his recipes in the attic', 'the plant died and i found the receipt'], 'none');
  });
});
