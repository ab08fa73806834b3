import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each change is proved by itself.
const { each: expectRoutes, ownRisk } = routesBy(patternRouteOf);

describe('the crisis screen hears a goodbye to life and leaves everyday words alone', () => {
  it('GIVEN a goodbye to life itself beside a time THEN imminent; a goodbye to an old life or a move THEN nothing', () => {
    expectRoutes(['saying goodbye to my life tonight', 'bidding farewell to this world tomorrow morning', 'im saying goodbye to this life at midnight'], 'imminent');
    expectRoutes(
      ['said goodbye to my old life when i got sober', 'said goodbye to my life in ohio and moved to texas last spring', 'saying goodbye to life as a student, first day at the clinic monday'],
      'none',
    );
  });

  it('GIVEN a hush ("shhh", "shh") THEN it is not read as self-harm; "sh" itself still is', () => {
    expectRoutes(['shhh dont tell anyone about the surprise party', 'shh the baby is finally asleep'], 'none');
    ownRisk(['relapsed on sh last night', 'shh. i relapsed on sh again']);
  });

  it("GIVEN the day's dose already taken THEN nothing; a bottle or all of them already taken THEN imminent", () => {
    expectRoutes(['already took my pills this morning, doctor is happy', 'already took my meds for the day, heading to group'], 'none');
    expectRoutes(['already took all my pills this morning. goodbye', 'i already took them. all of them'], 'imminent');
  });

  it('GIVEN a haircut in Spanish ("cortes de pelo") THEN nothing; cuts on the body THEN own risk', () => {
    expectRoutes(['me hice cortes de pelo para la boda', 'le hicieron cortes de cabello a los niños del albergue'], 'none');
    ownRisk(['me hice cortes en el brazo anoche', 'me volví a hacer cortes, no puedo parar']);
  });
});
