import { describe, it } from 'vitest';
import { expectRoutes } from '../../../helpers/crisis-routes.js';

describe('holding back, and "for real this time"', () => {
  it('GIVEN "sitting on my hands" with no one doing it THEN it is the writer holding back, not violence; beside an urge it is own risk', () => {
    expectRoutes([
      ['sitting on my hands till the committee decides lol', 'none'],
      ['sat on my hands the whole meeting so i would not snap at my boss', 'none'],
      ['the urge to cut is so loud, sitting on my hands', 'possible'],
      ['he sat on my hands so i couldnt move', 'harm-from-others'],
      ['he sat on my chest', 'harm-from-others'],
    ]);
  });

  it('GIVEN "for real this time" THEN it is resolve about whatever it is said of: a habit or a move is everyday, an act of dying is urgent', () => {
    expectRoutes([
      ['quitting sugar for real this time', 'none'],
      ["we're moving for real this time", 'none'],
      ['im doing it for real this time', 'imminent'],
      ['gonna kms for real this time', 'imminent'],
      ['done. for real this time', 'imminent'],
      ["i'm going to end it. this time for real", 'imminent'],
    ]);
  });
});
