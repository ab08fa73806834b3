import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads own risk told in passing at work (fresh batch 73)', () => {
  // clauses.ts: a "that" and the one told stand between a negated telling verb and the clause it reports.
  it('GIVEN a risk the writer did not mention or tell THEN own risk; a denial after "think" or "say" THEN nothing', () => {
    expect.ownRisk([
      'didnt mention that i bought a rope sunday',
      'i didnt tell her i want to die',
      'i havent told anyone that ive been cutting again',
      'never mentioned to my sponsor that i have the pills saved up',
    ]);
    expect.each(['i dont think that i want to die', 'i didnt say that i want to die', 'i wouldnt say im hopeless'], 'none');
  });

  // frames.ts: "speedrun" beside a suicide word is the slang for doing it fast, not a game.
  it('GIVEN a suicide word with "speedrun" and a means THEN own risk; a game speedrun THEN nothing', () => {
    expect.ownRisk([
      'sewerslide speedrun tonight, got the belt',
      'unalive speedrun tonight, got the rope',
      'kms speedrun this weekend, pills are counted',
      'lol sewerslide speedrun tonight, got the closet door and the empty apartment',
    ]);
    expect.each(['died on the final boss speedrun lol', 'my elden ring speedrun died at the last boss', 'watching a mario speedrun tonight, its killing me'], 'none');
  });

  // own-risk-hints.ts, en.ts: "after group", "after class" is a time like "after work"; a train station is no spot.
  it('GIVEN a way to a spot after group or class THEN imminent; the gym after group, a train station THEN nothing', () => {
    expect.each(
      [
        'im heading to the train tracks after group',
        'im heading to the bridge after group',
        'going to the tracks after my session',
        'driving to the overpass after my session',
      ],
      'imminent',
    );
    expect.each(['im going to the gym after group', 'heading to the train station after group', 'heading to the train station after work'], 'none');
  });

  // imminent-gone-quiet-and-unknowing.ts: after affairs settled, only the when (tonight or tomorrow) is left to pick.
  it('GIVEN only tonight or tomorrow left to decide after something done THEN imminent; an everyday choice of days THEN nothing', () => {
    expect.each(
      [
        'got my affairs in order today. after that its just deciding between tonight and tomorrow',
        'letters are written. now its just choosing between tonight or tomorrow',
        'passwords are on the fridge, now only picking between today and tomorrow',
        'will is signed and the dog has a home. now just deciding between tonight and tomorrow',
      ],
      'imminent',
    );
    expect.each(
      [
        'deciding between tonight and tomorrow for laundry',
        'grocery list done, now just deciding between tacos and pizza tonight',
        'after that its just deciding between the blue or the green paint',
        'finished the deck, now its just deciding which night to have people over',
      ],
      'none',
    );
  });

  // training-as-setting.ts: "how to say this" before the writer's own telling is a preamble, not a question of practice.
  it('GIVEN "how to say this" before the writer\'s own risk THEN own risk; how to say it to a client, an everyday gripe THEN nothing', () => {
    expect.ownRisk([
      'idk how to say this at standup, the SI came back this week',
      'not sure how to say this, the SI came back',
      'dont know how to put it but i keep thinking about killing myself',
      'no idea how to word this but i want to die most days',
    ]);
    expect.each(['how to say this to a client who says they want to die', 'how to ask a participant if they are suicidal', 'idk how to say this but the new schedule is killing me'], 'none');
  });
});
