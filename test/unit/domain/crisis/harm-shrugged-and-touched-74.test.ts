import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish harm told flatly and shrugged off (fresh batch 74)', () => {
  // languages/es/frames.ts (recent): a weekday just gone beside the harm keeps it recent, so a "pero ya pasó" after it does
  // not put the harm away as a past told as over.
  it('GIVEN a blow on a weekday just gone then "pero ya pasó" THEN harm; a past of childhood or an everyday bad day "ya pasó" THEN nothing', () => {
    expect.each(
      [
        'mi marido me pegó el domingo pero ya pasó',
        'el viernes mi novio me dio una bofetada, pero ya pasó',
        'mi pareja me dio unas cachetadas el sábado pero ya pasó, como siempre',
        'este fin de semana mi esposo me empujó contra la pared pero ya pasó',
      ],
      'harm-from-others',
    );
    expect.each(
      [
        'el sábado fue horrible el partido pero ya pasó',
        'el lunes tuve una discusión con mi jefe pero ya pasó',
        'el domingo me dio mucha rabia perder el bus pero ya pasó',
      ],
      'none',
    );
  });

  // languages/es/harm-from-others.ts (sexual-assault): someone named touches the writer whenever they pass or are alone.
  it('GIVEN a coworker, neighbour or teacher who touches the writer each time they pass or are alone THEN harm; a tap on the shoulder, a knock, "me toca" a turn THEN nothing', () => {
    expect.each(
      [
        'un compañero del almacén me toca cada vez que pasamos por la cocina',
        'el encargado me soba cuando estamos solos en la bodega',
        'mi vecino me roza siempre que paso por la escalera',
        'el profe de educación física me toca cuando nadie ve',
      ],
      'harm-from-others',
    );
    expect.each(
      [
        'mi compañero me toca el hombro cuando paso para saludar',
        'mi compañero me toca la puerta cuando paso',
        'me toca cada vez que pasamos por la caja cobrar',
        'cada vez que paso por tu casa me acuerdo de ti',
      ],
      'none',
    );
  });

  // languages/es/harm-told-sideways.ts (threat): a gang's extortion told flatly, and its threat reported ("me dijeron que si no
  // pago me levantan"); a landlord's rent or a bill's interest names no gang and no one who said it.
  it('GIVEN a gang charging the writer "la renta" or a reported threat over not paying THEN harm; a landlord\'s rent, a bill THEN nothing', () => {
    expect.each(
      [
        'los pandilleros nos piden la cuota cada semana en el negocio',
        'la clica me cobra la renta desde que abrí la tienda',
        'me dijeron que si no les pago el viernes me levantan',
        'nos mandaron a decir que si no pagamos nos desaparecen',
      ],
      'harm-from-others',
    );
    expect.each(['el casero me cobra la renta el primero de mes', 'me cobran la renta y el agua aparte', 'si no pago a tiempo me quiebran los intereses'], 'none');
  });

  // languages/es/own-ideation-and-home-unbearable.ts (placeBarred): "ya no puedo" narrowed to a place the writer can no
  // longer reach is no hopelessness; "ya no puedo" alone or with "más" stays.
  it('GIVEN "ya no puedo" narrowed to reaching a place THEN not hopelessness; "ya no puedo" alone or with a wish THEN own risk', () => {
    expect.each(['ya no puedo llegar a la casa', 'ya no puedo pasar por la colonia', 'ya no puedo entrar al barrio', 'ya no puedo volver a mi pueblo'], 'none');
    expect.ownRisk(['ya no puedo', 'ya no puedo más, quiero desaparecer', 'ya no puedo salir de la casa, quiero morirme']);
  });

  // languages/es/verbs.ts: "romper" and "quebrar" conjugated, so "me rompió el celular" (harm-from-others.ts) reads at last.
  it('GIVEN someone breaking the writer\'s phone THEN harm; a phone that broke, the writer\'s own slip, a child at play THEN nothing', () => {
    expect.each(['mi novio me rompió el celular', 'mi esposo me rompe el teléfono cada vez que pelea', 'mi pareja me quebró el celular porque vio mis chats', 'el padrastro me rompió el teléfono para que no llame a nadie'], 'harm-from-others');
    expect.each(['se me rompió el celular', 'rompí el celular otra vez jaja', 'mi hermanito me rompió el celular jugando', 'me quiebro de risa con ese video'], 'none');
  });

  // languages/es/harm-from-others.ts (stalking): followed from a stop or a station, or an ex waiting for the writer day after day.
  it('GIVEN someone following the writer from a stop, or an ex waiting for them every day THEN harm; a follower online, a pet at home, an ex met once THEN nothing', () => {
    expect.each(['un tipo me sigue desde el metro', 'hay un señor que me viene siguiendo desde la parada', 'mi exnovio me está esperando afuera de la facultad cada día', 'mi ex me espera en la salida del trabajo todos los días'], 'harm-from-others');
    expect.each(['me sigue desde hace años en insta', 'mi perro me sigue desde la cocina', 'mi ex me espera el domingo para darme las cosas del niño'], 'none');
  });
});
