import { describe, expect as expectThat, it } from 'vitest';
import { screenWith } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('a fright given is no blow (languages/es/everyday-frights-critters-and-contests.ts `frightGiven`)', () => {
  it('GIVEN someone who "pega", "da" or "saca" a fright THEN nothing', () => {
    expect.each(
      [
        'mi abuelo me pega cada susto cuando sale de la cocina sin hacer ruido',
        'la niña me sacó tremendo susto, se escondió en el clóset toda la tarde',
        'mi hermano siempre me da unos sustotes con sus máscaras de halloween',
        'ay no, mi jefa me pegó un sustazo, entró a la oficina gritando que ya llegó la auditoría',
      ],
      'none',
    );
  });

  it('GIVEN the same verbs as blows THEN harm from others', () => {
    expect.each(['mi padrastro me pega cuando llega borracho', 'mi esposo me dio una cachetada delante de los niños', 'mi novio me pegó y me dejó un moretón en el brazo'], 'harm-from-others');
  });
});

describe('an animal is no doer of harm (`critterAsDoer`, little-doer.ts)', () => {
  it('GIVEN an animal, or a dog of the neighbour or the street, that follows, bites or keeps the writer up THEN nothing', () => {
    expect.each(
      [
        'el perro de la vecina me persigue cada mañana cuando voy por el pan',
        'los zancudos no me dejan dormir, ya compré otro repelente',
        'el gallo del vecino no me deja dormir desde las cuatro',
        'unos perros callejeros me siguieron hasta la parada del camión, qué miedo jaja',
      ],
      'none',
    );
  });

  it('GIVEN a person, or an animal\'s name said as an insult of one, doing the same THEN harm from others', () => {
    expect.each(['el perro de mi ex me sigue a todos lados', 'mi ex no me deja dormir, me marca toda la noche', 'mi ex me sigue a todas partes, ya no sé qué hacer'], 'harm-from-others');
  });
});

describe('a team out of a cup did not die (`diedInAContest`)', () => {
  it('GIVEN a team that "se murió" in a cup, a round or on penalties THEN nothing', () => {
    expect.each(['el América se murió en cuartos como cada torneo', 'las Chivas murieron en la liguilla otra vez, qué coraje', 'mi equipo se murió en penales, no tengo palabras', 'el Madrid ya se murió desde octavos'], 'none');
  });

  it('GIVEN a person who died THEN someone else', () => {
    expect.each(['mi primo intentó ahorcarse en el penal, nos avisaron hoy', 'un compa del grupo se murió ayer de sobredosis', 'el chavo del programa se mató anoche'], 'someone-else');
  });
});

describe('a threat of a treat is teasing (`threatOfATreat`)', () => {
  it('GIVEN a relative who "threatens" to sing, cook or bring music THEN nothing', () => {
    expect.each(
      ['mi tía amenaza con cantar en la boda, ya están advertidos', 'mi abuela amenazó con traernos tamales otra vez, ya no cabe nada en el refri', 'mi compadre nos amenazó con poner cumbias toda la noche', 'la jefa amenazó con cocinar para el convivio de fin de año'],
      'none',
    );
  });

  it('GIVEN a threat of a weapon, a visit or pictures THEN harm from others', () => {
    expect.each(['mi cuñado nos amenazó con traer su pistola a la posada', 'mi ex me amenazó con subir fotos mías', 'mi ex me amenazó con quitarme a los niños'], 'harm-from-others');
  });
});

describe('everything checked is the writer\'s cooking or writing, not their phone (`craftChecked`)', () => {
  it('GIVEN "me checa todo lo que cocino/escribo" THEN nothing', () => {
    expect.each(['mi suegra me revisa todo lo que guiso, nunca le gusta', 'mi mamá me checa todo lo que escribo para la escuela', 'la maestra me revisa todo lo que dibujo, es bien exigente'], 'none');
  });

  it('GIVEN the phone or the spending checked THEN harm from others', () => {
    expect.each(['mi novio me revisa todo, los chats y las llamadas', 'mi esposo me checa el celular todas las noches', 'mi pareja me revisa todo y no me deja ver a mis amigas'], 'harm-from-others');
  });
});

