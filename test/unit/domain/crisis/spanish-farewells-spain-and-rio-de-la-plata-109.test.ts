import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by languages/es/imminent-farewells-in-spain-and-rio-de-la-plata.ts, not by the
// learned opinion. Every line is written for the test, in Spain's and the Río de la Plata's wording.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish farewells said in Spain and the Río de la Plata', () => {
  it('GIVEN an absence said with "no me vais a ver más" beside the writer\'s traces deleted THEN it is imminent', () => {
    routes.each(['ya no me vais a ver nunca, borre mis fotos y mis redes', 'no me vais a ver mas, he borrado casi todo. gracias por todo', 'no me vas a ver mas, ya elimine mis cuentas', 'no me volvereis a ver mas, he borrado todas mis fotos'], 'imminent');
  });
  it('GIVEN an absence explained by a shift or deletions of work files THEN it stays quiet', () => {
    routes.each(['no me vais a ver mas en el turno de noche, me pasaron a manana, que alegria', 'he borrado casi todo el correo de spam', 'no me vais a ver mas por aqui hasta septiembre, me voy de erasmus'], 'none');
  });
  it('GIVEN a message for whoever reads it later beside thanks, love or an apology THEN it is imminent', () => {
    routes.each(['si alguien lee esto manana, gracias por todo lo que me dieron', 'si alguno lee esto despues, los quiero mucho', 'si alguien ve esto mas tarde, perdon por todo', 'si alguien lee esto manana, fueron los mejores anos de mi vida, gracias por tanto'], 'imminent');
  });
  it('GIVEN a message for whoever reads it later about work THEN it stays quiet', () => {
    routes.each(['si alguien lee esto manana, avisad al coordinador que llego tarde', 'si alguien lee esto mas tarde, el taller se pasa al jueves', 'si alguien lee esto despues, me pasais el informe?'], 'none');
  });
  it('GIVEN a call made only to say "te quiero" beside own risk THEN it is imminent', () => {
    routes.each(['no quiero seguir viviendo. llame a mi abuela para decirle que la quiero', 'estoy harta de vivir, hable con mis viejos para decirles que los quiero', 'me quiero matar. escribi a mi hermana para decirle que la amo', 'ojala no despertar. llame a mi vieja para decirle que la quiero'], 'imminent');
  });
  it('GIVEN a call to say "te quiero" on a birthday or a holiday THEN it stays quiet', () => {
    routes.each(['llame a mi abuela para decirle que la quiero, hoy cumple 90', 'devolvi los libros a la biblio y llame a mi vieja para decirle que la quiero, feliz dia de la madre', 'escribi a mi hermano para decirle que lo quiero, que le vaya bien en el examen'], 'none');
  });
  it('GIVEN "la última vez que me ves" quoted from someone close THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        'mi vieja me dijo "es la ultima vez que me ves" y colgo, no atiende',
        'un usuario se despidio: "esta es la ultima vez que me veis", y se fue corriendo',
        'mi prima dijo "sera la ultima vez que me ven" y apago el celu',
        'mi novio me escribio "esta es la ultima vez que me vas a ver" y no contesta',
      ],
      'someone-else',
    );
  });
  it('GIVEN "la última vez que me ves" said of a haircut, a shift or a scolding THEN it stays quiet', () => {
    routes.each(['esta es la ultima vez que me ves con el pelo largo jaja', 'esta es la ultima vez que me ves en este turno, me paso a manana', 'mi jefa dijo "es la ultima vez que me ves llegar tarde"'], 'none');
  });
});
