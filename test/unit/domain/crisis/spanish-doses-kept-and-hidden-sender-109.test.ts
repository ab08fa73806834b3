import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by languages/es/imminent-doses-kept-back.ts,
// everyday-pastime-planned.ts and harm-anonymous-warning.ts, not by the learned opinion. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish doses kept back for a stretch', () => {
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
  it('GIVEN a pill skipped with no stretch, or doses kept back told alone THEN it stays quiet', () => {
    routes.each(['guardo las pastis en vez de tomarlas porque me dan sueno', 'hace semanas que guardo el rivotril sin tomarlo, se lo voy a contar a la psiquiatra', 'dias que junto las vitaminas en vez de tomarlas, soy un desastre'], 'none');
  });
  it('GIVEN own risk told with "no sé ni por qué les cuento" THEN it stays possible, not imminent', () => {
    routes.each(['me volvi a cortar, no se ni por que les cuento', 'ya no quiero vivir, no se ni para que os lo digo', 'pienso en matarme, no se ni por que te lo escribo', 'quisiera desaparecer, no se ni pa que les cuento'], 'possible');
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
