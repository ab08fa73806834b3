import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en57):
// languages/en/imminent-handed-on-for-after.ts.
describe('the crisis screen reads English things handed on with the writer absent after', () => {
  it('GIVEN a thing given to kin because it will not be needed where the writer is going THEN imminent; a move or an upgrade THEN nothing', () => {
    expectRoutes([
      ['gave my little brother my xbox and all my games. said i wont need em where im going', 'imminent'],
      ['giving my baby sister all my makeup and my good jacket. wont need them after friday', 'imminent'],
      ['handed my best friend my vinyl collection, told him i dont need any of it where im headed', 'imminent'],
      ['gave my godson my football boots today. dont need em where im going', 'imminent'],
      ['giving my lil sister my ps5 before the move, wont need it where im going', 'none'],
      ['gave my nephew my old bike, he outgrew his and i dont need it where im going for uni', 'none'],
      ['sold the ps5 bc money is tight, dont need it where im going', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN every shift or client put up for others beside an absence with no end THEN imminent; one shift, or a trip named THEN nothing', () => {
    expectRoutes([
      ['someone take all my clients next week, i wont be around to see them', 'imminent'],
      ['put all my shifts up for grabs, i wont be here to cover them', 'imminent'],
      ['offering all my on-call shifts to whoever wants them. i wont be around after this week', 'imminent'],
      ['someone take all my shifts next week pls, i wont be around, off to cancun', 'none'],
      ['put all my on-call shifts up for grabs next month, i wont be around, off to bali', 'none'],
      ['can anyone take my tuesday group, i wont be around', 'none'],
      ['can someone take my on-call shift saturday, i wont be around', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a phone or laptop unlocked so kin can get things off it after THEN imminent; a lock screen off for the kids THEN nothing', () => {
    expectRoutes([
      ['took the passcode off my laptop so my mum can get into my files after', 'imminent'],
      ['left my phone unlocked on the desk so my sister can get the pictures after', 'imminent'],
      ['wiped my insta and took the pin off my phone so my dad can save the photos afterwards', 'imminent'],
      ['took the lock screen off my phone so my kids can play games on it', 'none'],
      ['gave my partner my passcode in case of emergencies', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the writer unreachable foretold beside a goodbye THEN imminent; a flight, a festival or a meeting as the reason THEN nothing', () => {
    expectRoutes([
      ['if my phone is off tomorrow dont worry about it. love you all', 'imminent'],
      ['if my phone goes to voicemail tonight, its not your fault. love you guys', 'imminent'],
      ['if my fone is dead tmrw pls dont be mad. thanks for everything', 'imminent'],
      ['if my phone goes straight to voicemail tomorrow its bc im on a flight to lisbon. love u all', 'none'],
      ['if my phone dies tonight dont worry, im at the festival. love u', 'none'],
      ['if my phone goes straight to voicemail im in a meeting', 'none'],
    ], patternRouteOf);
  });
});
