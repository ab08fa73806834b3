import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (branch t-en108): languages/en/harm-threats-sent.ts, a weapon laid out during a fight.
const byPatterns = routesBy(patternRouteOf);

describe('the crisis screen reads a partner laying a weapon out during a fight as a threat', () => {
  it('GIVEN a partner WHEN they set a gun or a knife down during an argument THEN harm-from-others; a weapon set down for a game or a trip to the range THEN nothing', () => {
    byPatterns.each([
      'my bf put his knife on the counter while we were fighting and just stared',
      'ex laid his gun on the table in the middle of the argument',
      'my ex put his gun on the bed during our fight and walked out',
      'hubby slammed his pistol on the table mid argument. kids were watching',
    ], 'harm-from-others');
    byPatterns.each([
      'my husband put his rifle on the table while we were watching the game',
      'husband took his pistol to the range during our date night lol',
      'my husband set his knife on the counter while we were cooking dinner',
    ], 'none');
  });
});
