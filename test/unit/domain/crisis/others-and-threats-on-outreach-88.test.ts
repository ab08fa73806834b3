import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Someone else's overdose and harm to the writer told on outreach (languages/en/others-and-threats-on-outreach.ts).
describe('the crisis screen hears a reversal named by who it turned out to be', () => {
  it('GIVEN a reversal or an overdose of the day that was someone the writer knows THEN someone else', () => {
    by.each([
      'reversal #2 this morning was my cousin',
      'the second od today was a kid i went to school with',
      'overdose yesterday was my former sponsee, hes in the ICU',
      'narcan save tonight was our regular from 5th street',
    ], 'someone-else');
  });

  it('GIVEN a reversal training, an idea or a favourite part named after it THEN nothing', () => {
    by.each([
      'the reversal training today was my favorite part of the week',
      'overdose awareness day was my idea this year',
      'the od response drill this morning was a mess lol',
    ], 'none');
  });
});

describe('the crisis screen hears a menacing teller who says the writer will get hurt', () => {
  it('GIVEN a dealer, a crew or some guy telling the writer they will get hurt if they go on THEN harm', () => {
    by.each([
      'some guy at the camp told me if i come back with strips im gonna get jumped',
      'the dealers on 9th warned me if i keep showing up there i will get hurt',
      'plug texted me that if i talk to the cops im going to get shot',
      'his boys told me to stop handing out kits or im gonna get beat up',
    ], 'harm-from-others');
  });

  it('GIVEN a coach, a doctor or a sup warning of an injury THEN nothing', () => {
    by.each([
      'coach told me if i keep running on this ankle im gonna get hurt',
      'physio warned me im gonna get hurt running on it this soon',
      'sup told me if i skip breaks in this heat im gonna get heat stroke',
    ], 'none');
  });
});
