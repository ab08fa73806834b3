import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/everyday-care-purchases-and-outgrown.ts, own-ideation-and-home-unbearable.ts, the
// Spanish lexicon's "viejo"/"vieja" and turning-up verbs, harm-lands-on.ts). Every line is written for the test; each family
// sits beside risk said in the same words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish care, purchases, outgrown things, ideation named and a home unbearable', () => {
  it('GIVEN someone given their own medicine (a pet, a child, a grandmother) THEN it is no risk; a whole supply taken or someone taking theirs keeps its route', () => {
    routes.each(
      [
        'a mi gatito le dieron sus pastillas en la vete y ya anda brincando',
        'le doy su jarabe a mi abuela a las 8 y luego me voy al turno',
        'a mi perro le damos su pastilla cada 12 horas y ya está mejorcito',
        'les dimos sus medicinas a los niños y ya se durmieron',
      ],
      'none',
    );
    routes.each(['mi hermano se tomó todas sus pastillas y no despierta'], 'someone-else');
    routes.each(['me tomé todas mis pastillas, perdón', 'le dimos su pastilla al perro, esta noche me tomo todas las mías'], 'imminent');
  });

  it('GIVEN a child who will die if the writer does not buy or allow something THEN it is no risk; killing oneself over it, or dying said alone, stays theirs', () => {
    routes.each(
      [
        'mi hija dice que se muere si no la dejo ir al concierto, qué drama',
        'mi sobrino dijo que se iba a morir si no le compramos el celular nuevo jaja',
        'el chamaco dice que se muere si no le regalo la consola, ay este niño',
      ],
      'none',
    );
    routes.each(
      [
        'mi hijo dice que se va a matar si no le compro los tenis',
        'mi hija dice que se quiere morir y ya no come',
        'mi hijo dijo que se iba a morir, lo escuché llorando en su cuarto',
      ],
      'someone-else',
    );
    routes.ownRisk(['me voy a morir si no me compran los tenis']);
  });

  it('GIVEN things given away that are outgrown or to a charity THEN it is no risk; giving everything away with no need left or beside a going stays imminent', () => {
    routes.each(
      [
        'hoy regalé toda mi ropa vieja, por fin hay espacio en el clóset',
        'hoy regalé todas mis cosas viejas, el cuarto quedó vacío',
        'hoy regalé toda mi ropa a la beneficencia de la parroquia',
      ],
      'none',
    );
    routes.each(
      [
        'hoy regalé toda mi ropa, el cuarto quedó vacío',
        'regalé todas mis cosas, ya no las voy a necesitar',
        'regalé mi ropa vieja, mañana ya no voy a estar, gracias por todo',
        'regalé mis cosas para empezar de cero, mañana ya no voy a estar',
        'ya firmé para donar mis órganos, dejé todo listo y esta noche me despido',
      ],
      'imminent',
    );
  });

  it('GIVEN ideation named by the writer in the work word THEN it is own risk; said of someone else it is theirs, asked about or taught it is no risk', () => {
    routes.ownRisk([
      'tengo ideación otra vez y no sé a quién decirle',
      'chicas ando con ideación pasiva desde el lunes, hoy no puedo facilitar',
      'me volvió la ideación, pensé que ya estaba mejor',
    ]);
    routes.each(
      ['mi clienta tiene ideación con plan', 'la doctora dijo que mi hermano tiene ideación pasiva', 'mi compa tiene ideación otra vez'],
      'someone-else',
    );
    routes.each(
      [
        'si alguien tiene ideación en el grupo, ¿a quién llamo?',
        'hoy en el taller vimos qué hacer cuando un usuario tiene ideación',
        'hoy en la capacitación hablamos de la ideación pasiva y activa',
      ],
      'none',
    );
  });

  it('GIVEN a home the writer cannot bear beside control or blows THEN it is harm; a wish beside it, or not bearing life itself, stays own risk', () => {
    routes.each(
      [
        'mi novio me revisa todo y me grita, ya no aguanto estar en esta casa',
        'no soporto vivir en esa casa con él, me pega cuando toma',
        'mi suegra me quita el sueldo y me insulta, ya no aguanto volver a esa casa',
      ],
      'harm-from-others',
    );
    routes.ownRisk(['ya no aguanto estar en la casa, quiero morirme', 'ya no aguanto más, quiero que todo se acabe', 'no aguanto vivir así']);
  });

  it('GIVEN "mi viejo", "mi vieja" (a parent, said in the Southern Cone) THEN their words are theirs; the writer feeling old keeps their own', () => {
    routes.each(
      [
        'mi vieja dice que mi hermano se quiere matar',
        'mi viejo dice que ya no quiere vivir, tiene la escopeta en el cuarto',
        'mis viejos me dijeron que mi tío se tomó unas pastillas para matarse',
      ],
      'someone-else',
    );
    routes.ownRisk(['me siento vieja y cansada, ya no quiero vivir', 'ya estoy viejo, tengo un arma y quiero terminar con todo']);
  });

  it('GIVEN someone else who turned up with marks THEN the marks are theirs; the writer turning up with them, or left with them, is harm', () => {
    routes.each(['la clienta vino con marcas en el cuello y no quiso hablar', 'mi vecina llega con moretones casi cada semana', 'la muchacha del turno de noche apareció con moretones en la cara'], 'someone-else');
    routes.each(['llegué con moretones al trabajo, mi esposo me pegó anoche', 'mi novio me dejó moretones en los brazos'], 'harm-from-others');
  });
});
