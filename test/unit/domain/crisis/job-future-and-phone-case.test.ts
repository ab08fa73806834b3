import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf, routeOf } from '../../../helpers/crisis-routes.js';

// Everyday work talk a peer specialist writes after a long week, beside the risk it sounds like
// (languages/en/own-risk-families.ts, "not see myself in …"; harm-in-many-voices.ts, papers or a phone held).
describe('the crisis screen tells a job\'s future and a phone case from risk and control', () => {
  it('GIVEN the writer cannot see themself in a job or field years on THEN nothing; in the years themselves THEN possible', () => {
    expectRoutes([
      ["can't see myself in this job in 5 years", 'none'],
      ['honestly cant see myself at this agency in 2 years, the pay is a joke', 'none'],
      ['cant see myself in 5 years', 'possible'],
      ["i can't see myself in the next 5 years, and i don't want to", 'possible'],
      ["can't picture myself at 30", 'possible'],
    ], routeOf);
  });

  it('GIVEN a case or cover taken off the writer\'s own phone THEN nothing; a phone or papers held by someone THEN harm', () => {
    expectRoutes([
      ['took the case off my phone and the screen cracked anyway', 'none'],
      ['he took my phone and wont give it back', 'harm-from-others'],
      ['she took away my phone and my car keys', 'harm-from-others'],
      ['my landlord holds onto my id so i cant leave', 'harm-from-others'],
    ], patternRouteOf);
  });
});
