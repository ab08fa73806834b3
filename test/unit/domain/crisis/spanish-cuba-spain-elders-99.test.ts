import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/harm-shared-hidden-and-chased.ts, own-risk-said-in-spain-and-cuba.ts,
// others-found-marked-and-revived.ts, everyday-steps-away-and-perfect-blunders.ts, es/tokens.ts). Every line is
// written for the test in Cuban, Spanish or older Mexican wording; each family sits beside look-alikes that keep their route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads harm from others said the Cuban, Spanish and older Mexican way', () => {
  it('GIVEN blows to kin that reach the writer too, or blows for stepping in THEN it is harm from others; blows to kin alone stay theirs', () => {
    routes.each(
      [
        'mi padrastro le pega a mi hermana y a mi tambien',
        'mi viejo nos pega a mi madre y a mi cuando llega borracho',
        'mi padre me pega cuando la defiendo',
        'mi tío sigue golpeando a mi abuela y a mi si me meto',
      ],
      'harm-from-others',
    );
    routes.each(['mi padre le pega a la pelota y a mi me toca recogerla', 'mi padre le sigue pegando a mi madre'], 'someone-else');
  });

  it('GIVEN a message written in hiding from someone in the next room THEN it is harm from others; a job or a sleeping baby is none', () => {
    routes.each(
      [
        'no puedo hablar mucho, el esta aqui al lado',
        'no puedo escribir mucho que el esta despierto',
        'te escribo bajito porque el esta en casa',
        'escribo desde el baño que ella esta al lado',
      ],
      'harm-from-others',
    );
    routes.each(
      ['no puedo hablar mucho, estoy en el trabajo', 'no puedo hablar, el bebe esta dormido en la otra habitacion', 'te escribo bajito porque el bebe esta dormido'],
      'none',
    );
  });

  it('GIVEN the last time the other got angry or drank ended in hospital THEN it is harm from others; the writer\'s own mishap is none', () => {
    routes.each(
      [
        'me da miedo cuando bebe, la ultima vez que bebio acabe en el hospital',
        'la ultima vez que se enfado termine en urgencias con la muñeca rota',
        'no quiero que se entere, la ultima vez que se entero me llevaron a emergencias',
        'la ultima vez que discutimos acabe en la clinica',
      ],
      'harm-from-others',
    );
    routes.each(
      ['la ultima vez que comi mariscos acabe en urgencias', 'la ultima vez que jugue al futbol termine en el hospital', 'la ultima vez que fui al hospital fue por la gripe'],
      'none',
    );
  });

  it('GIVEN being followed by a car or a stranger on the way THEN it is harm from others; a follower online, a pet or bad luck is none', () => {
    routes.each(
      [
        'un coche me viene siguiendo desde la gasolinera',
        'un hombre me lleva siguiendo tres cuadras, que hago',
        'me van siguiendo en moto desde que sali del curro',
        'una furgoneta me esta siguiendo',
      ],
      'harm-from-others',
    );
    routes.each(['me lleva siguiendo en insta desde hace años', 'mi perro me va siguiendo por toda la casa', 'la mala suerte me viene siguiendo desde enero'], 'none');
  });

  it('GIVEN things thrown at the writer, a face threatened, Cuban "me pica" or a weapon in a threat THEN it is harm from others', () => {
    routes.each(
      [
        'unos niñatos me tiraron piedras al salir del metro',
        'me han lanzado botellas desde un coche',
        'mi ex dice que me va a reventar la boca',
        'si me vuelve a ver por aqui me raja',
        'el vecino me amenazo con una navaja',
      ],
      'harm-from-others',
    );
    routes.each(['en la boda nos tiraron arroz', 'este dolor me va a reventar la cabeza', 'me amenazo con no invitarme a su fiesta jaja'], 'none');
  });

  it('GIVEN shouting at the writer while throwing or breaking things THEN it is harm from others; laughter or a move is none', () => {
    routes.each(
      [
        'mi marido se pasa la noche gritandome y tirando platos',
        'mi hijo me sigue insultando y rompiendo cosas',
        'me estuvo gritando y aventando sillas toda la tarde',
        'mi padre anda gritandome y lanzando vasos',
      ],
      'harm-from-others',
    );
    routes.each(['el entrenador nos gritaba y tiraba balones', 'me estuve riendo y tirando cosas al rio', 'estuve gritando y tirando cosas viejas de la mudanza'], 'none');
  });
});

