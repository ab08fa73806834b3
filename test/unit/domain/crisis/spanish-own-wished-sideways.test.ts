import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/own-risk-wished-sideways.ts, vehicleAfterGrab in everyday-blows-and-cycles.ts, the "si" in
// wishedTime of everyday-absences-and-wished-goings.ts). Every line is written for the test in several regions' wording; each
// family sits beside everyday talk in the same words that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish wishes to be dead told sideways as the writer\'s own', () => {
  it('GIVEN being hit by a bus or a car weighed as not so bad THEN it is possible; a near miss is no alarm and a person grabbing stays harm', () => {
    routes.each(
      [
        'a veces cruzo sin mirar y pienso que si me agarra un colectivo no estaría tan mal',
        'si me pisa un camión pues ni modo, güey',
        'bro si me lleva puesto un auto, la verdad me daría igual',
        'si me arrolla la guagua no sería tan malo, mano',
      ],
      'possible',
    );
    routes.each(['casi me agarra un bondi, qué susto', 'ayer me pisó un carro el pie en el parqueo, ando cojeando'], 'none');
    routes.each(['me agarró del brazo y me jaloneó enfrente de todos'], 'harm-from-others');
  });

  it('GIVEN envy of one who died and rests, or a wish to be in their place THEN it is possible; mourning alone is no alarm for the writer', () => {
    routes.each(
      [
        'le tengo envidia a mi tío que murió, él ya descansa',
        'mi compa ya descansó y yo sigo aquí, qué injusto',
        'ojalá fuera yo la del cajón y no mi prima',
        'quisiera estar yo en esa camilla en vez de él, parce',
      ],
      'possible',
    );
    routes.each(['mi abuela ya descansó, la extraño mucho', 'qué envidia tu viaje a cancún, amiga'], 'none');
  });

  it('GIVEN a future denied to the writer or a place where nothing would hurt THEN it is possible; doubts about a pension and healing are no alarm', () => {
    routes.each(
      [
        'pa qué ahorro pa la jubilación si no voy a llegar',
        'igual no pienso llegar a viejo, así que me da lo mismo',
        'no hay un mañana para mí, neta',
        'veo el mar desde el malecón y pienso que ahí ya no dolería nada',
      ],
      'possible',
    );
    routes.each(
      [
        'ahorro pa la jubilación aunque no sé si el sistema va a aguantar',
        'me pusieron la inyección y después ya no me dolió nada',
        'el lunes no llego a la oficina, tengo cita',
      ],
      'none',
    );
  });

  it('GIVEN not waking tomorrow supposed with "si" THEN it is possible, not imminent; not waking tomorrow said as set stays imminent', () => {
    routes.each(
      [
        'a veces pienso que si no despierto mañana no pasaría nada',
        'si mañana no amanezco nadie se daría cuenta',
        'hay noches que pienso que si no me levanto mañana sería lo mejor',
      ],
      'possible',
    );
    routes.each(['mañana ya no despierto, ya tengo todo listo'], 'imminent');
  });
});
