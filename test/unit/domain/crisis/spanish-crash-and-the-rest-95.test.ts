import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads a Spanish crash wanted and the rest of a supply taken (fresh batch 95, es/crash-and-the-rest-taken.ts)', () => {
  it('GIVEN a crash into a vehicle, a post or a wall wanted, planned or thought of THEN possible', () => {
    expect.each(
      [
        'me quiero estampar contra un poste, boludo',
        'tengo ganas de estrellarme contra un muro',
        'me voy a meter abajo de un bondi',
        'pienso meterme contra un camión en la ruta',
        'a veces quiero meterme abajo de un colectivo, pero no',
      ],
      'possible',
    );
  });

  it('GIVEN a repair under a van, a bed to hide under, a glass door bumped into or a couch to lie on THEN nothing', () => {
    expect.each(['quiero meterme abajo de la camioneta a arreglar el escape', 'me quiero meter abajo de la cama y no salir', 'me estampé contra la puerta de vidrio jaja', 'me voy a tirar contra el sillón a mirar la tele', 'pienso meterme en el curso de manejo de camión'], 'none');
  });

  it('GIVEN the rest of a bottle or of the pills to be taken now THEN imminent', () => {
    expect.each(['me tomo lo que queda del frasco y listo', 'me voy a tomar lo que queda de las pastillas', 'me trago el resto de mis clonas', 'me tomo lo que me queda del rivotril esta noche'], 'imminent');
  });

  it('GIVEN the rest of the mate, the wine or the soup THEN nothing', () => {
    expect.each(['me tomo lo que queda del mate y me voy', 'me tomo lo que queda del vino', 'me tomo el resto de la sopa', 'me trago lo que queda del alfajor'], 'none');
  });
});
