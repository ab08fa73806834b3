import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion) (branch t-en59): languages/en/frames-things-named.ts, thing-dies.ts,
// and the narrowed "done with … forever" of languages/en/own-risk.ts.
describe('the crisis screen reads a sign whose words are about a thing named as that thing', () => {
  it('GIVEN a phone, a battery, plants or a pet going to die THEN nothing; the writer going to die THEN imminent', () => {
    expectRoutes([
      ['my battery is gonna die any minute, text me later', 'none'],
      ['pretty sure my basil is going to die while im on vacation lol', 'none'],
      ['the goldfish is probably gonna die, the kids will be sad', 'none'],
      ['my phone is at 2% and i am going to die tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN something done with for good named after "with" THEN nothing; done with it all, or life, for good THEN imminent', () => {
    expectRoutes([
      ['im done with twitter forever, deleting the app tonight', 'none'],
      ['done with my ex for good. blocked everywhere', 'none'],
      ['done with it all for good tonight', 'imminent'],
      ['im done with this life forever', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN the point of a chore questioned THEN nothing; the point of living THEN possible', () => {
    expectRoutes([
      ['i dont see the point of this mandatory survey every week', 'none'],
      ['honestly no point in the icebreakers, everyone hates them', 'none'],
      ['i dont see the point of living anymore', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN crisis words taught as words THEN nothing; a death by suicide told THEN someone else', () => {
    expectRoutes([
      ['reminder for new volunteers: say died by suicide instead of saying committed suicide', 'none'],
      ['we use died by suicide in our posts. words matter', 'none'],
      ['my cousin died by suicide on sunday', 'someone-else'],
    ], patternRouteOf);
  });

  it('GIVEN a service or a posting far away after things given THEN nothing; a giving and last words THEN still read', () => {
    expectRoutes([
      ['gave my guitar to my brother and sold the car. americorps starts in june!', 'none'],
      ['sold my truck, gave the dog to my mom. shipping out for basic training monday', 'none'],
      ['gave my guitar to my brother and sold the car. this is my last message, i have the pills', 'imminent'],
    ], patternRouteOf);
  });
});
