import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-quiet-es): Spanish everyday talk, as written in chat, that borrows the words of taking pills
// or of dying, beside the risk said in the same shapes, which must still route. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('the day\'s dose told as routine (es/everyday-routines-and-idioms.ts spanishRoutineDose)', () => {
  it('GIVEN a daily pill named by what it is for, the routine, or a reminder THEN it stays quiet', () => {
    routes.each(
      [
        'ya me tomé la pastilla del azúcar, gracias por preguntar',
        'ya m tome la pastilla d la tension y ahora a trabajar',
        'me puse la insulina a las 8 como siempre y ya almorcé',
        'ya me tome mi pildora del colesterol, gracias x recordarme mija',
        'ya me tomé la d la tiroides y la d la alergia, ahora si a desayunar',
        'me tome la medicina a la hora de siempre, no te preocupes ma',
      ],
      'none',
    );
  });
  it('GIVEN all the pills, a count, a whole bottle or a goodbye THEN it stays imminent', () => {
    routes.each(
      [
        'me tomé todas las pastillas de la presión',
        'ya me tomé 20 pastillas de la presión',
        'ya me tomé todas las pastillas, adiós',
        'me tomé todas las pastillas a las 7',
        'mañana me tomo todas las pastillas de mi mamá',
      ],
      'imminent',
    );
  });
});

describe('dying and killing oneself as idioms of effort, delight and waiting (idiomsOfEffortAndDelight)', () => {
  it('GIVEN the gym, a delight, or a wait somewhere ordinary right after the words THEN it stays quiet', () => {
    routes.each(
      [
        'me voy a matar con las sentadillas hoy en la tarde',
        'hoy me mato haciendo pierna, quien se apunta',
        'me quiero morir de lo tierno que está el bebé',
        'me muero de lo rico que quedó el pozole',
        'me estoy muriendo aca en la fila del banco, una hora',
        'me estoy muriendo aki de calor, ya llega el micro?',
      ],
      'none',
    );
  });
  it('GIVEN the same words with a time alone, a weapon, loneliness, a high place or a wound THEN it is still own risk', () => {
    routes.each(['me voy a matar esta noche', 'me voy a matar con la pistola de mi papá esta noche', 'me estoy muriendo aquí en el puente'], 'imminent');
    routes.ownRisk(['me quiero morir de lo sola que estoy', 'ayer me hice cortes en la pierna otra vez', 'me queme con el encendedor en la pierna, nadie sabe']);
  });
});

describe('the writer\'s own crisis told as a time now over (distantPast, over)', () => {
  it('GIVEN a period or a year gone by and how the writer is now THEN it stays quiet', () => {
    routes.each(
      [
        'hubo una etapa en que me quería morir, hoy estoy feliz con mis hijos',
        'hubo un tiempo en que no quería vivir y mira, hoy trabajo de promotora',
        'yo tuve una sobredosis en el 2019, hoy llevo 4 años limpia',
      ],
      'none',
    );
  });
  it('GIVEN the wish told as lasting until now THEN it is still own risk', () => {
    routes.ownRisk(['hace un tiempo que no quiero seguir', 'hubo una etapa en que me quería morir y ya volvió, hoy no quiero seguir']);
  });
});

describe('a wish denied with "no es que" (es/tokens.ts readDenials)', () => {
  it('GIVEN "no es que quiera..." and an everyday reason after it THEN it stays quiet', () => {
    routes.each(['no es que quiera morirme eh, solo estoy cansada del tráfico', 'no es que me quiera matar, es que el jefe no me deja en paz jaja'], 'none');
  });
  it('GIVEN the denial followed by a wish, despair or an act THEN it is still own risk', () => {
    routes.ownRisk([
      'no es que quiera morirme, es que ya no puedo más con mi vida',
      'no es que quiera hacerme daño, pero a veces me corto',
      'no es que no quiera vivir... es que ya me quiero morir',
    ]);
  });
});

describe('sighs with a fan\'s heart, eagerness, a kitchen cut or a mishap right after (idiomsOfEffortAndDelight, nuisancesCutOff)', () => {
  it('GIVEN the idiom or the mishap after the words THEN it stays quiet', () => {
    routes.each(
      [
        'la selección me va a matar de un infarto, otra vez penales',
        'ya no aguanto las ganas de ver a mi nieta',
        'me corte el dedito pelando papas, sangra un montón jaja',
        'me quiero morir, me olvide la tarjeta en el cajero jajaja',
        'ya me quiero morir, me quedé afuera de la casa sin llaves jaja',
        'me cortaron el internet en plena junta, que alguien me mate jaja',
      ],
      'none',
    );
  });
  it('GIVEN a blow threatened, a loss, despair or pills for the heart THEN it still routes', () => {
    routes.each(['mi esposo me va a matar de un golpe un día de estos'], 'harm-from-others');
    routes.ownRisk([
      'ya no aguanto más, quiero desaparecer',
      'me quiero morir, me dejó mi novio y no le veo sentido a nada',
      'me cortaron el internet y ya no quiero vivir, nada tiene sentido',
      'me corté las muñecas otra vez',
    ]);
    routes.each(['me acabo de tomar todas las pastillas del corazón de mi abuelo'], 'imminent');
  });
});