describe('the crisis screen reads own risk said the Cuban, Spanish and older Mexican way', () => {
  it('GIVEN the writer shut in a car in a garage with the engine on, or a bottle drunk with pills THEN it is imminent', () => {
    routes.each(
      [
        'estoy metido en el carro en la cochera con el motor prendido',
        'sentada dentro del coche en el garaje con el motor en marcha',
        'estoy encerrao en el carro en el garaje con el motor encendio',
        'me bebi una botella entera de vino con todas las pastillas',
        'me he bajado media botella de ron con los orfidales',
        'me he tomado media botella de whisky con un puñado de pastillas',
        'me he tomao toas las pastillas',
      ],
      'imminent',
    );
    routes.each(
      [
        'estoy sentado en el coche esperando a mi hermano',
        'el mecanico tiene el coche en el garaje con el motor abierto',
        'compre una botella de vino y las pastillas de la presion',
        'no mezcles vino con las pastillas',
        'llevo una botella de agua con las pastillas en la mochila',
      ],
      'none',
    );
  });

  it('GIVEN Spain\'s "perdonadme" beside a place or a means THEN it is imminent; an apology for being late or forgetful is none', () => {
    routes.each(['estoy en el puente, perdonadme', 'voy al puente ahora, perdonadme', 'tengo las pastillas aqui. perdonadme'], 'imminent');
    routes.each(['perdonadme por el retraso, el tren iba lleno', 'perdonadme, se me olvido el cumple de Ana', 'perdonadme que no conteste, estaba en el cine'], 'none');
  });

  it('GIVEN blows against a wall until the body shows it, or limbs full of cuts or fresh marks THEN it is own risk; a mishap or a cat is none', () => {
    routes.ownRisk([
      'me golpee contra la pared hasta que me sangraron los nudillos',
      'le doy a la pared hasta sangrar',
      'anoche me di contra el espejo hasta romperme la mano',
      'pego puñetazos a la pared hasta que se me hinchan las manos',
      'tengo los brazos llenos de cortes otra vez',
      'tengo el muslo lleno de marcas de esta semana',
      'llevo las muñecas llenas de marcas que me hago yo',
      'traigo el brazo lleno de cortaditas',
    ]);
    routes.each(
      [
        'me di contra la puerta sin querer',
        'le di a la pared con el martillo hasta que quedo el agujero',
        'la pelota dio contra la pared',
        'tengo el brazo lleno de picaduras de mosquito',
        'tengo los brazos llenos de marcas del gato',
      ],
      'none',
    );
  });

  it('GIVEN a thought said as serious, an accident fantasised, a wish kept up for days or a burden in the general "you" THEN it is own risk', () => {
    routes.ownRisk([
      'pienso en tirarme y lo digo en serio',
      'a veces pienso en matarme y lo pienso de verdad',
      'estoy pensando en tirarme y te lo digo de verdad',
      'fantaseo con que me pase un accidente',
      'sueño con tener un accidente de coche',
      'si me atropellara un coche me daria igual',
      'si me pasara algo mañana me daria igual',
      'llevo semanas queriendo desaparecer',
      'ando queriendo no despertar',
      'llevaba dias deseando no existir',
      'hay noches que sientes que sobras',
      'son esos momentos en que crees que no vales nada',
      'de esas rachas en las que piensas que estorbas a todos',
      'dias en los que sientes que eres una carga',
    ]);
    routes.each(
      [
        'pienso en tirarme a la piscina y lo digo en serio, que calor',
        'lo pienso de verdad, me compro la moto',
        'fantaseo con tener una casa en la playa',
        'si llueve mañana me da igual',
        'si me pasa algo en el viaje llamad a mi madre',
        'llevo dias queriendo desaparecer del grupo de whatsapp',
        'llevo semanas queriendo ir al cine',
        'hay dias que piensas que sobra comida',
        'hay noches que sientes que no duermes nada',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads someone else\'s crisis said the Cuban, Spanish and older Mexican way', () => {
  it('GIVEN someone found hanged or overdosed, or naloxone that had to be given THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        'a mi primo lo encontraron colgado en el garaje',
        'a la vecina la han encontrado ahorcada',
        'a mi ecobio lo hallaron en el parque con una sobredosis',
        'al chico del albergue le tuvimos que poner naloxona dos veces',
        'a mi compañero le tuvieron que dar naloxona anoche',
        'le han tenido que inyectar naloxona en la calle',
      ],
      'someone-else',
    );
    routes.each(
      [
        'lo encontraron en el cuarto con el movil',
        'los encontraron con una sorpresa en la puerta',
        'nos tuvieron que dar un curso de naloxona',
        'le tuvieron que poner puntos en la rodilla',
        'tuvimos que reponer la naloxona del botiquin',
      ],
      'none',
    );
  });

  it('GIVEN someone else\'s limbs full of cuts or fresh marks, or a child a relative "le hace cosas" to THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        'mi hija tiene los brazos llenos de cortes',
        'el chaval nuevo trae las muñecas llenas de marcas recientes',
        'la participante lleva las piernas llenas de cortadas',
        'la niña dice que el tio le hacia cosas cuando la cuidaba',
        'mi sobrina me dijo que su abuelo le hace tocamientos',
        'creo que el entrenador le hace cosas a mi hijo',
      ],
      'someone-else',
    );
    routes.each(
      [
        'mi hija tiene los brazos llenos de pintura',
        'el nene tiene las piernas llenas de picaduras',
        'tiene los brazos llenos de tatuajes',
        'su padrastro le hace la comida todos los dias',
        'mi tio le hace los deberes a mi primo',
        'el profe le hace caso a todos',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads everyday talk said the Spanish and older Mexican way', () => {
  it('GIVEN a mix-up told in the present perfect right after "me quiero morir" THEN it is none; a wish with no mix-up stays', () => {
    routes.each(
      [
        'me quiero morir, he puesto el sticker en el grupo equivocado',
        'jaja me quiero morir, le he dicho te quiero al jefe sin querer',
        'me quiero matar jaja, he reenviado el correo a todos por error',
        'me quiero morir, ya he contestado al cliente en vez de a mi compañera',
      ],
      'none',
    );
    routes.ownRisk(['me quiero morir, le he dicho a mi madre que la odio', 'me quiero morir, he pensado en hacerlo de verdad', 'me quiero morir en vez de seguir así']);
  });

  it('GIVEN "me quito de en medio" for a while THEN it is none; for good, or with no while, it stays own risk', () => {
    routes.each(
      [
        'me quito de en medio un rato, que tengo reunion',
        'esta tarde me quito de en medio unas horas para ir al dentista',
        'me quito de en medio un momento, vuelvo enseguida',
        'mañana me quito del medio un ratito, me cubre alguien?',
      ],
      'none',
    );
    routes.ownRisk(['mañana me quito de en medio', 'me quiero quitar de en medio para siempre', 'me quito de en medio y asi no molesto a nadie']);
  });

  it('GIVEN work tomorrow "igual" or "de todas formas" after a sigh THEN the time is carrying on, so possible; a time set for an act stays imminent', () => {
    routes.each(
      [
        'es mejor que me vaya de este mundo. mañana entro a la pincha de todas formas',
        'quiero quitarme de en medio. el lunes vuelvo al trabajo como siempre',
        'ojala no despertar. bueno, mañana voy a la oficina igual',
        'a veces quiero irme de este mundo. mañana tengo guardia de todas formas',
      ],
      'possible',
    );
    routes.each(['es mejor que me vaya de este mundo. mañana voy al puente', 'me quiero matar. mañana lo hago'], 'imminent');
  });

  it('GIVEN Spain\'s "mi madre" or "mi padre" who will kill the writer over a blunder THEN it is none; a partner or no blunder stays harm', () => {
    routes.each(
      [
        'mi madre me va a matar cuando vea que he roto el jarron',
        'mi padre me mata cuando vea la multa',
        'mi padre me va a matar cuando se entere de que he suspendido',
        'mi abuela me va a matar cuando vea que he perdido el movil',
      ],
      'none',
    );
    routes.each(['mi padre me va a matar si me ve con ella', 'mi novio me va a matar cuando vea las llaves'], 'harm-from-others');
  });

  it('GIVEN pills as stock to check or swallowed by a pet taken to the vet THEN it is none; pills gathered or taken by a friend keep their route', () => {
    routes.each(
      [
        'hay que revisar la caducidad de las pastillas del centro',
        'la perra se comió una pastilla que se me cayó, la llevé a la veterinaria',
        'quien se encarga de las pastillas de la casa de acogida?',
        'hacemos inventario de las pastillas el lunes',
      ],
      'none',
    );
    routes.each(['mi amiga se tomo todas las pastillas, la llevamos al hospital'], 'someone-else');
  });
});
