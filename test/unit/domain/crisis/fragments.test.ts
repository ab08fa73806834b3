import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so the reading of fragments (fragments.ts) is proven by itself and not by the learned opinion. Every
// line is written for the test: own risk said in bare pieces, each harmless alone, beside everyday messages in fragments
// of the same shape that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads a message of bare fragments as one sentence', () => {
  it('GIVEN a place, a means or a thing taken beside another bare sign THEN it is imminent', () => {
    routes.each(
      [
        'the roof. now. sorry',
        'tracks. tonight. love you all',
        'overpass. rn',
        'took them all. i am scared',
        'engine running. garage. forgive me',
        'knot tied. phone off',
        'pills. all of them. now',
        'overpass / going over / tell mom i love her',
        'el río. ahorita. no lloren',
        'el frasco entero. ya. tengo miedo',
        'la cochera. el carro prendido. perdón',
        'las vías. hoy. los quiero mucho',
      ],
      'imminent',
    );
  });
  it('GIVEN a plan or a goodbye beside a time that refers back, or not coming back beside a goodbye THEN it is imminent', () => {
    routes.each(
      [
        'decided. tonight',
        'mind made up. today is the day',
        'mind made up. after everyone is asleep',
        'sunday. before anyone is up. decided',
        'not coming home. sorry',
        'thanks for everything. it is tonight',
        'lo siento. cuando todos se duerman',
        'ya está decidido. esta noche',
        'gracias por todo. es hoy',
        'adiós. ya no vuelvo',
        'ya me voy. para siempre. perdón',
      ],
      'imminent',
    );
  });
  it('GIVEN everyday messages in fragments, with a piece that names anything else THEN they are not a crisis', () => {
    routes.each(
      [
        'tonight. tacos. your place?',
        'finished. sent it off. going to sleep',
        'roof leaking. calling the landlord',
        'garage sale. saturday. 8am',
        'bridge closed. detour via 5th',
        'pills. milk. bread. eggs',
        'sorry. running late. 10 min',
        'decided. the blue one',
        'tonight. the river. 8pm',
        'listo. mañana. en la oficina',
        'perdón. hoy no puedo. el viernes?',
        'ya. hoy. a las 5 en la plaza',
        'el puente cerrado. me voy por la otra calle',
        'bye. see you monday',
        'decided. tonight?',
        'took them. thanks',
        'garage. car running. warming it up',
        'me voy. mañana. a las 7',
        'not coming home tonight. sorry',
        'its tonight. so excited',
        'te quiero. para siempre',
        'took them all. the kids i mean. to the park',
      ],
      'none',
    );
  });
  it('GIVEN a bare goodbye, or a bare place, beside a time alone THEN it stays quiet (a meeting)', () => {
    routes.each(['bye. tonight', 'adiós. mañana', 'sorry. today', 'tonight. now', 'the lake. tomorrow', 'el río. mañana', 'la azotea. esta noche. fiesta'], 'none');
  });
});
