import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion): languages/en/own-risk.ts (a state of the writer with words of
// degree only between), clauses.ts (a denial carried across "i'm") and typos.ts (words a letter from a key word that are words
// of their own).
describe('the crisis screen reads hopelessness and suicidal thoughts said or denied, and homelessness', () => {
  it('GIVEN hopelessness said with words of degree THEN possible; the same state denied THEN nothing', () => {
    expectRoutes([
      ['i feel so hopeless', 'possible'],
      ['i am so utterly worthless', 'possible'],
      ["i'm just a hopeless case", 'possible'],
      ['im a worthless piece of shit and everyone knows it', 'possible'],
      ['getting so hopeless about all of it', 'possible'],
      ["i'm not hopeless", 'none'],
      ['im not hopeless, just tired', 'none'],
      ["i'm not so hopeless anymore", 'none'],
      ["i'm not a hopeless case, whatever my ex says", 'none'],
      ["i'm a hopeless romantic", 'none'],
    ], patternRouteOf);
  });

  it('GIVEN homelessness, past or present THEN it is not read as hopelessness', () => {
    expectRoutes([
      ['im homeless right now, staying at the shelter on 5th', 'none'],
      ['I was homeless and using for 10 years. Clean since 2016.', 'none'],
      ["I'm homeless and the guy in the next tent stole my meds and said he'd cut me if I told anyone", 'harm-from-others'],
      ['the steak was overdone again', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN "wouldn\'t say i\'m suicidal" THEN the denial holds; a past report taken back, or a subject after other words THEN the sign stands', () => {
    expectRoutes([
      ["i wouldn't say i'm suicidal", 'none'],
      ['i wouldnt say im suicidal, just burnt out', 'none'],
      ["i wouldn't say i feel hopeless, more flat", 'none'],
      ['honestly i never said im suicidal but i am', 'possible'],
      ["i'm not fine and i'm suicidal", 'possible'],
      ['since the board denied me i been wanting to disappear', 'possible'],
    ], patternRouteOf);
  });
});
