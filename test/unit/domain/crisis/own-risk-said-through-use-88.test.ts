import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Own risk told through the logistics of use, in harm-reduction words (languages/en/own-risk-said-through-use.ts).
describe('the crisis screen hears own risk hidden in safer-use talk', () => {
  it('GIVEN naloxone left behind and the writer doubting it was forgetting, or hoping to forget it THEN own risk', () => {
    by.ownRisk([
      'keep leaving my narcan in my locker and not sure its really an accident anymore',
      'forgot my kit at home again, wondering if it was actually forgetting',
      'kinda hoping i forget my narcan tonight',
      'left the naloxone in the car all weekend and idk whether thats really by accident',
    ]);
  });

  it('GIVEN naloxone left behind by accident with a fresh one fetched, or a worker reminding others THEN nothing', () => {
    by.each([
      'forgot my narcan in the van again, grabbing a fresh kit from supply',
      'left my kit at home by accident, can someone bring a spare to the site',
      'hope nobody forgets their narcan at the pop-up tomorrow',
    ], 'none');
  });

  it('GIVEN the writer\'s own stuff tested hot and the result welcomed as the aim THEN imminent', () => {
    by.each([
      'checked my bag and it came back positive for fent. thats the whole point tonight',
      'tested my dope, lit up hot. good. thats the point this time',
      'strip on my batch lit up hot. hot is what i want tonight',
      'tested my blues and they came up positive for fent. thats the point now',
    ], 'imminent');
  });

  it('GIVEN strips positive at the site with a warning passed on, or a strip insert read THEN nothing', () => {
    by.each([
      'strips came back positive on every sample at the site, tell folks go slow',
      'tested my participants stuff and the strip lit up hot, told him to use with a buddy',
      'new strips light up hot on some cuts, thats the point of reading the insert',
    ], 'none');
  });

  it('GIVEN the writer meaning their death to pass as an accident or the heat THEN imminent', () => {
    by.each([
      'when they find me theyll think it was heat stroke',
      'whoever finds me will assume it was an od and thats fine',
      'nobody will ever know it wasnt an accident',
      'once my roommate finds me she will just say it was my heart',
    ], 'imminent');
  });

  it('GIVEN someone found after a game, a dog blamed for a mess, or a heat stroke told THEN nothing', () => {
    by.each([
      'if they find me hiding in the supply closet theyll think i quit lol',
      'mom will think it was the dog that ate the cake',
      'when the crew found me i was fine, they thought it was heat exhaustion but it was just dehydration',
    ], 'none');
  });

  it('GIVEN a death by the heat or a bad batch the writer would be fine with THEN own risk', () => {
    by.ownRisk([
      'if the heat took me out id be ok with it',
      'if a bad batch took me id honestly be relieved',
      'wouldnt mind if the fent got me',
      'if something killed me tonight i would be at peace',
    ]);
  });

  it('GIVEN the heat or a flu taking the writer out for a while, or a thing taken out THEN nothing', () => {
    by.each([
      'if the flu took me out for a week id be fine w it, i need a break',
      'if the heat took out the AC again id be shocked',
      'if the heat took me to the beach id be fine with it lol',
    ], 'none');
  });

  it('GIVEN the safety net of using taken away so no one can reach the writer, or a waking not planned THEN imminent', () => {
    by.each([
      'sent my roommate to her moms so nobody can narcan me',
      'not telling anyone where im using tonight, dont look for me',
      'deleted the never use alone number on purpose',
      'hit up my plug for the hottest he has. not planning on waking up',
    ], 'imminent');
  });

  it('GIVEN someone kept near to reverse the writer, an app deleted for a crash, a sleep-in or the strongest fan THEN nothing', () => {
    by.each([
      'made sure someone is around so they can narcan me if i need it',
      'deleted the brave app tonight bc it kept crashing, reinstalling tmrw',
      'not planning on waking up early tomorrow lol day off',
      'got the strongest fan they had at target today, 104 out',
    ], 'none');
  });

  it('GIVEN ideation named with when or where it came THEN own risk', () => {
    by.ownRisk([
      'some active si during shift today, im safe for now',
      'bad si on the way in this morning',
      'little bit of passive ideation in the car this morning',
      'heavy si all week, not gonna lie',
    ]);
  });

  it('GIVEN ideation named as a topic of training or a kind on a form THEN nothing', () => {
    by.each([
      'the QPR training covered passive vs active SI, good refresher',
      'is there a box for passive si on the intake form',
      'training on passive ideation during intake is next tuesday',
    ], 'none');
  });
});

// A deadline after which nothing will matter, beside affairs settled (own-risk-hints.ts finality; frames-idiom.ts).
describe('the crisis screen hears affairs due before a day after which nothing matters', () => {
  it('GIVEN affairs or a form due by a day and nothing mattering after it THEN imminent', () => {
    by.each([
      'updated my life insurance beneficiary today. after friday none of it will matter',
      'signing the beneficiary papers tomorrow. after that nothing will matter',
      'need my will notarized by monday. past that it wont matter',
      'the form for my retirement account has to go through by friday, after that it wont matter',
    ], 'imminent');
  });

  it('GIVEN a deadline at work whose window closes, or an exam over THEN nothing', () => {
    by.each([
      'get your timesheets in by thursday. after that it wont matter, payroll already ran',
      'after the exam nothing will matter lol just sleep',
      'submit mileage by the 5th, after that it wont matter the portal closes',
    ], 'none');
  });
});

// Everyday giving, a stay at work and a retirement account (frames-everyday-said.ts, frames-idiom.ts, frames.ts).
describe('the crisis screen keeps giving for a milestone and staying at a job everyday', () => {
  it('GIVEN a thing given to someone who just reached the milestone it serves THEN nothing; a giving with the writer\'s own reason THEN imminent', () => {
    by.each([
      'gave my old truck to my niece today, she just passed her drivers test',
      'handed my guitar to my son, he finally started lessons',
      'gave my car to my cousin this week, he just got his permit',
    ], 'none');
    by.each(['gave my car to my nephew today, wont need it after friday'], 'imminent');
  });

  it('GIVEN the writer dragged out of a job as a figure of staying THEN nothing; dragged out of a place THEN harm', () => {
    by.each([
      'not quitting, theyll have to drag me out of this field',
      'ur stuck with me until they drag me outta this job lol',
      'been here 20 yrs, they can drag me out of my career',
    ], 'none');
    by.each(['he dragged me out of the house by my hair', 'my boss dragged me out of work by my arm'], 'harm-from-others');
  });
});
