import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Everyday moves inside the service, read by the leaving frame (languages/en/frames-leaving-plans.ts).
describe('GIVEN a first responder saying goodbye to the crew', () => {
  it('WHEN the goodbye is for a transfer to another station, unit or shift THEN nothing', () => {
    by.each([
      'cleaning out my locker today, transferring to station 3. goodbye and thanks for everything',
      'last tour with you animals, bid over to medic 12. thanks for everything',
      'moving to B shift at the north house, cleaned out my locker. goodbye yall',
      'reassigned to dispatch next month. gave my turnout gear to the probie. thanks for everything',
    ], 'none');
  });

  it('WHEN the goodbye names no move, or a means stays at hand THEN imminent', () => {
    by.each([
      'cleaning out my locker today. goodbye and thanks for everything, im done',
      'transferring to station 3 they think. gave away my gear, the pills are counted out. goodbye',
      'cleaned out my locker and wrote the letters. goodbye and thanks for everything. tonight',
    ], 'imminent');
  });

  it('WHEN extra shifts are offered in a question THEN nothing', () => {
    by.each([
      'anyone want my extra shifts this weekend? kids recital',
      'who wants my overtime shifts next week, i have a wedding',
      'anybody need some extra shifts? giving away my saturday',
      'anyone wanna take my night shifts friday, family thing',
    ], 'none');
  });

  it('WHEN shifts go with the writer\'s own ending THEN imminent', () => {
    by.each([
      'anyone want my extra shifts? i wont need them after tonight, the gun is loaded',
      'giving away my shifts and my gear. wrote my note. goodbye',
      'anyone want my shifts, im going to kill myself this weekend',
    ], 'imminent');
  });
});
