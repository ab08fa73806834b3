import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by languages/es/imminent-kept-back-and-told-anyway.ts,
// everyday-pastime-planned.ts and harm-anonymous-warning.ts, not by the learned opinion. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish doses kept back and a means told "for no reason"', () => {
  it('GIVEN a medicine kept for a stretch instead of taken beside a time or a plan THEN it is imminent', () => {
    routes.each(
      [
        'llevo semanas que escondo el rivotril sin tomarlo. el sabado es el dia',
        'hace dias que junto las pastis en vez de tomarlas, esta noche',
        'hace un mes que guardo la medicacion en lugar de tomarla. ya esta decidido',
        'tres semanas que acumulo el clonazepam sin tomarlo, manana a la noche',
      ],
      'imminent',
    );
  });
  it('GIVEN a means beside "no sé ni para qué os lo cuento" THEN it is imminent', () => {
    routes.each(
      [
        'la soga esta en el maletero. no se ni para que os lo cuento',
        'tengo la cuerda en la mochila, no se ni por que les escribo',
        'hace semanas que guardo las pastillas en vez de tomarlas. no se ni pa que te lo cuento',
        'la cuerda en el ropero ya esta lista. no se para que os lo digo',
      ],
      'imminent',
    );
  });
  it('GIVEN a complaint told "for no reason" or a pill skipped with no stretch THEN it stays quiet', () => {
    routes.each(['no se ni para que os lo cuento, el jefe no va a cambiar', 'guardo las pastis en vez de tomarlas porque me dan sueno', 'no se ni por que les escribo esto, ya paso lo del bondi'], 'none');
  });
});

describe('the crisis screen keeps a free house named with its pastime quiet', () => {
  it('GIVEN the plan for a free house named right after as a pastime THEN it stays quiet', () => {
    routes.each(['el finde tengo la casa sola y ya se lo que voy a hacer, maraton de series', 'ya se lo que voy a hacer con el piso vacio: fiesta', 'cuando me quede sola ya se lo que voy a hacer, pijamada con las pibas'], 'none');
  });
});

describe('the crisis screen reads Spanish harm told as messages from a hidden sender who knows where the writer is', () => {
  it('GIVEN messages from a hidden number saying it knows where the writer lives or when they leave THEN it is harm from others', () => {
    routes.each(
      [
        'me llegan audios de un numero privado diciendo que saben donde vivo',
        'recibo mensajes de una cuenta falsa que dice que sabe a que hora salgo de la facu',
        'me mandan whatsapps de un numero oculto diciendo que conoce donde trabajo',
        'me escriben mensajes de un perfil anonimo que sabe donde estaciono el coche',
      ],
      'harm-from-others',
    );
  });
  it('GIVEN a hidden number that is spam or that does not know the writer THEN it stays quiet', () => {
    routes.each(['me llegan mensajes de un numero desconocido, es el del gas que no sabe donde vivo', 'me llegan mensajes de un numero desconocido ofreciendo un prestamo', 'llamadas de un numero oculto todo el dia, seguro es la compania del movil'], 'none');
  });
});
