import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/imminent-found-and-warned.ts). Every line is written for the test in several regions' wording;
// each family sits beside everyday talk in the same words that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish preparations for being found as imminent', () => {
  it('GIVEN a door left open so no one has to break it when they find the writer THEN it is imminent; a door left open for a pet or a guest is no alarm', () => {
    routes.each(
      [
        'dejé la puerta sin seguro pa que no tengan que tumbarla cuando me encuentren',
        'wey ya dejé la puerta abierta para que me encuentren rápido',
        'dejo la puerta junta pa que me hallen sin tener que romperla',
        'para que no tengas que forzar la puerta cuando me encuentres, te dejé la llave abajo',
      ],
      'imminent',
    );
    routes.each(
      [
        'dejé la puerta abierta pa que entre el gato',
        'dejo la puerta sin llave para que entre mi primo, llega tarde',
        'cuando me encuentren las llaves me avisan porfa',
      ],
      'none',
    );
  });

  it('GIVEN the writer telling someone near not to go into the bathroom or the room and to call someone first THEN it is imminent; a plumber or someone else\'s warning is no alarm', () => {
    routes.each(
      [
        'ya le dije a mi compañero de cuarto que mañana no entre al baño, que llame a alguien primero',
        'le pedí a mi hermana que no entre a mi cuarto en la mañana, que llame a la policía primero',
        'bro le avisé a mi roomie que no abra el baño, mejor que llame al 911 antes',
      ],
      'imminent',
    );
    routes.each(
      [
        'le dije a mi compañero que no entre al baño que está tapado, que llame al plomero',
        'mi compañera de cuarto me dijo que no entre al baño, que llame a alguien primero porque hay una rata',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads a Spanish going told apart from an everyday one as imminent', () => {
  it('GIVEN a job, a move or a trip denied and a going from everything or for good left THEN it is imminent; a going somewhere named stays quiet', () => {
    routes.each(
      [
        'le dejé mi renuncia a la jefa. no es que me vaya a otro trabajo, es que hoy me voy de todo',
        'no es que me mude, es que me voy para siempre',
        'no es q me cambie de chamba, sino q ya me voy de este mundo',
        'parce no es que me vaya de viaje, es que esta noche me voy de todo',
      ],
      'imminent',
    );
    routes.each(
      [
        'no es que me vaya a otro trabajo, es que me voy a vivir con mi novio',
        'dejé mi renuncia. no es que me vaya a otra empresa, es que me voy a estudiar',
        'ya me voy de todo el chat de la prepa, puro meme',
      ],
      'none',
    );
  });
});
