import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (branch t-en108): languages/en/others-warning-signs.ts, someone's jokes about their ending.
const byPatterns = routesBy(patternRouteOf);

describe('the crisis screen reads someone else joking about their own ending as their warning sign', () => {
  it('GIVEN a person the writer serves or knows WHEN they keep joking about ending it THEN someone-else; the writer\'s own joke or a hotel checkout THEN nothing', () => {
    byPatterns.each([
      'my vet keeps kidding about eating his gun. idk if i should flag it',
      'one of my guys jokes about not waking up every morning at group',
      'my sponsee has been joking about ending it all since the divorce',
      'battle buddy of mine keeps joking about swallowing a bullet, not sure how to bring it up',
    ], 'someone-else');
    byPatterns.each([
      'client keeps joking about checking out of the hotel early lol',
      'he joked about suicide prevention month being the only time anyone calls',
      'my buddy was joking about his funeral playlist, hes such a goofball',
    ], 'none');
  });
});
