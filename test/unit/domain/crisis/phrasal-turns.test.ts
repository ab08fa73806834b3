import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// A particle after the reflexive turns the verb into another (phrasal-turn.ts, Lexicon `phrasalTurns`), and an object names
// the idiom (frames-idiom.ts): everyday talk in recovery and at work, beside the same verbs said as harm.
describe('the crisis screen reads phrasal verbs said of oneself as the everyday verbs they are', () => {
  it('GIVEN cut off, topped up, burned out, hung up, worn out THEN nothing', () => {
    expectRoutes(
      [
        'cut myself off from that whole friend group when i got sober',
        'been cutting myself off from the news, helps my anxiety',
        'topping myself up with tea before group, long one today',
        'need to top myself up before the double shift',
        'totally burned myself out covering for everyone this month',
        'burnt myself out on the grant report, taking friday off',
        'hung myself up on one bad comment in supervision all week',
        'wore myself out at the food drive, good tired tho',
      ],
      'none',
    );
  });

  it('GIVEN an object that names the idiom THEN nothing', () => {
    expectRoutes(
      [
        'shot myself in the foot by saying yes to another committee',
        'drowning myself in charting so i dont have to think about the weekend',
        'been starving myself of sleep with this new schedule',
      ],
      'none',
    );
  });

  it('GIVEN the same verbs said as harm THEN the risk stays', () => {
    expectOwnRisk([
      'i cut myself off and on since high school and it started again',
      'cut myself again last night, deeper this time',
      'thinking about topping myself, i cant keep doing this',
      'want to drown myself in the river tonight',
      'been starving myself so i just disappear',
    ]);
  });
});
