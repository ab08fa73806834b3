import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('a ligature made the way the cell taught, and a wait for the house to sleep, are urgent (reentry-risk-told-inside.ts)', () => {
  it('GIVEN cloth tied up and tested, or an end mixed on purpose with no going back THEN imminent', () => {
    expect.each(
      [
        'braided the bedsheet into a rope and the knot holds my weight',
        'the towel took my weight when i tested it, doing it after lights out',
        'knotted my shoelaces into the vent. waiting for the whole house to go to sleep',
        'mixing the dope with the xanax tonight. they aint taking me back in',
      ],
      'imminent',
    );
  });

  it('GIVEN sheets on the bed, a wait for the kids to sleep to watch tv, or the state named in custody talk THEN nothing', () => {
    expect.each(
      [
        'finally bought new sheets for my room at the halfway house',
        'waiting for the kids to go to sleep so i can watch my show',
        'if i dont get custody better me than the state raising him',
      ],
      'none',
    );
  });
});

describe('someone from inside dead out here is their death (reentry-risk-told-inside.ts)', () => {
  it('GIVEN a celly or a bunkie dead or overdosed, or word sent that he is dead THEN someone else', () => {
    expect.each(
      [
        'my bunkie from the pen died 5 days out',
        'my old cellie overdosed in a motel bathroom',
        'my cellies girl texted me that he is dead, fent again',
        'my old bunky overdosed at the motel two weeks out',
      ],
      'someone-else',
    );
  });

  it('GIVEN a dead phone or a celly doing fine THEN nothing', () => {
    expect.each(['my phone died so i missed your call', 'my old celly got his CDL and is driving trucks now', 'the battery is dead again on my ankle monitor'], 'none');
  });
});

describe('yard and peer-work talk that only looks like a sign (frames-reentry-said.ts)', () => {
  it('GIVEN an old thought said to be back now THEN own risk', () => {
    expect.ownRisk([
      'used to wish i was dead every night in the hole and its back again',
      'i used to want to die when i was locked up. those thoughts are coming back lately',
      'back in the county i thought about killing myself all the time, it is back now',
      'i used to think about ending it on the tier and it came back this week',
    ]);
  });

  it('GIVEN a nickname, a client\'s papers lost THEN nothing', () => {
    expect.each(
      [
        'the guys keep calling me the sarge because i run the chore chart',
        'the county lost my client\'s birth certificate again',
        'dmv lost one of my participants\' id applications',
      ],
      'none',
    );
  });

  it('GIVEN own risk beside a worry that word gets back to the PO THEN possible, not urgent', () => {
    expect.each(
      [
        'been wanting to die since i got home. scared to say it in case it gets back to my parole officer',
        'i think about killing myself most nights. who do i tell without it going to my PO',
        'wishing i was dead again lately. dont want it getting back to the judge',
        'the suicidal thoughts are bad. can i talk here without it getting back to my case manager',
      ],
      'possible',
    );
  });

  it('GIVEN a keepsake promised to a child when they come of age THEN nothing, and a real goodbye beside it stays', () => {
    expect.each(
      [
        'my watch goes to my son when he graduates, wrote it down this weekend so nobody fights over it',
        'the quilt passes to my granddaughter once she gets married, put it in writing today',
        'grandpas medals go to my nephew when he turns 21, we put it in writing this month',
      ],
      'none',
    );
    expect.each(['my ring goes to my daughter when she turns 18. i wont be here for it. tonight'], 'imminent');
  });
});
