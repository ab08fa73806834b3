import { describe, expect as expectThat, it } from 'vitest';
import { screenWith } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads recovery talk, case talk and harm told flatly (fresh batch 72)', () => {
  // own-told-as-over.ts: the writer's own crisis told as past in its sentence, with how they are now after it.
  it('GIVEN the writer\'s own crisis told as past with how they are now after it THEN nothing; the same with a turn to now, a milestone count, or no good news THEN own risk', () => {
    expect.each(
      [
        'i finally talked at the team retreat about my history of cutting. it has been 11 years. i feel solid these days',
        'my first months in recovery i wanted to die most nights. now i feel grounded and i run the tuesday group',
        'a new peer asked if i had ever tried to kill myself. i told her yes, a long time ago, and that i am grateful to still be here',
        'back in 2014 i was suicidal for most of the year. these days i am doing great, honestly',
        'in early recovery i used to self harm a lot. i am thriving now and my kids are back',
      ],
      'none',
    );
    expect.ownRisk([
      'my history of cutting goes back 11 years. i felt solid for a while but last night i cut again',
      'back in 2014 i was suicidal. these days i am doing great, but tonight i want to die',
      '8 years clean and i still want to die every day',
      '4 months sh free and i feel steady but the urge to cut is back tonight',
      'i am doing fine at work but honestly i want to die',
      'my first months in recovery i wanted to die most nights and i still do',
    ]);
  });

  // own-risk-families.ts: a wish to be where the dead are needs "to be", "go", "wanna be"; a copula said of a place is no wish.
  it('GIVEN a wish to be where a dead person is THEN own risk; "that is where they still are" said of old friends THEN nothing', () => {
    expect.ownRisk(['i just want to be where she is', 'dad died in may and i wanna go where he went', 'some nights i want to go be where they are']);
    expect.each(['my old crew still hangs at the same bar, sad that is where they still are', 'the kids love the park, that is where they are every saturday', 'the files are in the basement, that is where they are kept'], 'none');
  });

  // frames-idiom.ts: narcan as the name of a training or a kit after a verb of giving is no dose given.
  it('GIVEN narcan trainings, classes or demos done or given THEN nothing; narcan given to someone THEN someone else', () => {
    expect.each(['we did 9 narcan trainings at the county fair this weekend', 'gave two naloxone classes at the library today', 'did narcan demos for the new volunteers tonight', 'had to give cpr certifications to the whole floor'], 'none');
    expect.each(['had to give narcan to a guy behind the shelter tonight', 'we did cpr on her until the medics got there', 'used narcan twice on him this morning'], 'someone-else');
  });

  // harm-said-by-staff-in-passing.ts, harm-scene.ts, own-risk-hints.ts: a pursuer waiting at the work's lot night after night, "the
  // client i discharged" keeping the client as the doer, "he knows where i live" his words, "the last three nights" no finality.
  it('GIVEN someone the writer served waiting at the lot or entrance night after night THEN harm; the writer at the lot, or their own last night THEN own risk or nothing', () => {
    expect.each(
      [
        'the guy i banned last month has been waiting in the parking lot every night this week. can someone walk me out tonight?',
        'a former resident has been sitting outside the staff entrance the last four evenings. today he said he knows where i live',
        'heads up, the participant i discharged keeps standing by the back door every shift',
      ],
      'harm-from-others',
    );
    expect.ownRisk(['this is my last night. i know where i will go', 'sitting in the parking garage on the top level, this is the last time']);
    expect.each(['i waited in the parking lot the last three nights for my kid to finish practice', 'the last three nights were rough with the baby teething'], 'none');
  });

  // harm-told-sideways.ts: a need hidden or locked away and handed out only for obedience.
  it('GIVEN a partner hiding the writer\'s medicine and handing it out only when they obey THEN harm; a pharmacy or a school-day dose THEN nothing', () => {
    expect.each(
      [
        'my boyfriend keeps my insulin and only hands it to me if i do what he says',
        'he locks up my suboxone and only gives me one when i have been good',
        'my wife hides my methadone and only gives it to me after i apologize',
        'husband took my meds and only gives me them if i sleep with him',
      ],
      'harm-from-others',
    );
    expect.each(['the pharmacy keeps my suboxone and only gives me a dose when i show up', 'my mom holds my adhd meds and only gives me one on school days', 'the clinic keeps my vivitrol and only gives it monthly'], 'none');
  });

  // own-risk-families.ts: use kept up until it kills; in someone else's quoted words it is theirs. harm-from-others.ts: a bare "card"
  // handed to someone is a business card unless the writer was made to.
  it('GIVEN using kept up until it kills THEN own risk, or someone else\'s when they said it; a business card given THEN no harm', () => {
    expect.ownRisk(['honestly im gonna keep drinking until it kills me', 'relapsed and i will keep using till it kills me']);
    expect.each(["my sponsee called and was like 'im gonna keep using till it kills me' and hung up", "saw a former client downtown and he goes 'ill keep shooting up till it kills me, who cares'"], 'someone-else');
    expect.each(['met a new client at the library and gave her my card', 'i gave him my card in case he wants to come to group', 'this semester will keep going till it kills me lol'], 'none');
    expect.each(['she made me give her my card and now my account is empty', 'he made me give him my debit card and pin', 'i had to hand over my card every friday'], 'harm-from-others');
  });

  // frames-known-14.ts `coped`, coped-well.ts: a way out of harm taken beside how the person is now is good news, set aside for
  // the learned opinion; the same with the harm back is someone else's.
  it('GIVEN someone who left a shelter or an abuser and is well now THEN told as over; the abuser back THEN someone else', () => {
    for (const text of [
      'a mom from my group who stayed at the womens shelter last winter got her own apartment, her kids are back, shes thriving',
      'she left him for good in march and she is doing great now, back at school',
      'update on my participant: her abuser is in jail and she is safe now, starting a new job monday',
    ])
      expectThat(screenWith(text, { second: null }).concepts, text).toEqual(['told-as-over']);
    expect.each(['my client was in the dv shelter last year and now he found her again, she is scared to go home', 'my client left him in march and is doing great, but last night he broke into her apartment and beat her'], 'someone-else');
  });

  // own-told-as-over.ts storyShared: the writer's own past, told as past, as the story a peer may share or disclose at work.
  it('GIVEN the writer asking whether to share or disclose their own past crisis at work THEN nothing; the same crisis told as now THEN own risk', () => {
    expect.each(
      [
        'is it ok to share my own history of self harm with my peer group, or should i ask my supervisor first?',
        'thinking about whether to disclose my attempt from 2016 on the recovery panel next month',
        'hr asked if we can tell our own story of suicide attempts from years ago during the training',
        'should i disclose my history of overdoses to the new participants?',
      ],
      'none',
    );
    expect.ownRisk([
      'i need to tell my therapist about my history of self harm because it started again',
      'i want to share my history of self harm but i am cutting again this week',
      'i want to tell my sponsor that i want to die',
    ]);
  });
});
