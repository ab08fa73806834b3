import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// Everyday look-alikes read after the forty-third fresh batch (branch t-fa44; languages/es/everyday-doses-farewells-and-laughs.ts),
// each in wordings the development files do not hold, beside the real risk that must keep its route.
describe('the crisis screen keeps Spanish everyday doses, farewells at work and laughter quiet', () => {
  it('GIVEN a single common medicine taken, a dose the doctor set or a course of antibiotics THEN nothing; the whole supply taken or held THEN imminent', () => {
    expectRoutes(
      [
        'me duele la muela, ya me tomé un ibuprofeno y a dormir',
        'ya me tomé la melatonina, a ver si hoy duermo mejor',
        'me tomé las gotas como me indicó la doctora, ya me siento mejor',
        'hay que tomarse todos los antibióticos aunque ya no duela la garganta',
      ],
      'none',
    );
    expectRoutes(
      [
        'ya me tomé todo el paracetamol que había en la casa, no quiero despertar',
        'me voy a tomar todas las pastillas que me recetaron esta noche',
        'ya me tomé todas las pastillas que me recetaron, adiós',
      ],
      'imminent',
    );
  });

  it('GIVEN pills prescribed, a weekly pill box, pills taken to be thrown out, a shooting range THEN nothing', () => {
    expectRoutes(
      [
        'las pastillas que me recetaron para la ansiedad me dan sueño en la tarde',
        'el domingo armo el pastillero de mi papá para toda la semana',
        'llevé las pastillas viejas al punto limpio de la farmacia el sábado',
        'el viernes vamos al shooting range con mis primos, primera vez que voy',
      ],
      'none',
    );
  });

  it('GIVEN a farewell card for a colleague, a retirement or a medical leave with its return THEN nothing; a letter for family or a leaving with no return THEN imminent', () => {
    expectRoutes(
      [
        'hay que juntar firmas para la carta de despedida del coordinador que se retira',
        'le estoy escribiendo la carta de despedida al profe de química, mañana es su último día',
        'dejé mis pendientes listos y las notas a la suplente porque me operan del apéndice el martes, regreso en dos semanas',
      ],
      'none',
    );
    expectRoutes(['ya escribí mi carta de despedida para mi hija, esta noche lo hago', 'ya me despedí de todos en el grupo, el sábado me voy de verdad y no regreso'], 'imminent');
  });

  it('GIVEN a film called by its chat name THEN it is media; GIVEN dying of laughter at something shared, then "no puedo más" THEN nothing; a wish with a laugh THEN possible', () => {
    expectRoutes(
      [
        'ayer vimos una peli donde el protagonista se tira del puente, qué peliculón',
        'me muero de la risa con los memes del grupo jajaja ya no puedo',
        'jajaja me muero con ese video del perro, no puedo más',
      ],
      'none',
    );
    expectRoutes(['me quiero matar jajaja ya no puedo', 'me muero de risa pero por dentro ya no puedo más, quiero morirme'], 'possible');
  });
});
