import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// Families read after the fortieth fresh batch (branch t-es40; languages/es/imminent-sent-and-shut.ts, harm-followed-and-doubted.ts,
// others-revived-and-controlled.ts), each in wordings the development files do not hold, beside look-alikes that stay quiet.
describe('the crisis screen reads Spanish imminent risk said through what is done or set', () => {
  it('GIVEN letters written, goodbye mails sent, a ticket to the bridge, a car in a shut garage, the last time connected, the end made sure of, a cut deeper than ever THEN imminent; a letter of recommendation, a fishing trip, a warming engine, a diet THEN nothing', () => {
    expectRoutes(
      [
        'ya he dejado las cartas encima de la cama, hoy en la noche es cuando',
        'mandé los correos de despedida a mis hermanos, para cuando los lean ya no voy a estar',
        'compré el boleto del micro pa ir al viaducto, mañana voy y no regreso',
        'estoy metido en el coche con el garaje cerrado, el motor prendido, no voy a bajar',
        'bueno gente esta es la ultima vez que me meto al grupo, ya dejé pagado el alquiler y la gata con mi vecina',
        'hoy me acuesto y no despierto, ya me aseguré de que nadie me encuentre',
        'me volví a cortar y fue más profundo que otras veces, no sé si ir al hospital o dejar que sangre',
        'me he tragado lo que quedaba de las pastillas de mi abuela, todas',
        'compré la soga y no es pa tender ropa, lo hago el domingo',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'ya he escrito las cartas de recomendación para mis alumnos, mañana las entrego',
        'compré el boleto del bus pa ir al puente de la playa a pescar con mi papá el domingo',
        'el carro está en el garaje con la puerta abierta calentando el motor',
        'no me voy a echar para atrás con la dieta esta vez, el lunes empiezo',
        'compré una cuerda pa la mudanza del sábado',
      ],
      'none',
    );
    expectRoutes(
      [
        'un cliente del taller sabe dónde estudio y nunca le dije, me da miedo',
        'mi ex me pasó una foto de mi moto estacionada afuera de mi trabajo, nunca le conté dónde chambeo',
      ],
      'harm-from-others',
    );
  });
});

describe('the crisis screen reads Spanish harm told through being found, followed and doubted', () => {
  it('GIVEN someone who knows where the writer studies untold, a photo of her moto, an app on the phone, followed home, threats sent, things hidden, eggs thrown, an uncle touching THEN harm; a mother asking, a photo of a new house from a friend, a turn at work THEN nothing', () => {
    expectRoutes(
      [
        'mi novio me puso una app en el cel para saber dónde ando todo el tiempo',
        'un señor del barrio me ha seguido tres noches hasta la parada',
        'mi suegra sigue apareciendo en mi trabajo y me sigue mandando amenazas',
        'mi marido me esconde las llaves y los papeles y dice que yo los pierdo',
        'los del edificio me aventaron huevos y basura a la puerta otra vez',
        'mi tío me está tocando cuando mi mamá se va a trabajar',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'mi mamá me pregunta dónde ando cada vez que salgo',
        'mi amiga me mandó una foto de mi casa nueva desde la calle, quedó bonita',
        'me toca el turno de la noche otra vez',
      ],
      'none',
    );
    expectRoutes(
      [
        'en el refugio tuvimos que aplicarle naloxona a una señora en la entrada',
        'a mi primo lo reanimaron en la fiesta, se le pasó la mano con las pepas',
      ],
      'someone-else',
    );
  });
});

describe('the crisis screen reads Spanish crisis of someone else told from beside it', () => {
  it('GIVEN naloxone put in, someone revived, a goodbye audio and silence, a husband who watches her, a threat with a knife, a nephew threatened at school THEN someone else; a naloxone training, salt, rain, a trip, a dog THEN nothing', () => {
    expectRoutes(
      [
        'mi compa me mandó un audio diciendo adiós y ya no responde',
        'la vecina dice que su marido la vigila y le rompió el celular',
        'una señora del grupo contó que el esposo la amenaza con el cuchillo',
        'mi sobrino dice que en la escuela lo amenazan unos chavos de tercero',
      ],
      'someone-else',
    );
    expectRoutes(
      [
        'en el taller de naloxona practicamos cómo aplicarle narcan a un maniquí',
        'se me pasó la mano con la sal en la sopa jaja',
        'la amenaza de lluvia nos arruinó el paseo',
        'mi hermana me mandó un mensaje diciendo adiós porque se va de viaje a chile',
        'mi perra la sigue a todos lados a mi hija',
      ],
      'none',
    );
  });
});
