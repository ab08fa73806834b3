import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// The writer's own imminent risk told by its readiness, harm told by its signs, and the everyday look-alikes of both (branch
// t-imm55): languages/en/imminent-told-by-readiness.ts, harm-told-by-its-signs.ts and frames-told-by-readiness.ts.
describe('the crisis screen reads English imminent risk told by what is ready, where and when', () => {
  it('GIVEN a last shift or day said to reach past work THEN imminent; a last shift before a new job THEN nothing', () => {
    expectRoutes(['last shift tonight. and not just at work', 'final day tomorrow, and not only at the job'], 'imminent');
    expectRoutes(['last shift tomorrow before i start at the new hospital! not just at work, the whole unit is throwing me a party', 'last day tomorrow, not just at work but at the gym too, moving to denver'], 'none');
  });

  it('GIVEN what is needed had and the house waited on to empty THEN imminent; waiting for everyone to leave to play THEN nothing', () => {
    expectRoutes(['have everything i need. waiting till my parents go out tonight'], 'imminent');
    expectRoutes(['got the pizza and the snacks, waiting for everyone to leave so i can game'], 'none');
  });

  it('GIVEN a case fetched from where it was kept and sat with THEN imminent; a guitar case and memories THEN nothing', () => {
    expectRoutes(['took my grandpa’s old case down from the closet. i’m just sitting with it', 'got the gun case out of the garage. been staring at it for an hour'], 'imminent');
    expectRoutes(['got my dad’s old guitar case out of the basement. just sitting with it, memories'], 'none');
  });

  it('GIVEN being at the place and calm with it THEN imminent; at the place for a meetup THEN nothing', () => {
    expectRoutes(['i’m at the spot. so quiet here. i’m at peace with this', 'im here at the place. honestly im okay with it'], 'imminent');
    expectRoutes(['i’m at the place. where are you guys? saving us a table', 'at the spot now, the others are 10 min out, im fine with that'], 'none');
  });

  it('GIVEN logins handed over against a deadline THEN imminent; passwords shared for a vacation cover THEN nothing', () => {
    expectRoutes(['left the bank logins in a folder for my sister. need it all sorted by tomorrow', 'put my passwords in a doc for my partner, need it done before friday'], 'imminent');
    expectRoutes(['put all my passwords in the doc for my brother since he’s covering while i’m on vacation, need it sorted by tmrw'], 'none');
  });

  it('GIVEN who gets what written down and called the last chore THEN imminent; the last chore of a day THEN nothing', () => {
    expectRoutes(['wrote who gets the dog and the car on a sticky note on the fridge. last errand'], 'imminent');
    expectRoutes(['last chore of the day: laundry. then netflix'], 'none');
  });

  it('GIVEN an absence tomorrow explained as rest or peace at last THEN imminent; sleeping after a night shift THEN nothing', () => {
    expectRoutes(['if i dont show up to group tomorrow it’s bc i’m finally at peace', 'if im not at the standup tomorrow its because im finally free'], 'imminent');
    expectRoutes(['if i’m not on the 9am call it’s bc i’m finally resting after the night shift', 'if im not on the call tomorrow its because im sleeping after my night shift lol'], 'none');
  });

  it('GIVEN a home given up with nowhere next THEN imminent; a lease ended for a move with the new place named THEN nothing', () => {
    expectRoutes(['handed in notice on my flat. no new place lined up. that’s the point', 'gave notice on the apartment. nowhere to go after and thats fine'], 'imminent');
    expectRoutes(['gave notice on the lease for end of month, moving into the new place on elm street', 'gave notice on my lease, the new flat in leeds is sorted'], 'none');
  });

  it('GIVEN a means got and the errand called done THEN imminent; a prescription or a tent rope called done THEN nothing', () => {
    expectRoutes(['bought the pills on the way back. thats sorted', 'got the rope today. that’s taken care of'], 'imminent');
    expectRoutes(['picked up my prescription at the pharmacy. thats done', 'bought rope for the tent. that’s sorted'], 'none');
  });
});

describe('the crisis screen reads English harm from others told by its signs', () => {
  it('GIVEN a new mark and the same story about it again THEN harm; a bruise from a sport THEN nothing', () => {
    expectRoutes(['another black eye, the usual excuse about the stairs. you know how it is', 'fresh bruises again, same old story about the bathtub'], 'harm-from-others');
    expectRoutes(['new bruise, same story: roller derby lol', 'new bruise from roller derby, same as every week', 'new bruise, same story as always, i bump into everything at work lol'], 'none');
  });

  it('GIVEN a flood of messages when the writer goes quiet, or where and with whom demanded THEN harm; one text, or asking kindly THEN nothing', () => {
    expectRoutes(['she blows up my phone with 30 calls if i dont reply within 5 minutes', 'he sends like 50 messages when i dont answer right away. where are you, who are you with'], 'harm-from-others');
    expectRoutes(['my mom texts once if i dont answer, then waits lol', 'he always asks where are you, who are you with when i’m out with the girls, it’s cute'], 'none');
  });

  it('GIVEN help cut off under threat or a diary read by family THEN harm; a therapist reading a journal in session THEN nothing', () => {
    expectRoutes(['my dad says i cant talk to the school counselor about home or im kicked out', 'he goes through my diary when im at work'], 'harm-from-others');
    expectRoutes(['my therapist reads my journal entries with me in session'], 'none');
  });

  it('GIVEN the writer cannot join because someone at home listens to everything THEN harm; a partner who listens kindly THEN nothing', () => {
    expectRoutes(['cant call tonight, she’s home and she listens to every word', 'cant join the meeting, he is home and he’s listening to everything'], 'harm-from-others');
    expectRoutes(['he’s home and he listens to everything i say, best partner ever', 'cant come to the zoom, he’s home and the kids are loud'], 'none');
  });
});

describe('the crisis screen leaves English games and things quit alone', () => {
  it('GIVEN a death in a match or a round THEN nothing', () => {
    expectRoutes(['got killed in the first minute of the round lol', 'died 3 mins into the match again, my team is trash', 'got unalived in ranked again, this lobby is cursed'], 'none');
  });

  it('GIVEN a membership or an app quit with never going back to it THEN nothing; things cancelled as no longer needed THEN imminent', () => {
    expectRoutes(['deleted my dating apps, never going back lol', 'quit the gym, never going back'], 'none');
    expectRoutes(['cancelled my phone plan and my gym membership. wont need them'], 'imminent');
  });
});
