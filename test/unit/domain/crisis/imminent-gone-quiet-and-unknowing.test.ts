import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en61):
// languages/en/imminent-gone-quiet-and-unknowing.ts, frames-times-not-set.ts, frames-acting-denied.ts and the reading fixes beside them.
describe('the crisis screen reads English risk told by going quiet, by others not knowing, and by affairs closed', () => {
  it('GIVEN the phone put out of reach beside a goodbye or a place THEN imminent; a detox, an early night or a meeting THEN nothing', () => {
    expectRoutes([
      ['sent my goodbye messages to everyone. my phone is going off in five minutes', 'imminent'],
      ['driving up to the bridge once my shift ends. phone stays in the car', 'imminent'],
      ['wrote a letter to each of my kids. dont bother calling after tonight', 'imminent'],
      ['my phone goes off at 10 tonight, early night for me', 'none'],
      ["phone's going off for the weekend, little digital detox", 'none'],
      ['phone stays in the car during the interview, call after 3', 'none'],
      ['dont bother calling, im in meetings all afternoon', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN others who do not know what a preparation is for THEN imminent; a surprise, a mood or a favour THEN nothing', () => {
    expectRoutes([
      ['sent my sister all my passwords and pins. she thinks im just being responsible', 'imminent'],
      ['dropped my cat off with my neighbor and she took her without asking why. wrote notes for everyone too', 'imminent'],
      ['hugged everyone at group without them knowing it was the last time. left the letters in my car', 'imminent'],
      ['my wife thinks we are just going to dinner friday lol, surprise party', 'none'],
      ['my mom thinks im just being dramatic', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the writer\'s own funeral paid and a will signed THEN imminent; estate planning or an errand with its purpose THEN nothing', () => {
    expectRoutes([
      ['my cremation is already paid for. my will is signed and witnessed', 'imminent'],
      ['my will is done and notarized. funeral is prepaid too', 'imminent'],
      ['got my will signed and witnessed today, estate planning done finally', 'none'],
      ['deleted my old deadname accounts and made new ones!! sent my best friend my art folder for the zine. feeling so free', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a date chosen with a day or a family occasion THEN imminent; a date for a wedding or a floor of a garage THEN nothing', () => {
    expectRoutes([
      ['picked my day. on the 3rd. after her graduation', 'imminent'],
      ['picked my date for the wedding! on the 14th', 'none'],
      ['we parked on the 3rd floor of the garage', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN signing off for good with a time or a rest with no end THEN imminent; signing off for the night or to a new server THEN nothing', () => {
    expectRoutes([
      ['signing off for good after work friday', 'imminent'],
      ['logging off for good after the meeting tonight', 'imminent'],
      ['wrote the letters. going to rest. for a long time', 'imminent'],
      ['signing off for the night, see yall tomorrow', 'none'],
      ['logging off for good. (for the weekend. see you monday)', 'none'],
      ['signing off for good from this old account, find me on the new server', 'none'],
      ['going to sleep for a long time after these finals lol', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a wish with a time of feeling, small talk, a denial of acting or a trip ruled out THEN possible; a time set for the deed THEN imminent', () => {
    expectRoutes([
      ['honestly dying sounds pretty peaceful right now', 'possible'],
      ['want to die lol anyway how was everyones friday', 'possible'],
      ['i keep wanting to not be here. not acting on it', 'possible'],
      ['i want to disappear, not a trip, i mean gone', 'possible'],
      ['i want to kill myself tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN an everyday use asked right before a means, a last message of the night, or a parking spot explained THEN nothing', () => {
    expectRoutes([
      ['anyone up for bouldering this weekend? i have spare rope', 'none'],
      ['final post of the day: rota is up, night all', 'none'],
      ['parked on the roof of the hospital garage today because the lot was full', 'none'],
      ['final message. the rope is ready', 'imminent'],
    ], patternRouteOf);
  });
});
