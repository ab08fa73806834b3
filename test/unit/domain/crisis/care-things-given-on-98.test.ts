import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Things of one's own care given on to someone who can still use them (languages/en/imminent-care-things-given-on.ts).
describe('the crisis screen hears hormones and binders given on as a preparation', () => {
  it('GIVEN hrt, a binder or meds handed to someone who can still use them beside an end or an absence THEN imminent', () => {
    by.each([
      'handed my estradiol to a girl in group who can still use it. finished with everything by sunday',
      'gave all my binders to the youth center, they need them more, i wont be needing them after friday',
      'passing my t to someone on the clinic waitlist who still needs it. done with all of it by tonight',
      'handed the rest of my hrt to a friend, she needs it more than i do, i will not need it after this weekend',
    ], 'imminent');
  });

  it('GIVEN clothes or a binder passed on after a change of size, or hrt shared while waiting for a refill THEN nothing', () => {
    by.each([
      'gave my old binder to my cousin, she needs it more. mine finally fits right',
      'passing my spare binders to the new kids at group who can still use them, i got measured for top surgery',
      'giving my extra estradiol patches to a friend who can still use them until her refill comes in',
      'im deceased, my friend gave me her old binder and it fits perfectly',
    ], 'none');
  });

  it('GIVEN the writer saying they will not need them after a time, alone THEN nothing', () => {
    by.each([
      'i wont need my winter coat after this weekend, finally spring',
      'he needs the car more, i wont after this weekend since i start working from home',
      'changed my dead name on everything, wont need the old id after friday',
    ], 'none');
  });
});
