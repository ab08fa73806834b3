import { describe, it } from 'vitest';
import { patternRouteOf, routeOf, routesBy } from '../../../helpers/crisis-routes.js';

// languages/es/harm-threats-said-to-you.ts, frames-method-thought-of.ts (method-thought-of.ts), harm-intruded-in-sleep.ts, frames-acting-denied.ts, times-thoughts-were-had.ts,
// everyday-supply-run-out.ts and everyday-sighs-at-gadgets-and-workouts.ts. Every line is written for the test in several
// regions' wording; each family sits beside look-alikes that keep their own route.
const patterns = routesBy(patternRouteOf);
const whole = routesBy(routeOf);

describe('the crisis screen reads Spanish threats passed on, denials of acting, medicine run out and sighs at gadgets', () => {
  it('GIVEN a threat passed on in the threatener own words to "tú" THEN it is harm from others; the writer saying it or a scolding over small stakes is not', () => {
    patterns.each(
      [
        'mi cuñado me escribió "te voy a romper la cara"',
        'el vato me gritó: si sales con alguien más te desaparezco',
        'mi exesposo me mandó un audio: si no me devuelves a los niños te quemo la casa',
        "mi pareja me dice 'si le cuentas a tu mamá te mato'",
        'el ex de mi hermana me texteó: te voy a buscar hasta encontrarte',
      ],
      'harm-from-others',
    );
    patterns.each(
      [
        'le dije a mi hijo: si no recoges tu cuarto te mato',
        'mi mamá me dijo: si llegas tarde te mato',
        'mi abuela me escribió "si no vienes al cumple te mato"',
        'te mato si te comes mi pastel',
      ],
      'none',
    );
  });

  it('GIVEN an adult who gets into the bed or the room while the writer sleeps, or the writer refusing it THEN it is harm; a pet or a small child in the bed is not', () => {
    patterns.each(
      [
        'el roomie se mete a mi cuarto en la noche y no sé qué hacer',
        'mi padrastro se me sube a la cama cuando mi mamá no está',
        'se me acuesta al lado aunque le pido que pare',
        'me manoseaba mientras dormía y nadie me cree',
      ],
      'harm-from-others',
    );
    patterns.each(['el gato se me sube a la cama cuando duermo', 'mi hijo de 3 años se sube a mi cama cuando tiene pesadillas'], 'none');
  });

  it('GIVEN thoughts told with a time and the writer saying they will not act on them THEN it stays possible; a means or a time set for the act stays imminent', () => {
    patterns.each(
      [
        'hoy tengo ideas de matarme, no pienso hacer nada, solo quería contarlo',
        'ando pensando en suicidarme esta noche también, pero no lo voy a hacer',
        'ganas de no existir hoy. no tengo planes de hacerlo',
      ],
      'possible',
    );
    patterns.each(['no voy a hacer nada, solo quiero morirme, pero tengo las pastillas aquí en la mano', 'pienso en matarme y hoy en la noche lo hago'], 'imminent');
  });

  it('GIVEN a method only thought of THEN it is a thought, possible; with a time, a place reached or a means at hand it stays imminent', () => {
    patterns.each(
      [
        'cada vez que cruzo el puente pienso en aventarme al río, luego se me pasa',
        'a veces me imagino colgarme en el garaje y me asusto',
        'se me pasa por la cabeza lanzarme a las vías, pero sigo',
      ],
      'possible',
    );
    patterns.each(['pienso en tirarme del puente esta noche', 'pienso en tirarme del puente, ya estoy aquí arriba', 'voy a tirarme al metro'], 'imminent');
  });

  it('GIVEN the week or the day over which thoughts were had THEN it is no time set; a time said of the act stays imminent', () => {
    patterns.each(
      [
        'tuve ideas de morirme toda la tarde',
        'anoche regresaron las ganas de no despertar',
        'he estado con pensamientos de quitarme la vida estos días',
      ],
      'possible',
    );
    patterns.each(['tengo ganas de matarme esta noche', 'he tenido pensamientos de matarme y esta noche lo hago'], 'imminent');
  });

  it('GIVEN pills run out and a refill to get THEN it is an errand; pills gathered or all taken keep their route', () => {
    patterns.each(
      [
        'me quedé sin medicina y la farmacia abre hasta el lunes',
        'ya no me quedan pastillas del colesterol, mañana voy al seguro',
        'tengo que resurtir la receta de mis pastillas esta noche',
      ],
      'none',
    );
    patterns.each(['se me acabaron las pastillas porque me las tomé todas anoche', 'ya junté las pastillas, el domingo lo hago'], 'imminent');
    whole.each(['took all my vitamins like you told me today'], 'none');
  });

  it('GIVEN a wish to die said at a gadget that fails or at a workout nearly done THEN it is a sigh; a means or a wish alone keeps its route', () => {
    patterns.each(
      [
        'me quiero morir con esta impresora, otra vez se trabó',
        'me voy a morir con el wifi de este hotel',
        'me quiero morir pero ya casi acabo la clase de spinning',
        'ya me quiero morir, me faltan dos series de sentadillas',
      ],
      'none',
    );
    patterns.each(['me quiero morir pero no termino la tesis', 'me quiero morir y ya no aguanto'], 'possible');
    patterns.each(['me quiero morir con las pastillas que tengo'], 'imminent');
  });
});
