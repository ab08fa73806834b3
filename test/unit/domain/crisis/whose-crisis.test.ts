import { describe, expect, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion). Wordings written for these families, not taken from the corpus,
// each beside everyday look-alikes that must stay quiet.
const routeOf = patternRouteOf;
const { each: expectRoutes } = routesBy(routeOf);

describe("the crisis screen keeps someone else's crisis theirs when it is reported, noted or forwarded", () => {
  it("GIVEN a case note or hand-off with the person's verbs and no subject THEN someone else, never the writer's own risk", () => {
    expectRoutes([
      'handoff: bed 3 disclosed SI with plan, rope found in his locker, removed. 1:1 till morning',
      "progress note: client disclosed a recent overdose (friday, on her mom's pills), currently endorses SI",
      'night note: resident stated she has been saving her seroquel, meds now held at the desk',
      'case note: participant reports being choked by her boyfriend on saturday, advocate called',
    ], 'someone-else');
    expectRoutes([
      'case note: participant stable, taking meds as prescribed, denies SI, next visit in 2 weeks',
      'handoff: bed 3 slept well, ate breakfast, going to group at 10',
    ], 'none');
  });

  it("GIVEN someone's words carried by a message or reported with 'saying' THEN someone else, not the writer's own", () => {
    expectRoutes([
      'her last text was "i cant keep doing this, im sorry" and her phone is off',
      'his exact words were "i am going to drive off the pier tonight." i called the police',
      'my brother called me from his car saying he has the pills with him and nobody would even notice him gone',
      'the message from my sponsee literally said "dont look for me, i took all of them." calling 911',
    ], 'someone-else');
    expectRoutes(['her last text was "see you at group tomorrow!"', 'the voicemail said "forgive me for being late, im done with the dentist"'], 'none');
  });

  it('GIVEN harm to the person the writer supports, told in the passive or as their state THEN someone else, not harm to the writer', () => {
    expectRoutes([
      'my mentee told me she is being beaten by her stepdad',
      'a guy in my group got jumped by his old crew and is scared to go home',
      'one of my residents said her ex is outside her place with a crowbar',
      'client is hiding from her husband who followed her to the clinic',
      'her boyfriend put a knife to her throat last night, she is in my office',
    ], 'someone-else');
    expectRoutes(['my daughter got picked up by her dad after school', 'my client is scared to go to the dentist'], 'none');
  });

  it('GIVEN someone else overdosing, attempting, at a height or gone missing, told bare THEN someone else; the same words everyday THEN nothing', () => {
    expectRoutes([
      'bro got narcanned twice at the shelter today',
      'my cousin attempted tonight, she is in the icu',
      'police found him on the overpass railing around 2am',
      'my sponsee has been missing since friday and left his phone at home',
      'he has been asking people where to get a gun',
    ], 'someone-else');
    expectRoutes([
      'my daughter attempted to bake bread today, it was a brick',
      'found him on the couch asleep again lol',
      'my keys have been missing since friday',
      'my participant passed her driving test on the 3rd try!!',
    ], 'none');
  });

  it('GIVEN a rushed question around a crisis told as happening THEN someone else; the same question asked for a training or a policy THEN nothing', () => {
    expectRoutes([
      'who do i call first?? my mentee just told me she swallowed a bottle of her meds an hour ago',
      'what is the protocol when a client overdoses in our bathroom? police and ems are here now',
      'how do i support a dad whose son attempted last night? he is in my office',
    ], 'someone-else');
    expectRoutes([
      'what is the protocol when a client overdoses on site? updating the training binder',
      'how do we document it when a participant discloses SI in group?',
      'do we still report if a participant mentions an old overdose from years ago?',
    ], 'none');
  });

  it('GIVEN a relative in trouble who keeps calling THEN someone else, not stalking', () => {
    expect(routeOf('my dad relapsed and keeps saying he wants to die, he keeps calling me drunk')).toBe('someone-else');
    expect(routeOf('my mom keeps calling me about thanksgiving plans')).toBe('none');
  });
});

describe('the crisis screen reads harm to the writer told sideways, mid work message', () => {
  it('GIVEN exposure or ruin held over the writer THEN harm from others; everyday telling THEN nothing', () => {
    expectRoutes([
      'my manager says he will tell everyone about my record unless i go out with him',
      'my landlord keeps threatening to call immigration on me if i complain',
      'she said she will get me fired if i report her',
      'he told me if i testify he will make me disappear',
    ], 'harm-from-others');
    expectRoutes(['i will tell everyone about the potluck unless someone else does', 'my boss said she will get me a new laptop'], 'none');
  });

  it('GIVEN a blow, a weapon or a break-in told in passing THEN harm from others; everyday breakage THEN nothing', () => {
    expectRoutes([
      'a guy at the drop-in pulled a blade on me today, still shaking',
      'anyway my bf broke mine against the wall so text me on my work phone lol',
      'he kicked my door in last night, i am at my sisters',
      'my ex has been putting hands on me again, just trying to get through this shift',
    ], 'harm-from-others');
    expectRoutes(['we had to kick our door in when we got locked out', 'i kicked the door shut with my foot, arms full of groceries'], 'none');
  });

  it('GIVEN someone letting themselves in, watching or leaving things THEN harm from others; a visit THEN nothing', () => {
    expectRoutes([
      'my landlord let himself into my apartment again while i was at work',
      'there was a dead rat on my porch with a note, pretty sure it was my ex',
      'he took my meds and will not give them back until i apologize',
      'i sleep with my shoes on and my keys in my hand most nights now',
    ], 'harm-from-others');
    expectRoutes(['my mom let herself in to water the plants', 'i sleep with my phone on the charger'], 'none');
  });
});
