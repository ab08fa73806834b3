import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish stalking in the street, someone found blue and the act wanted with its time (fresh batch 95)', () => {
  // es/harm-followed-in-the-street.ts
  it('GIVEN strangers following the writer from a station or a stop, or an ex turning up where the writer waits THEN harm-from-others', () => {
    expect.each(
      [
        'me vinieron siguiendo unos pibes hasta la parada',
        'ayer me persiguieron dos chabones desde la estación hasta mi casa',
        'mi ex se aparece otra vez en el laburo',
        'mi ex conoce mis turnos y me espera siempre a la salida del gimnasio',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a band followed on the bus, followers online, a mother waiting or an ex sharing the children THEN nothing', () => {
    expect.each(['seguimos a la banda en el bondi hasta el estadio', 'me siguieron en instagram dos tipos raros', 'mi vieja me espera siempre en la parada', 'mi ex sabe mi horario porque compartimos a los nenes'], 'none');
  });

  // es/others-missing-and-hurt.ts
  it('GIVEN someone found blue, breathless or unconscious THEN someone-else', () => {
    expect.each(['a mi primo lo encontramos morado en el baño', 'la encontraron sin respirar en la pieza, ya viene la ambulancia', 'mi compa recayó y lo encontré inconsciente', 'lo hallamos azul atrás del galpón'], 'someone-else');
  });

  it('GIVEN someone found asleep, a blue shirt found or a child found at a friend\'s THEN nothing', () => {
    expect.each(['la encontré dormida en el sillón', 'encontramos una remera azul en el placard', 'lo encontramos en lo de un amigo, estaba jugando a la play'], 'none');
  });

  // es/imminent-families.ts plan-talk
  it('GIVEN a means at hand beside the act wanted with its time THEN imminent', () => {
    expect.each(['tengo la soga de mi viejo. quiero hacerlo esta noche', 'tengo el arma de mi tío acá. lo quiero hacer hoy', 'ya junté las pastillas de mi vieja, lo quiero hacer ahora', 'tengo el cuchillo en la mano, quiero hacerlo ya'], 'imminent');
  });

  it('GIVEN homework, a dessert or a trip wanted today THEN nothing', () => {
    expect.each(['la tarea de mi hermano, lo quiero hacer hoy', 'tengo el postre de mi abuela, quiero hacerlo hoy', 'el viaje a la costa lo quiero hacer mañana'], 'none');
  });
});
