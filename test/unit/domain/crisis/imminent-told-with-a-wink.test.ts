import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en57):
// languages/en/imminent-told-with-a-wink.ts and topic-talk.ts (a night likened to a show in chat's "it's giving").
describe('the crisis screen reads English plans told with a wink', () => {
  it('GIVEN the means packed and the night called a show ending THEN imminent; a finale watched or a trip packed THEN nothing', () => {
    expectRoutes([
      ['motel booked, the whiskey and all my pills packed. its giving series finale', 'imminent'],
      ['bought the vodka and saved my whole script. its giving final episode', 'imminent'],
      ['finale tonight and its giving final episode vibes fr', 'none'],
      ['its giving final episode tonight lol the whole team is leaving', 'none'],
      ['the hotel is booked, the wine is packed, its giving girls trip', 'none'],
      ['watched the finale tonight. its giving final episode', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the safety plan thrown away beside a day or a means THEN imminent; an old plan replaced THEN nothing', () => {
    expectRoutes([
      ['ripped up my safety plan. friday it is', 'imminent'],
      ['binned the crisis plan lol. tonight', 'imminent'],
      ["my safety plan is in the bin. sunday's the day", 'imminent'],
      ['tore up my safety plan and the pills are lined up', 'imminent'],
      ['ripped up my old safety plan, writing a new one with my worker on friday', 'none'],
      ['ripped up my safety plan with my therapist and we wrote a new one', 'none'],
      ['deleted my old safety plan off my phone, the new one is on the fridge', 'none'],
    ], patternRouteOf);
  });
});
