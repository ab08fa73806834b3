import { describe, it } from 'vitest';
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
});
