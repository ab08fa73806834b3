import { describe, expect as expectThat, it } from 'vitest';
import { screenWith } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-es89): Spanish families read after the eighty-ninth fresh batch (a team chat and check-in replies
// from Colombia, Peru, Chile, Spain and the US), beside look-alikes in the same shapes. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('cruelty said to the writer (es/harm-told-to-die.ts)', () => {
  it('GIVEN a relative, an ex or a crowd telling the writer they should have died, should die or are a burden THEN it is harm from others', () => {
    routes.each(
      [
        'mi papá me repite que ojalá me hubiera muerto en el parto',
        'mi ex me dijo que mejor me matara',
        'mi suegra dice que ojalá me muera pronto pa quedarse con la casa',
        'en el salón me dicen que me mate, todos los días',
        'mi padrastro me dice que soy un estorbo y que me largue',
      ],
      'harm-from-others',
    );
  });
  it('GIVEN the same cruelty quoted in the teller\'s own words to "tú" THEN it is harm from others', () => {
    routes.each(
      [
        "mi abuela me gritó 'ojalá te hubieras muerto tú y no tu prima'",
        "mi novio me dice 'mátate de una vez'",
        'mi papá me dijo: no debiste nacer',
        "en el grupo de la prepa me mandan 'muérete'",
      ],
      'harm-from-others',
    );
    routes.each(["mi compa me dijo 'te mata de risa este meme'", "mi tía me escribió 'ojalá te mejores pronto'", "mi jefa me dijo 'tómate el día'"], 'none');
  });
  it('GIVEN the words taken up with a means beside them THEN they are the writer\'s own too', () => {
    routes.each(['mi papá me dijo que ojalá me hubiera muerto y ya tengo las pastillas en la mano'], 'imminent');
  });
  it('GIVEN the writer\'s own head telling it, advice about the writer\'s thoughts, or someone else\'s wish reported THEN it is not read as harm', () => {
    routes.ownRisk(['mi mente me dice que me mate y no la puedo callar']);
    routes.each(['mi hermana me dijo que ojalá me vaya bien en la entrevista', 'mi mamá me dijo que me muero de hambre si no desayuno'], 'none');
    routes.each(['mi vecina dice que se quiere morir desde que perdió al bebé'], 'someone-else');
  });
});

describe('one of the served, named in the plural, who wrote to the writer', () => {
  it('GIVEN "uno de los participantes / una de las pacientes me escribió" and their quoted words THEN they are someone else\'s', () => {
    routes.each(
      [
        "uno de los clientes me mandó 'ya no aguanto, me voy a matar' anoche",
        "una de las pacientes me escribió 'ya no quiero vivir' y no sé qué responder",
        "uno de los usuarios me dijo 'mañana me tiro del puente'",
        "una de las residentes me puso 'perdón por todo' y apagó el celular",
      ],
      'someone-else',
    );
  });
  it('GIVEN the served named in the plural with everyday quoted words THEN it stays quiet', () => {
    routes.each(
      [
        "uno de los participantes me escribió 'me muero de risa con el video' jaja",
        "una de las clientas me mandó 'gracias por la cita, nos vemos el martes'",
        "los pacientes me dijeron 'qué rico el café' en la junta",
      ],
      'none',
    );
  });
});

describe('someone else\'s quoted last day beside nobody knowing where they are', () => {
  it('GIVEN a third person who posted "hoy es mi último día" or "mi última noche" and no news of them since THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        "mi primo puso en su estado 'hoy es mi último día' y nadie sabe nada de él",
        "la muchacha del albergue escribió 'esta es mi última noche' y no sabemos dónde anda",
        "un compa del grupo puso 'mañana es mi último día'. nadie sabe nada de él desde el sábado",
        "mi sobrina escribió 'hoy es mi último día' y ya no contesta",
      ],
      'someone-else',
    );
  });
  it('GIVEN a last day at work with a party, or nobody knowing of someone with no goodbye THEN it stays quiet', () => {
    routes.each(
      [
        "mi compañera puso 'hoy es mi último día' en el grupo de la oficina y le hicimos pastel",
        'nadie sabe nada de él desde el lunes, seguro se fue de vacaciones',
        "mi jefe puso 'mañana es mi último día antes de vacaciones' y nos pidió los reportes",
      ],
      'none',
    );
  });
});

describe('someone else who says they have lived enough and will stop eating or taking their medicines (es/others-done-with-living.ts)', () => {
  it('GIVEN lived enough beside refusing food, medicines or treatment THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        'mi abuela dice que ya vivió bastante y que no se va a tomar sus pastillas',
        'don Pedro repite que va a dejar de comer porque ya vivió suficiente',
        'mi tío dice que ya ha vivido demasiado, que va a dejar la diálisis',
        'la señora de la ruta dice que ya vivió lo suficiente y ya no quiere comer',
      ],
      'someone-else',
    );
  });
  it('GIVEN lived enough somewhere, or a diet THEN it stays quiet', () => {
    routes.each(
      [
        'mi abuelo dice que ya vivió suficiente en la ciudad y se regresa al pueblo',
        'mi hija dice que va a dejar de comer pan por la dieta',
        'vivió bastante tiempo en Lima antes de venirse para acá',
      ],
      'none',
    );
  });
});

