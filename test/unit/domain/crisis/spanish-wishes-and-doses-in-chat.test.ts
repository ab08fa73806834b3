import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-quiet-es, es/wishes-and-doses-in-chat.ts): Spanish own risk typed loosely in chat, beside
// everyday look-alikes in the same shapes. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('pills taken with how many or how much, said loosely after the taking', () => {
  it('GIVEN a count, "todas" after a comma, a whole bottle, or the body feeling it THEN it is imminent', () => {
    routes.each(
      [
        'ya tomé como 20 de las de mi tía, ahora a dormir',
        'me tomé las de dormir de mi abuelo, todas',
        'me tragué el frasco de sertralina entero',
        'acabo de tomarme las pastillas de mi papá como 40',
        'me tome las pastillas hace un rato y ya me siento mareada',
      ],
      'imminent',
    );
  });
  it('GIVEN photos counted, a syrup bottle for a cough, or the day\'s pill felt THEN it stays quiet', () => {
    routes.each(
      [
        'tome como 20 fotos de las de la boda',
        'me tomé el frasco de jarabe completo para la tos',
        'me tomé la pastilla de la presión y ya me siento mareada, le voy a decir al doctor',
      ],
      'none',
    );
  });
});

describe('passive wishes said in chat', () => {
  it('GIVEN God asked not to let the writer wake, death preferred, no reason to live, an accident wished, one too many THEN it is own risk', () => {
    routes.ownRisk([
      'le rezo a Dios que no me deje despertar',
      'le pido a Diosito cada noche que no me despierte',
      'prefiero estar muerto que seguir en esta casa',
      'quisiera dejar de existir',
      'sería mejor dejar de respirar y ya',
      'ya no encuentro motivos para seguir viviendo',
      'ojalá me atropelle un camión de camino al trabajo',
      'ojalá un carro me lleve y ya',
      'siento que estoy de más en este mundo',
      'ya cumplí mi tiempo en este mundo',
    ]);
  });
  it('GIVEN prayers for strength, a preference for being alone, quitting smoking, a parcel, a meeting or a job served THEN it stays quiet', () => {
    routes.each(
      [
        'le pido a Dios que no me deje sola en esto',
        'le pido a Dios que me dé fuerzas para seguir',
        'prefiero estar sola que mal acompañada',
        'quiero dejar de fumar',
        'ojalá me llegue el paquete hoy',
        'estoy de más en esta reunión jaja',
        'ya cumplí mi tiempo en la empresa, me voy a otra',
      ],
      'none',
    );
  });
});
