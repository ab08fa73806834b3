import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('done with trying is giving up, a trying at a thing is a chore (own-done-trying.ts)', () => {
  it('GIVEN the writer done with trying or hoping, left bare or said of living THEN possible', () => {
    expect.each(
      [
        'honestly im just done trying',
        'check in: 2. i am finished with hoping, nothing changes',
        'been at this for years and im through trying',
        'im done trying to stay alive for other people',
        'i think im done with trying. sorry',
      ],
      'possible',
    );
  });

  it('GIVEN the same words with a thing, a chore or a person tried THEN nothing', () => {
    expect.each(
      [
        'im done trying to fix the printer, calling IT',
        'done trying with him, he never texts back anyway',
        'im through trying new diets lol',
        'finished trying on dresses, the blue one wins',
      ],
      'none',
    );
  });
});

describe('a spot named by a word that also names everyday places reads only as the structure (en.ts @spot)', () => {
  it('GIVEN the writer at the top of a parking structure THEN imminent', () => {
    expect.each(
      [
        'im sitting on the parking garage roof and i want to die',
        'i want to die. im at the top of the parking deck right now',
        'standing on the edge of the parking structure, i cant do this anymore',
      ],
      'imminent',
    );
  });

  it('GIVEN the writer moved or resting in a parking lot or spot THEN nothing', () => {
    expect.each(
      [
        'a client hugged me goodbye and now im crying in the target parking lot',
        'now im sitting in the hospital parking lot eating fries before shift',
        'i am in the parking lot, come out when youre ready',
        'now im waiting in the school parking line like every day',
      ],
      'none',
    );
  });
});

describe('better off under other hands, and a fight over a thing, are talk (frames-idiom.ts)', () => {
  it('GIVEN everyone better off without the writer, or the writer running away, and tired of fighting for their life THEN possible', () => {
    expect.each(
      [
        'everyone would be better off if i ran away for good',
        'my family would be better off without me',
        'so tired of fighting just to exist',
        'tired of fighting for my life every single day',
      ],
      'possible',
    );
  });

  it('GIVEN a place wished run by others, or a fight with a payer or over money THEN nothing', () => {
    expect.each(
      [
        'honestly the whole agency would be better off if the peers ran the show. just saying',
        'we would all be better off if nurses ran this unit',
        'the kids would be better off if teachers ran the school board',
        'tired of fighting with insurance every month for my meds approval',
        'so tired of fighting for a raise, but im staying',
        'tired of fighting over the schedule with admin',
      ],
      'none',
    );
  });
});

describe('a message found left on a voicemail is someone else\'s words (quotes.ts)', () => {
  it('GIVEN risk quoted from a message left on a line, with nobody named THEN someone-else', () => {
    expect.each(
      [
        'found this left on the front desk voicemail at 2am: "i took all of them, sorry for everything"',
        'left on the office vm last night: "im done, tell my kids i love them"',
        'message left in the main line voicemail: "i dont want to be alive anymore"',
        'left on the warmline voicemail overnight: "nobody would miss me if i was gone"',
        'left on the intake voicemail at 3am: "im done trying."',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer leaving the message, or an everyday one left THEN nothing', () => {
    expect.each(
      [
        'i left on his voicemail: "call me back when you can"',
        'left on the voicemail: "your prescription is ready for pickup"',
        'left on the office vm: "running late, start group without me"',
      ],
      'none',
    );
  });
});

describe('someone else jumping from a parking structure is their attempt, the writer\'s jump stays imminent (someone-else.ts)', () => {
  it('GIVEN another named jumping from a parking deck, garage or structure THEN someone-else', () => {
    expect.each(
      [
        'a resident jumped from the parking deck last night, staff are shaken',
        'one of our members jumped off the parking garage on friday',
        'my cousin jumped from the parking structure and survived',
        'lost another one, a guy from group jumped from the parking structure sunday',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer about to jump from one THEN imminent, and a jump off a curb THEN nothing', () => {
    expect.each(['im going to jump from the parking structure tonight', 'i want to jump off the parking garage'], 'imminent');
    expect.each(['the kid jumped from the parking lot curb and scraped his knee', 'jumped from the parking lot into the car before the rain hit'], 'none');
  });
});

describe('pets, plants and a deposit handed out to the people near, beside the writer\'s own risk, are preparation (imminent-everyday-means.ts)', () => {
  it('GIVEN who gets the writer\'s pet or goods, and a wish or hopelessness THEN imminent', () => {
    expect.each(
      [
        'mom gets the cat. i cant do this anymore',
        'the landlord keeps the deposit and my brother gets the cat. i dont want to be here anymore',
        'i want to die. my neighbor can have my plants',
        'whats the point anymore. roommate gets my bike, mom gets the dog',
      ],
      'imminent',
    );
  });

  it('GIVEN the same goods handed on for a trip, a divorce or a move THEN nothing', () => {
    expect.each(
      [
        'my sister gets the dog this weekend while im at the conference',
        'in the divorce she gets the dog and i get the couch',
        'landlord keeps the deposit, typical. moving out friday',
      ],
      'none',
    );
  });
});
