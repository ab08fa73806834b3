import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads food "unalived", a job left after goodbyes and a group for the bereaved as everyday (fresh batch 75)', () => {
  // languages/en/frames-idiom.ts: "unalive" with a food or a whole serving after it is eating, not dying.
  it('GIVEN "unalive" with a food after it THEN nothing; "unalive" with the self, a bare "unalive", the self after the food THEN own risk', () => {
    expect.each(
      [
        'gonna unalive this whole pizza tonight',
        'about to unalive an entire bag of hot cheetos',
        'i unalived the whole cake lol no regrets',
        'gonna unalive this burrito in 3 bites',
        'lowkey about to unalive a whole box of donuts',
        'bout to unalive my leftovers from last night',
      ],
      'none',
    );
    expect.ownRisk([
      'gonna unalive myself tonight fr',
      'i want to unalive',
      'gonna unalive myself after this pizza',
      'gonna unalive this whole week and then myself',
    ]);
  });

  // languages/en/frames.ts (the leaving frames read.ts uses to explain a goodbye): a job, a post, a caseload left, or the post
  // that comes next, explain goodbyes said to everyone; a world left, "for good", a last reason THEN still imminent.
  it('GIVEN goodbyes beside a job left or the next post THEN nothing; goodbyes beside leaving the world or for good THEN imminent', () => {
    expect.each(
      [
        'packed my office into boxes, told everyone goodbye, leaving this job at the end of the month for the county role',
        'said my goodbyes to the team today, leaving my job friday. gonna miss yall',
        'cleaned out my locker and said bye to everyone, off friday for a county position',
        'said goodbye to all my clients today, quitting this agency for a remote job',
      ],
      'none',
    );
    expect.each(
      [
        'gave away my plants and said goodbye to everyone. leaving this world friday',
        'said goodbye to everyone. i won\'t be here after friday',
        'said goodbye to everyone, gave my cat to my sister. leaving friday for good',
        'wrote letters to my kids, said goodbye to everyone. this job was the last thing keeping me here',
      ],
      'imminent',
    );
  });

  // languages/en/frames-training.ts: a grief, bereavement or survivors group "for" people who lost someone is the topic; a
  // person in the group (a setting, training-as-setting.ts) and the writer's own wish stay read.
  it('GIVEN a group for people who lost someone to overdose or suicide THEN nothing; someone in the group in crisis THEN someone else; the writer\'s own wish THEN own risk', () => {
    expect.each(
      [
        'the bereavement group for families who lost someone to suicide moved to thursdays',
        'anyone know a grief circle for parents who lost a kid to overdose? asking for a participant',
        'looking for co-leads for a survivors group for people who lost a loved one to suicide',
        'we are opening a grief group for folks whose partner died by overdose, need a cofacilitator',
      ],
      'none',
    );
    expect.each(
      [
        'a lady in my grief group lost her son to an overdose last night and isn\'t answering',
        'my cousin lost her son to an overdose last week and she\'s not answering',
        'my friend from the grief group just texted that she took all her pills',
      ],
      'someone-else',
    );
    expect.ownRisk(['at my grief group tonight i admitted i want to kill myself', 'since my brother died i go to a grief group but i still want to die']);
  });

  // languages/en/frames-idiom.ts: "end it" said about a situationship or a talking stage ends the dating, not a life.
  it('GIVEN "end it" about a situationship or a talking stage THEN nothing; "end it" about a life, or beside a last reason THEN imminent', () => {
    expect.each(
      [
        "'im going to end it' about my situationship",
        'i\'m going to end it, about my talking stage. he never texts back',
        'im ending it tonight about the situationship lol wish me luck',
        'gonna end it about my situationship this weekend, been 8 months of nothing',
      ],
      'none',
    );
    expect.each(
      [
        'i\'m going to end it tonight. about my life. i\'m done',
        'i\'m going to end it, the situationship was the last thing i had',
        'gonna end it this weekend, nobody will miss me',
      ],
      'imminent',
    );
  });
});
