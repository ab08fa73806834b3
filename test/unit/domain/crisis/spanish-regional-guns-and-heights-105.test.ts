import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads norteño guns and a colonia\'s heights and tracks (fresh batch 105, es/imminent-regional-guns-and-heights.ts)', () => {
  it('GIVEN "el cuete" or "la fusca" held WHEN beside a wait, a time or a goodbye THEN imminent', () => {
    expect.each(
      [
        'ya tengo el cuete, nomas estoy esperando que se duerman',
        'agarre la fusca de mi apa, esta noche me despido',
        'la fusca ya esta cargada, hoy en la noche',
        'consegui el cuete, ahorita que se vaya mi carnal',
      ],
      'imminent',
    );
  });

  it('GIVEN fireworks bought, being drunk or a gun in a game THEN nothing', () => {
    expect.each(['ya compre unos cuetes pa año nuevo, esta noche los truenan', 'traigo un cuete bien puesto esta noche', 'anoche andaba bien cuete con los compas'], 'none');
  });

  it('GIVEN the water tank, a pylon or the tracks the writer is on WHEN beside a throw, a time or a goodbye THEN imminent', () => {
    expect.each(
      [
        'estoy arriba del tanque de agua de la colonia, ya me voy a aventar',
        'me subi a la torre de luz, ahorita',
        'aqui sigo en las vias del tren ahorita, el de las 11 pasa en media hora',
        'estoy acostado en los rieles, perdonenme',
      ],
      'imminent',
    );
  });

  it('GIVEN a climb to clean the tank or a country "en vías de" THEN nothing', () => {
    expect.each(['me subi al tinaco a limpiarlo', 'el pais esta en vias de desarrollo', 'me subi a la antena a arreglar la señal'], 'none');
  });
});
