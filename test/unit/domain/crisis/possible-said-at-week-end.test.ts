import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en64): a wish that a
// remedy does not fix (en.ts `negationFlips`), a leaving denied in a sentence of its own after a wish (wish-narrowed.ts), a plan
// denied in passing (frames-acting-denied.ts) and nobody noticing as the burden's wondering (own-risk-hint-families.ts).
describe('the crisis screen keeps English wishes said at the end of a work week possible', () => {
  it('GIVEN a wish a remedy does not fix THEN possible; a remedy that does not fix a thing THEN nothing', () => {
    expectRoutes([
      ["a long weekend doesn't fix wanting to die", 'possible'],
      ['sleep does not cure wanting to disappear forever', 'possible'],
      ["the raise won't fix wanting to not be alive", 'possible'],
      ["the update doesn't fix the crash on login", 'none'],
      ["coffee doesn't fix wanting to nap all day", 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a trip denied in a short sentence after a wish THEN possible; a trip denied after a means THEN imminent', () => {
    expectRoutes([
      ['i want to disappear for a while. not a trip.', 'possible'],
      ['wish i could stop existing for a bit. not a holiday. just stop', 'possible'],
      ['i want to be dead. not a vacation. the rope is ready', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN a plan denied beside a future not seen THEN possible; a plan denied beside a means THEN imminent', () => {
    expectRoutes([
      ["can't see myself being around by summer. i don't have a plan", 'possible'],
      ["don't see myself still here next year. no plan, just tired", 'possible'],
      ["don't see myself still here next year. no plan but the pills are in my drawer", 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN nobody noticing if the writer were gone THEN possible; nobody finding the writer beside a means THEN imminent', () => {
    expectRoutes([
      ['nobody would notice for weeks if i vanished, might be easier', 'possible'],
      ["no one would notice till monday if i was gone. they'd be better off", 'possible'],
      ['nobody would find me till monday. the pills are ready', 'imminent'],
      ["nobody would notice if i skipped the meeting lol", 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a wish not to live in a town or a flat THEN nothing; a wish not to live in the world THEN possible, an overdose at a flat stays with someone else', () => {
    expectRoutes([
      ["don't want to live in this town anymore, the traffic is unreal", 'none'],
      ['i never want to live in a studio apartment again', 'none'],
      ["i can't live at this pace", 'none'],
      ["i don't want to live in this world anymore", 'possible'],
      ["i don't want to live anymore. not in this city, not anywhere", 'possible'],
      ['he overdosed at the apartment last night', 'someone-else'],
    ], patternRouteOf);
  });
});
