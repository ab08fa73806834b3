import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en64):
// languages/en/imminent-said-at-week-end.ts and frames-leaving-plans.ts (a flight home to see the family).
describe('the crisis screen reads English imminent risk said in passing at the end of a work week', () => {
  it('GIVEN no plan to be around after a day THEN imminent; a clock hour, a new job or a flight home THEN nothing', () => {
    expectRoutes([
      ["i don't plan on being around past sunday", 'imminent'],
      ['im honestly not intending to be alive after this weekend', 'imminent'],
      ["can't cover thursday, im not expecting to be here beyond tomorrow", 'imminent'],
      ['im not planning to be here after 5 today, dentist', 'none'],
      ["i'm not planning to be here after friday, my last day, starting at the new agency monday", 'none'],
      ["i'm not planning to be here after tonight, flying home to see my folks", 'none'],
    ], patternRouteOf);
  });

  it('GIVEN nothing needed after a day beside things given THEN imminent; a thing lent or stock laid in THEN nothing', () => {
    expectRoutes([
      ['whoever wants my monitor can have it, i wont need any of it past sunday', 'imminent'],
      ["take my plants and the coffee maker, i'm not going to need a thing after friday", 'imminent'],
      ['my jacket is yours, not gonna need anything after tonight', 'imminent'],
      ["you can borrow my monitor, i won't need it till monday", 'none'],
      ['stocked up on groceries so i wont need anything this weekend', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN words left to be read after THEN imminent beside letters or affairs; a gift not to open early THEN nothing', () => {
    expectRoutes([
      ['the letters are in my top drawer, please do not read them ahead of time', 'imminent'],
      ['set the messages to go out sunday. dont open them before then', 'imminent'],
      ['the card is on your desk, dont open it early', 'none'],
      ['your birthday present is in the closet, dont open it early, saturday!', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a day picked with a shrug beside affairs settled THEN imminent; the same shrug at a diet or a move THEN nothing', () => {
    expectRoutes([
      ["my will is signed and the passwords are written down. sunday's as good a day as any", 'imminent'],
      ['paid off my debts. figured tonight is as good a night as any', 'imminent'],
      ['monday is as good a day as any to start the diet', 'none'],
      ['saturday is as good a time as any to move the couch', 'none'],
    ], patternRouteOf);
  });
});
