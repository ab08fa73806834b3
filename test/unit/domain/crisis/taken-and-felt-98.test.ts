import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// A whole store taken minutes ago and the body turning strange since (languages/en/imminent-taken-and-felt.ts).
describe('the crisis screen hears a whole store taken and felt', () => {
  it('GIVEN everything or the whole bottle taken minutes ago and the writer feeling strange THEN imminent', () => {
    by.each([
      'swallowed everything in the cabinet about 15 min ago, feeling dizzy',
      'took the whole bottle of my spiro like an hour ago and im feeling numb',
      'downed every pill i had saved half an hour ago, getting woozy',
      'popped all of them 10 mins ago. already floaty',
    ], 'imminent');
  });

  it('GIVEN a daily dose taken, a meal eaten or a joke about a workout THEN nothing', () => {
    by.each([
      'took my estradiol 20 min ago, feeling sleepy, normal for me',
      'ate everything in the fridge an hour ago, feeling sick lol',
      'that leg day killed me, took everything out of me 30 minutes ago and im deceased',
    ], 'none');
  });
});
