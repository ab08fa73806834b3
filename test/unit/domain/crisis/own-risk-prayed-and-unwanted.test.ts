import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en59):
// languages/en/own-risk-prayed-and-unwanted.ts, and ending-wished.ts (an ending inside the wish's own words is that wish).
describe('the crisis screen reads English wishes to be dead prayed for, long gone or hoped for through an illness', () => {
  it('GIVEN God asked to take the writer with words between, or "He" asked to call them home THEN possible; a lift asked for THEN nothing', () => {
    expectRoutes([
      ['most nights i pray he will just call me on home, i am so tired', 'possible'],
      ['begged god last night to just take me', 'possible'],
      ['my nana says every night she tells the good lord im ready to go', 'possible'],
      ['i am ready to go whenever the lord wants, been ready a while now', 'possible'],
      ['asked him to take me to the airport on friday', 'none'],
      ['praying he calls me back about the apartment', 'none'],
      ['ready to go whenever you are, car is out front', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a wish to live long gone or no reason to stay alive THEN possible; joy or a late shift THEN nothing', () => {
    expectRoutes([
      ['honestly i cant remember the last time i really wanted to wake up', 'possible'],
      ['its been so long since i actually wanted to wake up', 'possible'],
      ['i honestly dont know why i should go on living', 'possible'],
      ['cant remember the last time i felt this alive, what a hike', 'none'],
      ['i dont see why i should stay late when nobody else does', 'none'],
      ['been ages since i wanted to go out dancing', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN an illness hoped for or its all-clear regretted THEN possible; a clear result hoped for or a test regretted THEN nothing', () => {
    expectRoutes([
      ['part of me is hoping the scan comes back bad so it is out of my hands', 'possible'],
      ['the mole came back benign and i was weirdly let down', 'possible'],
      ['hoping the biopsy comes back clear, fingers crossed', 'none'],
      ['the scan came back clear, so relieved', 'none'],
      ['bummed the pregnancy test was negative again this month', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a wish with "the last time" inside it THEN possible, not imminent; beside a rope ready THEN imminent', () => {
    expectRoutes([
      ['long day. cant recall the last time i wanted to live', 'possible'],
      ['cant recall the last time i wanted to live. the rope is ready', 'imminent'],
    ], patternRouteOf);
  });
});
