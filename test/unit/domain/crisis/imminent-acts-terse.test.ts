import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// English imminent risk told tersely as an act under way (branch t-imm-acts), each family beside look-alikes of the same shape.
describe('the crisis screen hears English imminent acts said tersely', () => {
  it('GIVEN pills taken, named only by "them", with how long ago THEN imminent; the same verb with a place or a pet between THEN nothing', () => {
    expectRoutes(['swallowed them all about an hour ago', 'popped em all maybe 15 mins ago', 'took it all like half an hour ago'], 'imminent');
    expectRoutes(['took them all to the groomer about an hour ago', 'took them all home like 10 min ago, the kids were tired', 'took it all back to the store an hour ago'], 'none');
  });

  it('GIVEN a means and its count after a comma in one sentence THEN imminent; lists, groceries and a take-back drop-off THEN nothing', () => {
    expectRoutes(['swallowed my moms sleeping pills, every last one', 'downed the oxy, all of em', 'took the lithium, the whole bottle'], 'imminent');
    expectRoutes(
      ['picked up bread, cheese, all of it', 'took the kids, all of them, to the lake', 'grabbed apples, pears, the whole lot', 'took the old meds, all of them, for disposal'],
      'none',
    );
  });

  it('GIVEN a bottle open and the pills out or counted THEN imminent; a bottle open beside wine, soda or a baby THEN nothing', () => {
    expectRoutes(['bottle is open, my pills are lined up', 'bottles opened, pills counted'], 'imminent');
    expectRoutes(['bottle open, the merlot needs air', 'bottle open, formula warming', 'bottles opened, party starts at 8'], 'none');
  });

  it('GIVEN the rope tied or "tying it now" beside a goodbye THEN imminent; a tent, a boat or a scout knot THEN nothing', () => {
    expectRoutes(['tied the noose already', 'tying the rope now. forgive me', 'im tying it now. bye'], 'imminent');
    expectRoutes(['tied the rope already, tent is up', 'im tying it now, the dinghy is ready to launch', 'tying the rope now for the scout badge'], 'none');
  });

  it('GIVEN resolve set against a past stop THEN imminent; the same resolve about a run, a mountain or a tattoo THEN nothing', () => {
    expectRoutes(['never stopping this time even if it bleeds', 'last time i chickened out partway. not this time'], 'imminent');
    expectRoutes(['not stopping this time when it hurts, last mile of the race', 'last time i quit halfway up the mountain. not this time', 'not gonna stop this time when it hurts, finishing the tattoo'], 'none');
  });

  it('GIVEN second-language or Caribbean English of taking the means THEN imminent; the same grammar about water or a shop THEN nothing', () => {
    expectRoutes(['I TAKE MANY TABLET ALREADY. SORRY FAMILY', 'mi cyaan tek it. mi a go drink di rat poison tonight', 'mi have di pills dem inna mi hand, mi a go tek dem'], 'imminent');
    expectRoutes(['ME DRINK MUCH WATER NOW', 'mi a go tek dem to di market', 'i take many tablets for my heart, doctor says ok'], 'none');
  });

  it('GIVEN a bare act beside the body going under, in fragments THEN imminent; the same pieces with everyday words beside THEN nothing', () => {
    expectRoutes(['took them all. head spinning', 'noose. done'], 'imminent');
    expectRoutes(['took them all. head spinning from this algebra', 'swim practice. so cold', 'already in the water, come swim with us'], 'none');
  });

  it('GIVEN a thing taken with its means unnamed beside letters left, an apology or dizziness THEN imminent; food by the box, a flu shot, the morning dose THEN nothing', () => {
    expectRoutes(
      ['mom the note is on my pillow. i swallowed the entire jar', 'dads heart pills. its all in me now. sorry about the trouble', 'alrdy took all my pills, so dizzy now', 'taking my meds one at a time while i write this'],
      'imminent',
    );
    expectRoutes(
      ['the note is on my pillow, its from the tooth fairy. i ate the entire jar of cookies', 'the booster? its all in me now lol', 'taking my meds one at a time because they are huge'],
      'none',
    );
  });

  it('GIVEN words spelt letter by letter and padded apart THEN read as words; padding with no spelt words THEN nothing', () => {
    expectRoutes(['i m  g o i n g  t o  d i e  t o n i g h t'], 'imminent');
    expectRoutes(['i m  g o i n g  t o  b e d', 'see  you  at  8'], 'none');
  });
});
