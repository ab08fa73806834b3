import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Self-harm escalated on purpose, razors whose everyday use is denied, a date not lived past
// (languages/en/own-harm-escalated-and-dated.ts, languages/es/own-harm-escalated.ts, use-denied.ts).
describe('the crisis screen hears self-harm escalated, razors not for shaving and a date not lived past', () => {
  it('GIVEN a cut told and the writer going deeper next, or razors bought not for shaving with a time WHEN read THEN imminent', () => {
    by.each([
      'cut again yesterday, tonight im going way deeper',
      'sh relapse on monday. gonna cut deeper this time',
      'me corté el martes. hoy me voy a cortar más profundo',
      'picked up blades at the pharmacy. not for shaving. tonight',
      'got a box of razors, and theyre not for my legs. doing it tonight',
    ], 'imminent');
  });

  it('GIVEN a date picked and the writer not making it past that WHEN read THEN imminent', () => {
    by.each([
      'i have the day picked out. im not making it past that',
      'i chose a date, the 3rd. im not gonna make it past that',
      'set a date for after my birthday. i wont make it past then',
      'picked the date already. the 21st. i am not making it past that day',
    ], 'imminent');
  });

  it('GIVEN a training going deeper, razors for shaving or an exam not survived in jest WHEN read THEN nothing', () => {
    by.each([
      'tonight we are going deeper into the trauma module',
      'hoy vamos a ir más hondo en el tema de la recaída',
      'bought razors for shaving my legs tonight',
      'this razor is not for shaving your head, use the clippers',
      'i\'m not making it past that exam lol',
    ], 'none');
  });
});

// "since the relapse started back in march" runs until now (languages/en/frames-ongoing-since.ts).
describe('the crisis screen hears a stretch that runs from a past month until now', () => {
  it('GIVEN pills saved since something started back in a month and a time now WHEN read THEN imminent', () => {
    by.each([
      'been stockpiling my pills ever since the new meds kicked in back in january. tonight',
      'ive been saving my meds since the relapse started back in march. taking them tonight',
      'hoarding my pills since this whole thing began back in october. doing it tonight',
      'saving up my scripts since the ed came back around christmas, im taking them tonight',
    ], 'imminent');
  });

  it('GIVEN an act told back in a month and sobriety since WHEN read THEN nothing', () => {
    by.each([
      'i cut back in march and ive been clean since',
      'i overdosed in march and have been sober since the program started back in april',
      'started peer work back in march and been loving it since',
    ], 'none');
  });
});
