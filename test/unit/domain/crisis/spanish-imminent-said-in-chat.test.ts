import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-quiet-es, es/imminent-said-in-chat.ts): Spanish imminent risk typed in chat, each hint beside
// a means, a place or own risk, and the same hints alone in everyday talk. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('imminent risk said in chat through the moment, goodbyes to another life, and what was taken', () => {
  it('GIVEN a means in the hand, the moment, a goodbye, the rest injected or pills with drink THEN it is imminent', () => {
    routes.each(
      [
        'tengo la pistola de mi tío en la mano ahorita',
        'ya tengo las pastis en la mano, perdón',
        'ya tengo el veneno en la mochila, nos vemos en otra vida',
        'estoy en las vías esperando que pase el tren',
        'me metí todo lo que me quedaba, si no contesto más ya saben',
        'me acabo de tomar las pastillas con una botella de tequila',
        'me voy a hacer overdose a propósito hoy',
        'ya tengo la soga amarrada al poste del patio',
      ],
      'imminent',
    );
  });
  it('GIVEN the same hints with nothing of risk beside them THEN it stays quiet', () => {
    routes.each(
      [
        'ahora mismo salgo para allá',
        'tengo el celular en la mano',
        'nos vemos en la otra clase',
        'es cuestión de horas para que llegue el paquete',
        'estoy en la parada esperando que pase el camión',
        'me tomé las pastillas con un vaso de agua como siempre',
        'si no contesto es que estoy manejando',
        'ya amarré la hamaca al palo',
      ],
      'none',
    );
  });
});
