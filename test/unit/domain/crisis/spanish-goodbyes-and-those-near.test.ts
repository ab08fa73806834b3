import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by the language files (languages/es/imminent-goodbyes-and-means.ts,
// others-told-by-those-near.ts) and not by the learned opinion. Every line is written for the test, in several regions'
// wording, and each family sits beside everyday look-alikes of the same shape that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish imminent risk told through goodbyes, means kept and leavings denied', () => {
  it('GIVEN what is needed kept somewhere beside the act THEN it is imminent; a cake and a party stay quiet', () => {
    routes.each(['ya consegui lo que necesito, lo tengo escondido en el ropero, esta noche lo hago, no me busquen'], 'imminent');
    routes.each(['ya tengo lo que necesito para el pastel, el sabado lo hago', 'ya compre lo que voy a usar para la fiesta, el viernes la hago'], 'none');
  });
  it('GIVEN a goodbye that was the last, or things never needed again THEN it is imminent; a move abroad stays quiet', () => {
    routes.each(['hoy abrace a mi hermano sin decirle nada, fue la ultima vez que me va a ver'], 'imminent');
    routes.each(['me despedi de mi mama en el aeropuerto, fue la ultima vez que me va a ver antes de irme a espana', 'deje las llaves de la oficina, a partir de hoy ya no estoy en la empresa, renuncie'], 'none');
  });
  it('GIVEN the leaving denied as a trip with a nod, or joining the dead or God THEN it is imminent; a new job stays quiet', () => {
    routes.each(
      ['regale mis tenis y el celular, el viernes me voy y no de paseo ya saben', 'murio mi hermano y esta noche me voy con el, ya tengo todo listo'],
      'imminent',
    );
    routes.each(['el lunes me voy y no de vacaciones, me cambio de chamba', 'por fin me voy de vacaciones tranquila', 'mi mama se fue a mexico y hoy me voy con ella, ya tengo todo listo'], 'none');
  });
  it('GIVEN the means ready or pills gathered by their use beside an end THEN it is imminent; a vaccine and a toast stay quiet', () => {
    routes.each(['ya tengo la jeringa preparada y no es pa drogarme, es pa no despertar', 'ya junte las del corazon de mi abuelo y las mias, hoy se acaba todo'], 'imminent');
    routes.each(['la jeringa ya esta lista para la vacuna del perro', 'el vaso ya esta servido, salud', 'ya junte las de la presion para llevarselas a mi abuela'], 'none');
  });
  it('GIVEN a pet given a new owner and nothing left holding the writer THEN it is imminent; a pet rehomed for a move stays quiet', () => {
    routes.each(['ya le encontre casa a mi gato, despues de eso no me queda nada que me ate a este mundo'], 'imminent');
    routes.each(['ya le busque dueno a la perrita porque me mudo a un depa donde no aceptan perros'], 'none');
  });
});

describe('the crisis screen reads someone else\'s crisis told by those near them in Spanish', () => {
  it('GIVEN a relative\'s words reported or letting themselves die THEN it is someone else\'s; a haircut and bitter pills stay quiet', () => {
    routes.each(['mi papa repite que pa que sigue viviendo si ya nadie lo necesita', 'mi abuela dice que se quiere dejar morir, ya no come'], 'someone-else');
    routes.each(['mi mama dice que se va a dejar el pelo largo', 'mi abuelito no quiere tomar sus medicinas porque le saben feo'], 'none');
  });
  it('GIVEN an act done on purpose, a fall with its outcome, or self-harm confessed THEN it is someone else\'s', () => {
    routes.each(
      [
        'una companera se enveneno a proposito el domingo, sigue en el hospital',
        'el hijo de mi vecina se avento del puente anoche, esta en terapia intensiva',
        'mi sobrina me conto que se corta a escondidas',
      ],
      'someone-else',
    );
    routes.each(['me dijo que se corta las unas a escondidas'], 'none');
  });
  it('GIVEN goodbyes before going missing, talk of not being here, letters written THEN it is someone else\'s; a move stays quiet', () => {
    routes.each(
      [
        'mi tio se despidio de sus hijos y ahora no contesta, ya llamamos a la policia',
        'el senor de la visita estuvo hablando de quitarse la vida toda la manana',
        'la paciente ya escribio sus cartas de despedida y dice que esta lista',
      ],
      'someone-else',
    );
    routes.each(['mi vecina se despidio de su familia y se va a vivir a mexico'], 'none');
  });
  it('GIVEN a peer from the writer\'s workshop THEN the workshop is no training talk; a lesson about the workshop still is', () => {
    routes.each(['un chavo del taller me mostro sus cortadas, son de anoche'], 'someone-else');
    routes.each(['en el taller de prevencion hablamos de como preguntar por ideas de suicidio'], 'none');
  });
  it('GIVEN means bought, someone up high now, an elder\'s card held THEN it is someone else\'s', () => {
    routes.each(
      [
        'mi compa me dijo que ya consiguio lo que va a usar y que no le cuente a nadie',
        'mi hermano esta en la azotea del edificio ahorita y no se quiere bajar',
        'el nieto le quita la tarjeta a la senora y no la deja comprar sus medicinas',
      ],
      'someone-else',
    );
  });
});
