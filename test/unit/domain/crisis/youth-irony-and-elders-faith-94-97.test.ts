import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads youth irony and older peers\' faith and grief (fresh batches 94 and 97)', () => {
  // hyperbole.ts onlyOnCondition: the sign's own "die" is the outcome, not a loss in the condition.
  it('GIVEN dying as the laughed-off outcome of a nuisance said once too often THEN nothing; a loss in the condition, a time, one more day THEN own risk', () => {
    expect.each(
      [
        'lol if i have to do one more group project im gonna die',
        'if my mom makes me go to one more church potluck i will die lmao',
        'if i get one more spam call im literally going to die lol',
        'if the wifi drops one more time im gonna die haha',
      ],
      'none',
    );
    expect.ownRisk([
      'if i have to live one more day like this im gonna die',
      'if she leaves me one more time im going to die lol',
      'if they cancel on me one more time im gonna die tonight lol',
    ]);
  });

  // languages/en/frames-suspense-revealed.ts: a night built up, then revealed as a chore or a treat.
  it('GIVEN "tonight\'s the night" revealed as a chore or a treat THEN nothing; revealed as the act or left bare THEN imminent', () => {
    expect.each(
      [
        'tonights the night... that i finally clean my room',
        'tonight is the night we finally watch the finale',
        'today is the day i finally do my taxes',
        'tonights the night when i finally beat the boss lol',
      ],
      'none',
    );
    expect.each(['tonights the night. i finally end it', 'tonight is the night i finally do it', 'tonights the night... that i finally kill myself'], 'imminent');
  });

  // kept-at-it.ts and languages/en/frames-kept-at-it.ts: a struggle of recovery kept at.
  it('GIVEN a struggle of recovery then "but im doing it" THEN nothing; a struggle unnamed, a means or a time beside it THEN imminent', () => {
    expect.each(
      [
        'withdrawal is brutal but im doing it',
        'two weeks off the vape. the urges are rough but im doing it',
        'the cravings are no joke but im doing it',
        'detox is kicking my ass but i am doing it',
      ],
      'none',
    );
    expect.each(['this is hard but im doing it', 'it sucks but im doing it', 'the cravings suck but im doing it. the pills are in my hand', 'cravings are bad but im doing it tonight'], 'imminent');
  });

  // languages/en/frames-times-not-set.ts: the sleepless hour when thoughts come is no time set.
  it('GIVEN thoughts at a sleepless hour THEN possible; a deed set at the hour THEN imminent', () => {
    expect.each(
      [
        'cant sleep at 2am again, thinking about killing myself',
        '3am thoughts: what if i just didnt wake up',
        'lying awake till 4am thinking about suicide every night',
        'my head at 3am keeps telling me to kill myself',
      ],
      'possible',
    );
    expect.each(['at 3am im doing it', 'lying awake, gonna kill myself at 4am', 'cant sleep. going to kill myself at 3am tonight'], 'imminent');
  });

  // own-risk-families.ts ("best" only as what is best) and others-wish-reported-loosely.ts (things left on an absence).
  it('GIVEN a friend reported leaving their things to the writer if they are not here THEN someone else; a lateness, a seat, the writer\'s own "best if" THEN as before', () => {
    expect.each(
      [
        'my best friend said if shes not here next week i can have her hoodie',
        'he told me if hes not around by friday i can keep his switch',
        'my sister texted if she isnt alive tomorrow i get to have her car',
        'my best friend said if im not here after the weekend you can have my records',
      ],
      'someone-else',
    );
    expect.each(['my best friend said if im not there by 8 she will leave without me', 'he said if hes not here by 5 you can have the last slice', 'she said if shes not here by noon we can start without her'], 'none');
    expect.each(['its best if im not here anymore', 'probably best for everyone if i am not here', 'better if im not here'], 'possible');
  });

  // topic-talk.ts namesAMeetingPlace: a player named, then the game where they are met.
  it('GIVEN a player met in a game reporting a wish THEN someone else; the writer or a character dying in the game THEN nothing', () => {
    expect.each(
      [
        'my teammate in ranked said im gonna kms after this game',
        'a kid from my fortnite lobby keeps saying he wants to die',
        'my duo in valorant said hes gonna end it tonight',
        'some guy on roblox keeps saying he wants to kill himself',
      ],
      'someone-else',
    );
    expect.each(['i died in minecraft again lol', 'my character in ranked wants to die lol', 'got killed in fortnite 5 times today'], 'none');
  });

  // languages/en/own-risk-said-young.ts.
  it('GIVEN envy of the dead, being a person quit, the world kinder without the writer, missing not being here THEN own risk; their everyday look-alikes THEN nothing', () => {
    expect.ownRisk([
      'kinda jealous of ppl who got to die young ngl',
      'so done with being a human. would not respawn',
      'everyone would be better without me tbh',
      'honestly i miss not being alive',
      'my head is the permanent kind of dark rn',
    ]);
    expect.each(
      [
        'lowkey jealous of people who get to go to coachella',
        'done with being a doormat for my roommates',
        'the world would be kinder without social media',
        'i miss being here with you guys',
        'wrote it in permanent marker lol',
      ],
      'none',
    );
  });

  // languages/en/own-risk-said-by-elders.ts, and the idioms of frames-idiom.ts for a prayer's "forgive me" and "been real dark lately".
  it('GIVEN an older person\'s faith, grief and old age said as a wish THEN possible; a trip asked of "him", a nap, a worthless sale THEN nothing', () => {
    expect.each(
      [
        'nothing seems worth it anymore since Harold passed',
        'Lord forgive me but I keep asking Him to take me home',
        'i dont understand why the Lord keeps me on this earth',
        'some nights i want to lie down and never wake up',
        'I wished I had died instead of my husband',
        'how peaceful it would be to be buried next to my wife',
        'my thoughts have been real heavy lately and i want to die',
      ],
      'possible',
    );
    expect.each(
      [
        'asked him to take me to the pharmacy on tuesday',
        'laid down for a nap and didnt get up till noon',
        'this coupon isnt worth it anymore',
        'god keeps me going every day, grateful',
      ],
      'none',
    );
    expect.ownRisk(['im just in the way of my kids lives', 'forgive me. goodbye everyone, i want to die']);
    expect.each(['forgive me. goodbye everyone, i want to die'], 'imminent');
  });

  // clauses.ts answerSaid: a "no" said as the answer right before a harm is what was said, no negation of the harm.
  it('GIVEN a harm right after "said no" or "told him no" THEN harm; a "no" that denies the harm or the writer\'s wish THEN as before', () => {
    expect.each(
      [
        'when i said no he shoved me into the wall',
        'i told him no he hit me across the face',
        'every time i say no she slaps me',
        'my son asked for money and when i said no he pushed me down',
      ],
      'harm-from-others',
    );
    expect.each(['no he didnt hurt me', 'she said no he never hit me', 'i said no i dont want to die'], 'none');
  });

  // languages/en/harm-to-older-adults.ts: cards taken, left wet, "put me down like the dog", a home threatened unless they sign.
  it('GIVEN an older writer\'s cards taken, left soiled, threatened like an animal or with a home THEN harm; a pet put down, an errand, a voicemail THEN nothing', () => {
    expect.each(
      [
        'my nephew keeps my medicare card and my checkbook and wont give them back',
        'the night aide leaves me soiled for hours',
        'my son said hed put me down like an old dog',
        'they said if i dont sign the papers theyll put me in a nursing home',
      ],
      'harm-from-others',
    );
    expect.each(['the vet had to put him down like we agreed', 'left me a voicemail for hours lol', 'my daughter helps me sign my checks every month'], 'none');
  });

  // languages/en/harm-online-and-at-school.ts and frames-idiom.ts: a secret kept with an adult, a swatting or a doxxing threatened.
  it('GIVEN an adult calling it "our secret", a player threatening to swat or dox THEN harm; a secret recipe or spot, a fly swatted THEN nothing', () => {
    expect.each(
      [
        'my youth pastor told me this is our little secret',
        'the assistant coach keeps saying its our secret',
        'some kid in fortnite threatened to dox me',
        'a guy in my lobby said hes going to swat my house',
      ],
      'harm-from-others',
    );
    expect.each(['grandma says its our secret spot for fishing', 'my bff says its our secret recipe', 'were gonna swat that fly', 'the surprise party is our secret dont tell mom'], 'none');
  });
});
