import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-t-en103):
// languages/en/imminent-hinted-in-passing.ts.
const { each } = routesBy(patternRouteOf);

describe('the crisis screen reads English imminent risk hinted in passing', () => {
  it('GIVEN charcoal or a grill with tape or towels beside a room sealed THEN imminent; a cookout or a window sealed for winter THEN nothing', () => {
    each([
      'bought charcoal and duct tape today. the vents are taped up',
      'got a little grill and some towels for under the door. bedroom windows sealed',
      'bought a disposable grill and some tape. all the windows are taped shut',
      'got charcoal and towels tonight. the vents are sealed',
    ], 'imminent');
    each([
      'bought charcoal for the bbq saturday, cant wait',
      'windows are sealed for winter, the draft was awful',
      'got charcoal and tape for the patio party, bring snacks',
    ], 'none');
  });

  it('GIVEN help refused because it will come too late THEN imminent; too late to book or for dinner THEN nothing', () => {
    each([
      'if nobody hears from me tonight dont send an ambulance, it will be too late by then',
      'dont bother calling 911 tomorrow, by the time they get here it will be too late',
      'no point trying to reach me after tonight, it will be too late anyway',
      'if i go quiet dont call the cops, itll be too late by then',
    ], 'imminent');
    each([
      'dont bother calling the restaurant, it will be too late to book by then',
      'if i dont answer tomorrow dont worry, im just at work',
      'by the time they get here it will be too late for dinner lol',
    ], 'none');
  });

  it('GIVEN letters or notes put by for after THEN imminent; cake for after or cards for after a party THEN nothing', () => {
    each([
      'the letters are in my desk for afterwards. love you all',
      'wrote notes for each of them, they are in the envelope on the fridge for after',
      'wrote notes for the kids, theyre in the drawer, for after',
      'finished the letters tonight. they are on my pillow for after',
    ], 'imminent');
    each([
      'saved some cake for after, its in the fridge',
      'thank you notes are in the drawer for after the party',
      'cards for the kids are in my desk for after the wedding',
    ], 'none');
  });

  it('GIVEN a home given up with none to follow where the writer is going THEN imminent; a move with somewhere to go THEN nothing', () => {
    each([
      'gave notice on my flat, not bothering to find another place, wont need one where im headed',
      'not renting a new apartment. i wont need it where im going',
      'ended the lease and not looking for a new place, wont need a home where im going',
      'not looking for a new flat, i wont need a place where im heading',
    ], 'imminent');
    each([
      'not looking for a new place, moving in with my girlfriend',
      'not looking for a new place yet, staying with mum',
      'gave notice on the flat, not looking for a new place, the job in dubai comes with housing',
    ], 'none');
  });
});
