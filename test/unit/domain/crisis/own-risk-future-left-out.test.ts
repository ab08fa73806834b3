import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself (branch t-en57):
// languages/en/own-risk-future-left-out.ts, and ending-wished.ts (an absence inside the wish's own words is that wish).
describe('the crisis screen reads an English future the writer leaves themself out of', () => {
  it('GIVEN no "me" in a year named THEN possible; no "me" in team THEN nothing', () => {
    expectRoutes([
      ['theres no me in 2030, i just know it', 'possible'],
      ['my mum keeps planning my 40th and i dont reckon theres a me by then', 'possible'],
      ['said id be at the reunion but honestly i dont think theres gonna be a me in five years', 'possible'],
      ['theres no me in team, as my coach says', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a thing not needed years on THEN possible; a thing skipped for its cost or the season THEN nothing; beside counted pills THEN imminent', () => {
    expectRoutes([
      ['not like im gonna need a pension in 20 years', 'possible'],
      ['didnt bother renewing my passport. not like im gonna need it in 10 years', 'possible'],
      ['didnt renew my passport, too expensive this year and no trips planned', 'none'],
      ['not like im gonna need my winter coat in the summer', 'none'],
      ['not like im gonna need it in 10 years. pills are counted', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN the writer not there for a child\'s years ahead THEN possible; a day missed, a past absence or a parent\'s illness THEN not the writer\'s risk', () => {
    expectRoutes([
      ['i wont be around to see my daughter grow up', 'possible'],
      ['I won\'t be here to see my son grow up, and that\'s ok', 'possible'],
      ['ill never live to see them get married', 'possible'],
      ['honestly not sure i\'ll be around to see her graduate high school', 'possible'],
      ['i won\'t be around to see the recital, i\'m on nights', 'none'],
      ['i wasn\'t around to see my son grow up, i was using back then', 'none'],
      ['i want to be around to see my daughter grow up, thats why i got clean', 'none'],
      ['my dad wont be here to see me graduate, hes in hospice', 'none'],
    ], patternRouteOf);
  });
});
