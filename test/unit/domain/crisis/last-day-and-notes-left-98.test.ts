import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// A last good day wanted first, notes left on the bed, a means that made it easier to decide
// (languages/en/imminent-last-day-and-notes-left.ts).
describe('the crisis screen hears a last good day and notes left out', () => {
  it('GIVEN a last good day with the group wanted first beside a decision, or notes left on the bed beside an absence THEN imminent', () => {
    by.each([
      'its decided. after the drag brunch sunday im done. wanted one last good day with you guys first',
      'i already decided. wanted one final normal weekend with my chosen family first',
      'wont be at group monday or ever. letters are on my pillow',
      'not coming back to the center, or ever. notes are on the bed',
    ], 'imminent');
  });

  it('GIVEN a last beach day before school, meeting notes on a desk or a last day at a job THEN nothing', () => {
    by.each([
      'one last good beach day before school starts',
      'my lecture notes are on the bed, gonna study after dinner',
      'wanted one last good day with yall before i move to portland, love you all',
    ], 'none');
  });

  it('GIVEN a means bought that made it easier to decide THEN imminent; a purchase made easy THEN nothing', () => {
    by.each([
      'bought a gun last week. the clerk being nice made it easier to decide',
      'got a rope from the hardware store and that makes things easier to decide',
    ], 'imminent');
    by.each([
      'bought a new laptop yesterday, the sale made it easier to decide',
      'the clerk called me maam and it made my whole day, this killed me',
      'got my binder in the mail and that made it easier to decide on a dress for pride',
    ], 'none');
  });
});
