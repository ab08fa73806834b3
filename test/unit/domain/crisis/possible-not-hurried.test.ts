import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf, routeOf } from '../../../helpers/crisis-routes.js';

// A burden, a passive wish or a picture with no plan, means or time set is possible risk, not imminent (branch t-en57):
// ending-wished.ts (an absence in the conditional beside a burden), imminent-urgency-spread.ts ("had enough" is weariness),
// frames-idiom.ts (an edge of no place).
describe('the crisis screen keeps English burdens, passive wishes and pictures possible', () => {
  it('GIVEN a burden and what would follow it for them THEN possible; a conditional with no burden THEN nothing; an absence told as what will be THEN imminent', () => {
    expectRoutes([
      ['my kids would be better off without me. they wouldnt have to look after me anymore', 'possible'],
      ['everyone would be happier without me, they wouldnt need to worry about me', 'possible'],
      ['my wife would be better off without me dragging her down. she wouldnt have to carry me anymore', 'possible'],
      ['once i move out mum wouldnt have to worry about me anymore', 'none'],
      ['if i get this job my parents wouldnt have to worry about me anymore', 'none'],
      ['theyd all be better off without me. you wont have to worry about me after tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN a wish to be taken with a day inside it, after having had enough THEN possible; weariness with a plan for the evening THEN nothing; a supply that is enough THEN imminent', () => {
    expectRoutes([
      ['honestly if God took me tomorrow I would not complain, I am just a weight on my family', 'possible'],
      ["I've had enough of this life. wouldn't mind if I didn't wake up tomorrow", 'possible'],
      ['ive had enough of this rota, going to bed early tonight', 'none'],
      ['had enough of the heat, staying in tonight with the fan', 'none'],
      ['got enough saved up now. tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN the edge of something, no place, with a pull toward it THEN possible; a breakdown\'s edge THEN nothing; the edge of a bridge now THEN imminent', () => {
    expectRoutes([
      ['feels like im stood at the edge of something and a bit of me wants to just tip over', 'possible'],
      ['always standing at the edge of something lately and part of me wants to let go', 'possible'],
      ['on the edge of a breakdown this week lol, need a holiday', 'none'],
      ['im at the edge of the bridge right now', 'imminent'],
    ], routeOf);
  });
});