describe('a restriction told is no despair (`restrictionTold`)', () => {
  it('GIVEN "ya no puedo ni X sin" someone\'s permission or watch, beside a partner\'s control THEN harm from others', () => {
    expect.each(
      [
        'mi esposo me rastrea el celular, ya no puedo ni ir a la tienda sin avisarle',
        'mi novia me checa la ubicación todo el día, ya no puedo ni salir con mis amigas sin que me esté marcando',
        'mi pareja me vigila, ya no puedo ni bañarme sin pedirle permiso',
        'mi novio me revisa el cel y ya no puedo ni ver a mi familia sin que se enoje',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN "ya no puedo" as despair THEN possible', () => {
    expect.each(['ya no puedo más, estoy cansada de todo', 'ya no puedo, nada tiene sentido', 'ya no puedo ni levantarme de la cama, nada tiene sentido'], 'possible');
  });
});

describe('a threat passed on as said, to the writer\'s household or home (languages/es/threats-passed-on-and-notes-left.ts)', () => {
  it('GIVEN someone saying they will burn, shoot or take the writer\'s household THEN harm from others', () => {
    expect.each(
      [
        'los vecinos andan diciendo que nos van a quemar la casa si seguimos reportando',
        'el de la tienda le dijo a mi hermano que nos va a balacear el negocio',
        'dicen que nos van a madrear si no pagamos la cuota',
        'el ex de mi hermana grito que nos va a matar a todos',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN the same words of a dinner, the sun or a plan THEN nothing', () => {
    expect.each(['mi hijo dijo que nos va a hacer de cenar hoy', 'el del clima dijo que el sol nos va a quemar si no usamos bloqueador', 'mi papá dice que nos va a llevar a la playa en vacaciones'], 'none');
  });
});

describe('someone else\'s note of farewell (`other-disclosure`)', () => {
  it('GIVEN a third person who left a note or a letter saying goodbye or that they could not go on THEN someone else', () => {
    expect.each(
      [
        'el muchacho del albergue se fue y dejó una nota que decía que ya no podía',
        'mi prima dejó una carta diciendo que la perdonaran, no la encontramos',
        'un participante dejó un recado en recepción donde decía que se despedía de todos',
        'su hijo dejó escrita una carta diciendo que no lo buscaran',
      ],
      'someone-else',
    );
  });

  it('GIVEN a note of an errand or a nuisance THEN nothing', () => {
    expect.each(['mi roomie dejó una nota diciendo que compráramos leche', 'la vecina dejó un recado diciendo que ya no aguantaba el ruido de la fiesta', 'mi jefa dejó una nota en el escritorio diciendo que la junta se movió al jueves'], 'none');
  });
});

// kin-helps-out.ts: nothing is read, and the learned opinion, which reads "me espera" and "me revisa" as stalking and control, is told so.
describe('a relative waiting for an errand, or schoolwork checked, is help (kin-helps-out.ts)', () => {
  const explained = (text: string) => screenWith(text, { second: null }).concepts.includes('going-explained');

  it('GIVEN a relative waiting at a station or to take the writer somewhere, or someone checking their homework THEN nothing, and the learned opinion is told', () => {
    for (const text of [
      'mi tía me espera en la central a las 8 y de ahí nos vamos a la clínica',
      'mi abuelo me recoge afuera de la escuela para ir al súper los sábados',
      'mi hermana me corrige los ensayos de la prepa, le debo una',
      'mi hijo va a pasar por mí al trabajo para cenar con su novia',
    ]) {
      expectThat(explained(text), text).toBe(true);
      expectThat(patternRouteOf(text), text).toBe('none');
    }
  });

  it('GIVEN an ex or a partner waiting outside, or a relative waiting with a threat THEN not told so', () => {
    for (const text of ['mi ex me espera afuera del trabajo todos los días', 'mi novio me espera en la parada y me revisa el celular', 'el vato ese me espera afuera de la escuela, me da miedo']) expectThat(explained(text), text).toBe(false);
    expect.each(['mi padrastro me espera afuera de la escuela y me dice que me va a matar'], 'harm-from-others');
  });
});

describe('a service named by the violence it serves is no harm told (`serviceNamedByViolence`)', () => {
  it('GIVEN a line, a shelter or a programme named by domestic violence THEN nothing', () => {
    expect.each(
      [
        '¿alguien tiene el número de la línea de violencia doméstica de Texas? es para el folleto',
        'el refugio para violencia familiar de la ciudad ya no tiene camas, a dónde mandamos a la gente',
        'mañana viene una señora del programa contra la violencia de género a dar la plática',
        'voy a llamar a la fiscalía de violencia intrafamiliar para preguntar horarios de atención',
      ],
      'none',
    );
  });

  it('GIVEN the violence told as the writer\'s THEN harm from others', () => {
    expect.each(['mi esposo me pega, es violencia doméstica verdad?', 'sufro violencia doméstica y no sé a quién llamar', 'la línea se cortó y mi esposo me pegó'], 'harm-from-others');
  });
});
