import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Pushed down the stairs with nobody named (languages/en/harm-pushed-down-the-stairs.ts).
describe('the crisis screen hears the writer pushed down the stairs', () => {
  it('GIVEN the writer pushed, shoved or thrown down the stairs WHEN read THEN harm from others', () => {
    by.each([
      'was shoved down the steps again last night',
      'i got thrown down the stairs when i wouldnt finish dinner',
      'got kicked down our staircase yesterday, my hip is purple',
      'been pushed down the stairs twice this month at home',
    ], 'harm-from-others');
  });

  it('GIVEN a fall, a stroller pushed or a box thrown down the stairs WHEN read THEN nothing', () => {
    by.each([
      'i fell down the stairs at work lol',
      'pushed the stroller down the ramp instead of the stairs',
      'threw the laundry bag down the stairs to save a trip',
    ], 'none');
  });
});

// Spanish harm at home over food (languages/es/harm-at-home-over-food.ts).
describe('the crisis screen hears Spanish harm at home: unsafe, things thrown, thrown out on a condition', () => {
  it('GIVEN home unsafe said place first, things thrown at the writer or being thrown out if a condition is not met WHEN read THEN harm from others', () => {
    by.each([
      'en mi casa no me siento segura desde que volvió',
      'mi padrastro me avienta platos cuando no termino',
      'mi mamá dice que me va a correr de la casa si vuelvo a vomitar',
      'mi tío me lanza cosas cuando se emborracha',
    ], 'harm-from-others');
  });

  it('GIVEN "not sure" at home, the writer throwing themself on the bed or a house cleared WHEN read THEN nothing', () => {
    by.each([
      'en casa no estoy segura de qué hacer con la cena',
      'me tiro a la cama cuando llego',
      'ya sacamos las cajas de la casa, mañana entregamos las llaves',
    ], 'none');
  });
});
