import { describe, it } from 'vitest';
import { patternRouteOf, routeOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-quiet): everyday messages whose crisis words a frame explains, beside the real risk said in
// the same shapes, which must still route. Every line is written for the test.
const routes = routesBy(patternRouteOf);

describe('a screening question the writer answered no (asked-and-denied.ts)', () => {
  it('GIVEN someone asked the writer about thoughts of suicide or self-harm and the writer said no THEN it stays quiet', () => {
    routes.each(
      [
        'my counselor asked if i had been having thoughts of killing myself and i said no, just stressed about money',
        'the intake nurse asked whether i wanted to hurt myself. honestly no, i just need sleep',
        'at my checkup they asked about thoughts of suicide and i answered no without having to think',
        'la enfermera me preguntó si había pensado en quitarme la vida y le contesté que no, solo estoy cansada',
        'mi terapeuta me pregunta si quiero hacerme daño: no, para nada, ando estresada por la mudanza',
      ],
      'none',
    );
  });
  it('GIVEN the answer was yes, a lie, or is taken back after it THEN it is still own risk', () => {
    routes.ownRisk([
      'my counselor asked if i had been having thoughts of killing myself and i said yes',
      'the intake nurse asked whether i wanted to hurt myself. i said no. i lied',
      'they asked about thoughts of suicide and i said no but i think about it all the time',
      'la enfermera me preguntó si había pensado en quitarme la vida y le mentí, le dije que no',
      'mi terapeuta me pregunta si quiero hacerme daño y le digo que no, pero la verdad es que sí',
      'nobody ever asked if i wanted to die. i do',
    ]);
  });
});

describe('a jump from a window the writer places on the ground floor (no-height.ts)', () => {
  it('GIVEN a jump out of a window said of a nuisance with the ground floor named THEN it stays quiet', () => {
    routes.each(
      [
        'one more spreadsheet and im jumping out the window. luckily we are on the first floor',
        'if the wifi drops again i swear i am throwing myself out the window (it is a ground floor window lol)',
        'la junta otra vez, me aviento por la ventana jaja, menos mal que es planta baja',
        'si suena otra vez esa alarma me tiro por el balcón, vivo en un primer piso',
      ],
      'none',
    );
  });
  it('GIVEN a jump said with a high floor, a ground floor denied, or a jump from a roof or a bridge THEN it is imminent', () => {
    routes.each(
      [
        'i am going to jump out the window tonight. i am on the 9th floor',
        'going to jump out the window, it is not the ground floor, it is the tenth',
        'i am going to jump off the roof tonight. i am on the ground floor now, taking the stairs up',
        'me voy a tirar por la ventana esta noche, vivo en un quinto piso',
      ],
      'imminent',
    );
  });
});

describe('the question a training or a form puts, quoted after its words (topic-talk.ts questionAfterTraining)', () => {
  it('GIVEN a workshop or a form quoting its question to "you" THEN it stays quiet', () => {
    routes.each(
      [
        'hoy en el curso practicamos preguntar "¿tienes pensamientos de quitarte la vida?". da nervios pero sirve',
        'en el diplomado ensayamos la pregunta "¿has pensado en matarte?" con voz tranquila',
        'la encuesta pregunta "¿ha pensado en hacerse daño?" y casi nadie la contesta, ¿la cambiamos?',
        'at the workshop we kept practicing the question "are you thinking about killing yourself?" until it felt normal',
      ],
      'none',
    );
  });
  it('GIVEN the question answered yes after it, or asked of the writer with no training THEN it is still own risk', () => {
    routes.ownRisk([
      'mi hermana me pregunta: ¿estás pensando en matarte? sí, todos los días',
      'hoy en el curso practicamos preguntar. yo tengo pensamientos de quitarme la vida',
      'in training we practiced asking. honestly i am thinking about killing myself',
    ]);
  });
});

describe('a relative, a boss or a sponsor threatening over small stakes (petty-threat.ts)', () => {
  it('GIVEN "kill me" from a scolder over a dish, a party or being late THEN it stays quiet', () => {
    routes.each(
      [
        'my nana is gonna kill me if i forget the casserole for the potluck',
        'my coach will murder me if im late to practice again, running now',
        'mi abuela me va a matar si no llego temprano a la posada',
        'la tía me mata si no llevo los tamales a la reunión',
      ],
      'none',
    );
  });
  it('GIVEN a partner threatening over the same stakes, a weapon or a shot, or harm told beside it THEN it is harm', () => {
    routes.each(
      [
        'my boyfriend said he will kill me if dinner is not ready when he gets home',
        'my uncle threatened to shoot me if i come to the reunion',
        'my stepdad said he would kill me if im late again. he hit me last time',
        'mi papá dice que me mata si le cuento a alguien',
      ],
      'harm-from-others',
    );
  });
});

describe('a goodbye to a thing left behind (the leaving frame)', () => {
  it('GIVEN a goodbye said to a shift, a flat or a cast THEN it stays quiet', () => {
    routes.each(
      [
        'this is goodbye to the night shift!! days start monday, miss you owls',
        'saying goodbye to my old apartment today, keys go in the dropbox',
        'farewell to the cast!!! 8 weeks and my ankle is free',
      ],
      'none',
    );
  });
  it('GIVEN a goodbye to people beside a time, or beside a means THEN it is imminent', () => {
    routes.each(['goodbye everyone. tonight', 'this is goodbye to the night shift and to all of you. the pills are ready'], 'imminent');
  });
});

describe('a game played badly told before a laughing sigh (the Spanish mishap frame)', () => {
  it('GIVEN a game lost or a character killed over and over, then "me quiero morir jaja" THEN it stays quiet', () => {
    routes.each(
      [
        'me mataron como diez veces en el jefe final, me quiero morir jajaja',
        'el equipo se durmió en el segundo tiempo, ni un gol al arco, me quiero matar jaja',
      ],
      'none',
    );
  });
  it('GIVEN the same nuisance but the writer says it is meant, or no laugh THEN it is own risk', () => {
    routes.ownRisk([
      'me mataron como diez veces en el jefe final, me quiero morir jaja pero en serio, ya no aguanto nada',
      'me mataron como diez veces en el jefe final, ya me quiero morir, no puedo más con mi vida',
    ]);
  });
});

describe('a scolding over small stakes, read by the whole screen (petty-threat.ts, the learned opinion told)', () => {
  it('GIVEN "kill me" from a relative over brunch, a birthday or chores THEN the learned opinion adds no alarm either', () => {
    routesBy(routeOf).each(
      [
        'my sister will kill me if i show up late to her baby shower again',
        'grandma is going to kill me for skipping her birthday lunch',
        'my aunt will murder me if i forget the rolls again lol',
      ],
      'none',
    );
  });
  it('GIVEN the same words from a partner, or harm told beside them THEN it is harm', () => {
    routesBy(routeOf).each(
      [
        'my husband will kill me if i show up late again, he broke my phone last time',
        'my girlfriend says she will kill me if i go to my sisters party',
      ],
      'harm-from-others',
    );
  });
});
