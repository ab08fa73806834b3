import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf, routeOf } from '../../../helpers/crisis-routes.js';

// Everyday work talk a peer specialist writes after a long week, beside the risk it sounds like
// (languages/en/own-risk-families.ts, "not see myself in …"; harm-in-many-voices.ts, papers or a phone held;
// shared-for-use.ts, a login handed over for a use).
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

  it('GIVEN a login or card the writer handed over so someone can use it THEN nothing; made to hand it over, or kept by him THEN harm', () => {
    expectRoutes([
      ['gave my partner my passcode so she can check my emails while im on the retreat', 'none'],
      ['gave my sister my bank card so she can pay the rent while im in hospital', 'none'],
      ['shared my location with my wife so she can see when im home safe', 'none'],
      ['he made me give him my pin so he can check my account', 'harm-from-others'],
      ['i had to give him my passcode so he can check my emails', 'harm-from-others'],
      ['he has my passcode so he can check my emails whenever he wants', 'harm-from-others'],
      ['gave him my password so he can track me', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN keys, a badge or a laptop handed in or back at a job\'s end THEN nothing; a card, pay or passwords handed over to him THEN harm', () => {
    expectRoutes([
      ['handing in my keys, badge and work phone friday, last shift at the clinic', 'none'],
      ['gave back my keys to the property manager this morning', 'none'],
      ['he makes me hand over my paycheck every friday', 'harm-from-others'],
      ['i hand him my card every payday or he gets mad', 'harm-from-others'],
      ['had to hand my phone over to him every night', 'harm-from-others'],
    ], patternRouteOf);
  });
});
