import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../helpers/crisis-routes.js';
import { readDevCorpus, screenedShares } from '../../../helpers/crisis-corpus.js';


describe('the crisis screen on the Spanish development lines', () => {
  const rows = readDevCorpus().filter((row) => row.lang === 'es');
  const { share, ownRisk } = screenedShares(rows, routeOf);

  // Floors the screen meets today on every dev file, so a change that loses Spanish ground fails.
  it('GIVEN Spanish own-risk lines THEN at least nine in ten reach a risk route', () => {
    expect(ownRisk()).toBeGreaterThanOrEqual(0.9);
  });
  it('GIVEN Spanish harm from others and someone else’s crisis THEN each is routed right at least nine in ten times', () => {
    expect(share('harm-from-others', (g) => g === 'harm-from-others')).toBeGreaterThanOrEqual(0.9);
    expect(share('someone-else', (g) => g === 'someone-else')).toBeGreaterThanOrEqual(0.9);
  });
  it('GIVEN everyday Spanish lines THEN at most 5% raise an alarm', () => {
    expect(share('none', (g) => g !== 'none')).toBeLessThanOrEqual(0.05);
  });
});

describe('the crisis screen reads Spanish verb families', () => {
  it('GIVEN one wish in every pronoun order THEN each is the writer’s own risk', () => {
    for (const text of ['me quiero matar', 'quiero matarme', 'ya me mato', 'pienso en quitarme la vida', 'me voy a suicidar', 'kiero morirme']) {
      expect(routeOf(text), text).not.toBe('none');
    }
  });
  it('GIVEN "me voy a matar" with a time THEN it is imminent', () => {
    expect(routeOf('esta noche me voy a matar')).toBe('imminent');
    expect(routeOf('hoy me mato, ya estuvo')).toBe('imminent');
  });
  it('GIVEN the same verb done to the writer by someone else THEN it is harm, not own risk', () => {
    expect(routeOf('mi ex me pega cuando toma')).toBe('harm-from-others');
    expect(routeOf('mi novio me ahorco anoche')).toBe('harm-from-others');
    expect(routeOf('me tiene amenazada, dice que si lo dejo me mata')).toBe('harm-from-others');
  });
  it('GIVEN the verb with "se" or in reported words THEN it is someone else’s crisis', () => {
    expect(routeOf('mi cliente dijo que se quiere matar')).toBe('someone-else');
    expect(routeOf('mi mama dice que ya no quiere vivir')).toBe('someone-else');
    expect(routeOf('se quito la vida un participante del programa')).toBe('someone-else');
  });
});

describe('the crisis screen reads Spanish context', () => {
  it('GIVEN negation bound to its own verb THEN only the negated one is dropped', () => {
    expect(routeOf('no quiero morirme, quiero vacaciones')).toBe('none');
    expect(routeOf('no estoy bien y quiero morirme')).toBe('possible');
    expect(routeOf('no tengo ganas de vivir')).toBe('possible');
  });
  it('GIVEN risk told as past recovery THEN nothing alarming', () => {
    expect(routeOf('hace años intente quitarme la vida, hoy ayudo a otros')).toBe('none');
  });
  it('GIVEN everyday idioms with death words THEN nothing alarming', () => {
    for (const text of ['me muero de risa', 'me mata el calor', 'estoy muerta de cansancio', 'mi supervisora se esta matando trabajando', 'se me murio el celular', 'me corte el pelo']) {
      expect(routeOf(text), text).toBe('none');
    }
  });
  it('GIVEN typos by sound and chat spellings THEN the risk is still read', () => {
    expect(routeOf('ya no kiero bibir')).not.toBe('none');
    expect(routeOf('tngo las pastiyas en la mano, oy me las tomo todas')).toBe('imminent');
  });
  it('GIVEN "no se" meaning "I don’t know" THEN it is the writer speaking', () => {
    expect(routeOf('ya se como y cuando, el domingo en el puente')).toBe('imminent');
  });
});
