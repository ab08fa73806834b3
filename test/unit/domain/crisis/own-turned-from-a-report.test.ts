import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const by = routesBy(patternRouteOf);

describe('the writer turning to themself after a report of someone else (own-turned-from-a-report.ts)', () => {
  it('GIVEN a debrief that ends on the writer acting when the shift ends, leaving early or leaving letters THEN imminent', () => {
    by.each(
      [
        'sat with a resident who lost her housing today. rough. im going to drive off the overpass once i get off work',
        'client relapsed again, we called EMS. anyway i have the pills in my purse and im heading home early to do it',
        'supervision ran long. not related but i wrote my letters to my kids, they are in the top drawer',
        'my peer asked how i cope. i wrote my letters to my wife, theyre in the nightstand',
      ],
      'imminent',
    );
  });

  it('GIVEN the same shapes in everyday talk THEN nothing', () => {
    by.each(
      [
        'going to the gym after i clock out, anyone want to come',
        'leaving work early to do my taxes, cover the phones?',
        'the registration papers are in the glovebox if the cop asks',
        'you can have my fries, im full',
      ],
      'none',
    );
  });
});

describe('belongings settled: a list of who gets them, a giving to whoever needs them (own-turned-from-a-report.ts)', () => {
  it('GIVEN the writer listing who gets their things THEN imminent', () => {
    by.each(['group was heavy today. i wrote down who gets my records and my guitar', 'been figuring out who should get my clothes', 'finally made a list of who gets my pets', 'i decided who gets my savings, its in my notes app'], 'imminent');
  });

  it('GIVEN a client giving their things to whoever needs them, with concern THEN someone else; a gift list or a couch THEN nothing', () => {
    by.each(['my sponsee texted "give my tools to someone who needs them, im done." not answering now'], 'someone-else');
    by.each(['made a list of who gets what for the secret santa', 'giving my old couch to someone who needs it, dm me', 'we made a list of who gets my shifts while im away'], 'none');
  });
});

describe('words a report quotes, read as risk wherever they are said', () => {
  it('GIVEN the writer hearing voices name an act, deserving death or tired of the world THEN own risk', () => {
    by.ownRisk([
      'the voices keep telling me to jump',
      'some nights i honestly believe i deserve to die',
      'im so tired of this world and everyone in it',
      'voices say i should drown myself',
    ]);
  });

  it('GIVEN those words quoted from a client, a sponsee or a guy met on outreach THEN someone else', () => {
    by.each(
      [
        'my sponsee texted "i deserve to die" at 2am and now his phone is off',
        'a resident told me "the voices tell me to jump" this morning, what do i chart',
        'the man i check on at the bridge camp said "im tired of this world" and walked off',
        'the woman i sponsor said "i want to die" after the meeting',
      ],
      'someone-else',
    );
  });

  it('GIVEN look-alikes about a song, a plot or a chore THEN nothing', () => {
    by.each(
      [
        'she deserves to win that award honestly',
        'tired of this weather, when is spring',
        'the voices in the podcast were so calming',
      ],
      'none',
    );
  });
});

describe('the writer saying the other person\'s words to themself (frames-same-here.ts, recognised-in-another.ts)', () => {
  it('GIVEN a quoted sign and then the writer saying or thinking it to themself THEN own risk', () => {
    by.ownRisk([
      'participant posted "i dont want to be here anymore." ive said that to myself every night this week',
      'client told me she wants to be dead. honestly i have thought the same myself',
      'a peer texted that he wants to die. i typed that to myself in my notes yesterday',
      'my mentee said she wants to be dead. i think that too, all the time',
    ]);
  });

  it('GIVEN the writer passing the words on or thinking the same about a chore THEN someone else or nothing', () => {
    by.each(['client said she wants to die. i said that to my supervisor too', 'client said she wants to die. i think the same thing about her meds'], 'someone-else');
    by.each(['client said the group is pointless. i thought that too', 'coworker said the printer is cursed. i said that to myself this morning'], 'none');
  });
});

describe('words voiced in a role during training (training-as-setting.ts saidInRole)', () => {
  it('GIVEN the writer quoting what they said as the client, a caller or a patient in a role play THEN nothing', () => {
    by.each(
      [
        'in the role play i said "i want to kill myself" as a caller and my partner froze',
        'during the training scenario i read "i have the pills right here" as the patient',
        'for the drill i said "im going to jump tonight" as the client, everyone did great',
        'practice round: i said "i cant go on" as a participant and the trainee asked about safety',
      ],
      'none',
    );
  });

  it('GIVEN the same words said to someone or meant THEN still own risk', () => {
    by.ownRisk([
      'after the role play i said "i want to die" to my sup and i meant it',
      'in training today i said "i want to die" as a joke but its true',
      'role play went fine. i want to kill myself tonight though',
    ]);
  });
});

describe('a turn from training talk to the writer (training-as-setting.ts turnedFromTraining)', () => {
  it('GIVEN training words, then "but i actually" or "but honestly", then a means and a plan THEN imminent', () => {
    by.each(
      [
        'in the training we talked about means, but honestly the pills in my bag are for me tonight',
        'during the role play i kept it together but i actually have the rope in my trunk and im going home early to do it',
        'the suicide training was fine but honestly i have the gun out and loaded right now',
        'we practiced the screener in class but i actually have my pills counted out on the nightstand tonight',
      ],
      'imminent',
    );
  });

  it('GIVEN the same turn to something harmless THEN nothing', () => {
    by.each(['in the training they showed a rope, but honestly it was a good session', 'in role play the client had pills in her bag, but i actually did great', 'the overdose training covered narcan but honestly the snacks were the best part'], 'none');
  });
});

describe('the writer scoring themself on the screener they give (own-turned-from-a-report.ts)', () => {
  it('GIVEN the writer saying they would answer yes or flag high on a suicide screener THEN own risk', () => {
    by.ownRisk([
      "long week. i realised i'd answer yes to every question on the SI screener",
      'i would flag high risk on our own suicide screen tbh',
      'honestly i would say yes to most questions on the columbia scale right now',
      'not joking, i would check yes on every box on that risk assessment',
    ]);
  });

  it('GIVEN answers denied, or an intake form THEN nothing', () => {
    by.each(["i'd answer no to every question on that SI screener, im good", "i'd answer yes to all the questions on the intake form lol", 'i would score high on the trivia quiz'], 'none');
  });
});

describe('asking to be taken along into the other\'s wish (frames-same-here.ts)', () => {
  it('GIVEN someone else\'s wish to die or disappear and the writer saying "take me with you" or "same" THEN own risk', () => {
    by.ownRisk([
      'when my peer said she wanted to disappear i almost said take me with you.',
      'client said he wants to die and i wanted to say same',
      'a participant told me he wants to be dead. i thought, take me too',
      'my sponsee said she wants to die, and i said take me along.',
    ]);
  });

  it('GIVEN "take me with you" after a trip or an outing THEN nothing', () => {
    by.each(['client said she is moving to hawaii, i said take me with you', 'my coworker is going to the concert, i said take me too', 'she said she wanted to disappear to the beach for a week. i said take me with you'], 'none');
  });
});
