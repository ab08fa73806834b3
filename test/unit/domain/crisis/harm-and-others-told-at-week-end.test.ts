import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en64):
// languages/en/harm-and-others-told-at-week-end.ts.
describe('the crisis screen reads harm and someone else told in passing at the end of a work week', () => {
  it("GIVEN a court date for the writer's order THEN harm; an order explained at a training THEN nothing", () => {
    expectRoutes([
      ['off thursday, got a hearing on my restraining order', 'harm-from-others'],
      ['off tuesday morning, judge for the protection order finally', 'harm-from-others'],
      ['leaving at noon, my lawyer about the protective order called', 'harm-from-others'],
      ['the training covered how protective orders work', 'none'],
      ['court was boring today, jury duty all week', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the one who hit the writer named by the blow THEN harm; a call returned or news told THEN nothing', () => {
    expectRoutes([
      ['the guy who punched me is back on my unit tomorrow', 'harm-from-others'],
      ['heads up the client who hit me last month got readmitted', 'harm-from-others'],
      ['the tenant who choked me is still in the building', 'harm-from-others'],
      ['guess who hit me up last night lol', 'none'],
      ['who hit me up about the potluck? cant find the message', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a mark given again THEN harm; a thing given THEN nothing', () => {
    expectRoutes([
      ['skipping dinner, she gave me another busted lip', 'harm-from-others'],
      ['my boyfriend gave me a fresh shiner so im staying in', 'harm-from-others'],
      ['he gave me another ride home, so sweet', 'none'],
      ['she gave me a fresh notebook for the new year', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN someone drinking or using themself into a ward THEN someone else; a drink for fun THEN nothing', () => {
    expectRoutes([
      ['my brother drank himself into the er again last night', 'someone-else'],
      ['my roommate partied herself into detox over the holiday', 'someone-else'],
      ['heard my uncle binged himself into a coma', 'someone-else'],
      ['he drank himself silly at the wedding lol', 'none'],
      ['she got herself into the icu nursing program', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN an attempt on the writer by someone named THEN harm; a day or a class that nearly killed the writer THEN nothing', () => {
    expectRoutes([
      ['he tried to strangle me last night', 'harm-from-others'],
      ['my ex tried to kill me lol i had to call the cops', 'harm-from-others'],
      ['my roommate attempted to smother me while i slept', 'harm-from-others'],
      ['this month tried to kill me but i made it lol', 'none'],
      ['that spin class tried to end me lol', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN someone found by family on a day THEN someone else; something found for them THEN nothing', () => {
    expectRoutes([
      ['his wife found him this morning, i cant believe it', 'someone-else'],
      ["my client's sister found her sunday. the funeral is friday", 'someone-else'],
      ['her roommate found her overnight, they called it', 'someone-else'],
      ['her mom found her a new apartment tuesday', 'none'],
      ['my dad found him a ride home monday', 'none'],
    ], patternRouteOf);
  });
});