describe('goodbyes and things given away before a move for work or study (leavingForWorkOrStudy)', () => {
  it('GIVEN the goodbye with the new job, the studies or the new home named THEN it stays quiet', () => {
    routes.each(
      [
        'me despido de todos, me voy a estudiar enfermería. les dejo mis plantas al que las quiera',
        'bueno gente me despido, me salió beca en Madrid, les dejo la cafetera',
        'me voy de la empresa el viernes, me salió chamba en Tijuana. regalo mi escritorio',
        'me despido de todos, me voy a vivir a Guadalajara con mi hermana, les regalo mis libros',
      ],
      'none',
    );
  });
  it('GIVEN the goodbye with despair or a way to the dead THEN it is still imminent', () => {
    routes.each(['me despido de todos, ya no aguanto, les dejo mis cosas', 'me despido de todos, me voy a ir con mi abuelita al cielo, les dejo mis plantas'], 'imminent');
  });
});

describe('more everyday sighs: daily medicines by name, work as effort, a chat to vanish from, a sleep with its end, a game lost', () => {
  it('GIVEN the everyday reason read from the words themselves THEN it stays quiet', () => {
    routes.each(
      [
        'ya me tome el omeprazol y la metformina, ahora si a desayunar',
        'me voy a matar a trabajar este finde pa pagar la renta',
        'mi mama me va a matar cuando vea la cuenta del cel',
        'quiero desaparecer del grupo de la familia jaja son muy intensos',
        'me voy a dormir y no despierto hasta el lunes jaja',
        'quiero morirme, mi equipo perdió 5-0',
      ],
      'none',
    );
  });
  it('GIVEN all the pills, a fight, a partner, the world, an end with no day, or a sign before a meeting THEN it still routes', () => {
    routes.each(['ya me tomé todas las pastillas y la metformina'], 'imminent');
    routes.each(['mi esposo me va a matar cuando vea la cuenta'], 'harm-from-others');
    routes.ownRisk([
      'quiero desaparecer de este mundo',
      'me voy a dormir y no despierto hasta que todo se acabe',
      'me dieron ganas de cortarme después del grupo, no lo hice pero casi',
      'ya no aguanto más, voy al puente después de la junta',
    ]);
  });
});

describe('a feast, embarrassment, a swim, a time of lockdown, and the past coming back', () => {
  it('GIVEN the everyday reason or a period now over THEN it stays quiet', () => {
    routes.each(
      [
        'esta noche me mato con las alitas jaja',
        'me quiero morir q vergüenza le dije mamá a la maestra',
        'me aviento al rio a nadar con los primos el domingo',
        'llegue a pensar en quitarme la vida en la pandemia, hoy estoy mucho mejor',
      ],
      'none',
    );
  });
  it('GIVEN pills, a pity that nobody loves the writer, the river and nothing else, or the thought back again THEN it still routes', () => {
    routes.each(['esta noche me mato con las pastillas', 'me aviento al rio esta noche y ya'], 'imminent');
    routes.ownRisk([
      'me quiero morir, que pena que nadie me quiera',
      'hace años pensé en matarme y hoy lo vuelvo a pensar',
      'en el 2019 pensé en matarme y hoy lo vuelvo a pensar',
      'en la pandemia pensé en matarme y ahora otra vez',
    ]);
  });
});

describe('living somewhere or some way, a test failed, giving up on a task', () => {
  it('GIVEN the place, the people, the diet, the test or the task named right after THEN it stays quiet', () => {
    routes.each(
      [
        'ya no quiero vivir en este barrio tan ruidoso',
        'ya no quiero vivir con mis papas, me quiero independizar',
        'estoy cansada de vivir a dieta',
        'che boludo me quiero matar, rendi mal el parcial jaja',
        'ya me rindo con el ingles, nunca lo voy a aprender',
      ],
      'none',
    );
  });
  it('GIVEN the world, pain, life itself, or harm told of someone living somewhere THEN it still routes', () => {
    routes.ownRisk(['ya no quiero vivir en este mundo', 'ya no quiero vivir con este dolor', 'estoy cansada de vivir así', 'ya me rindo con la vida']);
    routes.each(['mi prima me contó que su novio la golpea, vive en la casa de él y no tiene a dónde ir'], 'someone-else');
  });
});

describe('someone else\'s crisis told as over by who they are now, and a neighbour\'s petty threat (told-as-over.ts)', () => {
  it('GIVEN the crisis years ago and who the person is now, or a threat over parking THEN it stays quiet', () => {
    routes.each(
      [
        'hoy en el grupo una señora contó que hace años intentó matarse y ahora es abuela feliz, muy bonito',
        'el vecino nos amenazó con llamar a la grúa si no movemos el carro',
      ],
      'none',
    );
  });
  it('GIVEN a turn to last night after the good news, or a threat to kill THEN it still routes', () => {
    routes.each(
      [
        'una señora del grupo intentó matarse hace años y ahora trabaja, pero anoche lo volvió a intentar',
        'my client attempted last year and is doing great now, but last night she texted me goodbye',
      ],
      'someone-else',
    );
    routes.each(['el vecino nos amenazó con matarnos si no movemos el carro'], 'harm-from-others');
  });
});

describe('psychiatric and night medicines named as the day\'s dose, and pills in the plural saved or mixed', () => {
  it('GIVEN a single named medicine taken as the routine THEN it stays quiet', () => {
    routes.each(['ya me tome el litio y el desayuno', 'ya me tomé la quetiapina, me voy a dormir, buenas noches', 'me tome mi clonazepam de la noche como dice el psiquiatra'], 'none');
  });
  it('GIVEN the whole supply, pills saved up or mixed with drink THEN it is still imminent', () => {
    routes.each(
      [
        'me tomé todo el litio que me quedaba',
        'ya junté las pastillas de la tiroides y de la presión, el sábado que no haya nadie lo hago',
        'me acabo de tomar una botella de ron con las pastillas del azúcar de mi tío',
      ],
      'imminent',
    );
  });
});
