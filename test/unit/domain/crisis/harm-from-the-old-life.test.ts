import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('an order to hurt the writer put out in yard slang is a threat (harm-from-the-old-life.ts)', () => {
  it('GIVEN a green light, a hit or word sent that the writer is on a list THEN harm from others', () => {
    expect.each(
      [
        'found out there is a greenlight on my name since i paroled',
        'my cousin says the old crew put a hit out on me',
        'they hung a snitch jacket on me at county and now it followed me home',
        'the homie passed word that im on their list now',
        'heard my old set is out looking for me since i dropped my flag',
        'word is my old crew wants me touched now that im home',
        'a kite came saying im food as soon as i go back',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a green light on a project, a waiting list or a guest list THEN nothing', () => {
    expect.each(
      [
        'we finally got the green light on the new reentry center',
        'im on the waiting list for section 8 again',
        'my sister put me on the guest list for her wedding',
        'my friends were looking for me all night at the show',
        'the kids want me to handle dinner and homework tonight',
      ],
      'none',
    );
  });
});

describe('the one who hurt the writer back in their life, or a guard who follows them, is harm (harm-from-the-old-life.ts)', () => {
  it('GIVEN the old attacker named as here now, or a guard following the writer THEN harm from others', () => {
    expect.each(
      [
        'turns out my new neighbor is the dude who stabbed me on the tier',
        'the guy who jumped me on the tier lives two doors down and he knows where i stay',
        'a deputy from my old unit keeps following me around the parking garage',
        'the officer who messed with me in county watches me every time i sign in now',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a pet or a kid following the writer, or a helper named from the past THEN nothing', () => {
    expect.each(
      [
        'my dog follows me into the bathroom every single morning',
        'my sponsor is the guy who got me into my first meeting',
        'the nurse who patched me up at the clinic remembered my name',
      ],
      'none',
    );
  });
});