describe('a sleep with no waking wished in the imperfect or subjunctive, weighed as a relief (es/own-sleep-wished-as-relief.ts)', () => {
  it('GIVEN "si me dormía / durmiera y no despertaba / despertara" weighed as a relief or better THEN it is own risk', () => {
    routes.ownRisk([
      'a veces pienso que si me durmiera y no despertara sería lo mejor',
      'anoche pensé que si me dormía y no despertaba estaría todo en paz',
      'si me quedara dormida y no amaneciera sería un descanso',
      'la verdad si me acostaba y no volvía a despertar no me importaría',
    ]);
  });
  it('GIVEN the same shape told as a habit or a mishap THEN it stays quiet', () => {
    routes.each(
      [
        'de chica si me dormía y no despertaba a tiempo perdía el bus',
        'si me quedaba dormido y no despertaba con la alarma mi mamá me regañaba',
        'si me durmiera temprano sería mejor para el turno de mañana',
      ],
      'none',
    );
  });
});

describe('prescribed doses no longer taken and kept, all of them (es/imminent-doses-withheld.ts)', () => {
  it('GIVEN the medicine stopped and a pronoun for it kept "toda" or "todas" THEN it is imminent', () => {
    routes.each(
      [
        'ya no me tomo las pastillas, las estoy juntando todas',
        'dejé de tomarme la medicación y la voy guardando toda',
        'no me he tomado mis medicinas en semanas, las he estado juntando todas',
        'ya no me tomo la quetiapina, la estoy acumulando toda',
      ],
      'imminent',
    );
  });
  it('GIVEN a dose moved to tomorrow, or medicine kept in its place THEN it stays quiet', () => {
    routes.each(
      [
        'no me tomé la pastilla de la noche, la guardé pa mañana temprano',
        'ya no me tomo la medicación porque el doctor me dio de alta',
        'dejé de tomar el jarabe y lo guardo en el refri',
      ],
      'none',
    );
  });
});

describe('an anonymous message that shows the writer is watched (es/harm-anonymous-warning.ts)', () => {
  it('GIVEN an anonymous or unknown sender with photos of the writer\'s things or words that they know where the writer is THEN it is harm from others', () => {
    routes.each(
      [
        'me llegó una carta anónima con fotos de mi casa y de mis hijos',
        "recibí un mensaje de un número desconocido 'sabemos dónde vives'",
        "un número privado me escribió 'te estamos vigilando'",
        'me mandaron un whatsapp sin nombre con una foto de mi carro afuera del trabajo',
      ],
      'harm-from-others',
    );
  });
  it('GIVEN an anonymous survey or thanks, or a photo of the car from the garage THEN it stays quiet', () => {
    routes.each(
      [
        'me llegó un mensaje anónimo de la encuesta de satisfacción',
        'recibí una nota anónima: gracias por ayudarme en el grupo',
        'el taller me mandó una foto de mi carro ya reparado',
      ],
      'none',
    );
  });
});

describe('thrown out of home by family, and abuse told and punished (es/harm-thrown-out-after-telling.ts)', () => {
  it('GIVEN homeless because family threw the writer out, or touched and not believed THEN it is harm from others', () => {
    routes.each(
      [
        'estoy en la calle desde que mi papá me corrió de la casa',
        'mi madrastra me echó de la casa cuando le conté lo de mi tío',
        'el novio de mi mamá me manoseaba y nadie me creyó',
        'me quedé sin casa porque mis papás me botaron',
      ],
      'harm-from-others',
    );
  });
  it('GIVEN a shift, a job lost or a hand on the shoulder THEN it stays quiet', () => {
    routes.each(
      [
        'me tocó el turno de la noche otra vez',
        'me echaron del trabajo y ahora busco chamba',
        'su pareja me tocó el hombro para saludarme en la fiesta',
      ],
      'none',
    );
  });
});

describe('everyday roads, teams and tapers (es/everyday-roads-teams-and-tapers.ts)', () => {
  it('GIVEN a bridge named as where the writer sits in traffic THEN it stays quiet', () => {
    routes.each(
      [
        'estoy en el puente de la autopista hace 40 minutos, el tráfico de hoy está imposible',
        'atorada en el puente del periférico por un choque, puro tráfico',
        'llevo media hora en el puente, este trancón horrible',
        'sigo en el puente de la 110, pinche traffic',
      ],
      'none',
    );
  });
  it('GIVEN a bridge with no jam, or a jam with a wish to die THEN it is still read', () => {
    routes.each(['estoy arriba del puente viendo pasar los carros, hoy lo hago', 'estoy en el puente de la 5 y me voy a tirar'], 'imminent');
  });
  it('GIVEN a farewell letter for the team the writer leaves THEN it stays quiet; for the family THEN it is imminent', () => {
    routes.each(
      [
        'el lunes me cambio de sede, ya escribí la carta de despedida para mis compañeros',
        'hoy es mi último día en la clínica, tengo lista la tarjeta de despedida pal staff',
        'me jubilo el viernes y ya hice el video de despedida para todo el equipo',
      ],
      'none',
    );
    routes.each(['ya tengo la carta de despedida para mi familia', 'dejé escritas las cartas de despedida para mis hijos'], 'imminent');
  });
  it('GIVEN pills the prescriber tapered, stopped long ago THEN the reading is set aside as told as over; tapered but kept for a day THEN it is not', () => {
    for (const text of [
      'ya no tomo el clonazepam hace un año, la psiquiatra me lo fue bajando poco a poco',
      'hace dos años el doctor me las fue quitando de a poco y ya no las necesito',
      'desde hace meses no tomo sertralina, el médico me la fue reduciendo',
    ])
      expectThat(screenWith(text, { second: null }).concepts, text).toEqual(['told-as-over']);
    for (const text of ['el psiquiatra me las fue bajando pero las guardé para el viernes', 'el doctor me las fue bajando de a poquito', 'hace un año me cambiaron de psiquiatra'])
      expectThat(screenWith(text, { second: null }).concepts, text).not.toContain('told-as-over');
  });
});
