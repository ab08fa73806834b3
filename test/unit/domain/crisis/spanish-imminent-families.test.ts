import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns alone (patternRouteOf), so a family is proven by the language files and not by the learned opinion.

// Families of Spanish wording read since the seventh and eighth fresh batches (languages/es/imminent-families.ts,
// someone-else-families.ts, tokens.ts, verbs.ts): each with look-alikes of the same shape that must stay quiet.
describe('the crisis screen reads Spanish object pronouns and first-person preterites', () => {
  it('GIVEN "me las tomo todas" THEN "las" is the pills, not a new subject, and it is imminent; drinks at a party are not', () => {
    expectRoutes(
      [
        ['cuando se vayan me las tomo todas', 'imminent'],
        ['ya me los trague todos', 'imminent'],
        ['las chelas me las tomo en la fiesta del sabado', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a preterite spelt by sound ("me las tragué") beside asking to be found THEN it is imminent; swallowing a cough drop is not', () => {
    expectRoutes(
      [
        ['ya me las trague. les escribo para que alguien me encuentre', 'imminent'],
        ['me trague el chicle sin querer jaja', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish imminent risk said by referring back', () => {
  it('GIVEN "hoy sí lo hago" or "ya empecé" beside a means or own risk THEN it is imminent; the same words about chores are not', () => {
    expectRoutes(
      [
        ['ya tengo la soga en el closet, hoy si lo hago', 'imminent'],
        ['ya empece, tengo la navaja en la mano', 'imminent'],
        ['ya no quiero vivir, el viernes es el dia', 'imminent'],
        ['hoy si lo hago, el reporte mensual no se me escapa', 'none'],
        ['ya empece la dieta, el viernes es el dia de pesarme', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN "si lees esto es que ya lo hice" THEN it is last words; "si lees esto contéstame" is not', () => {
    expectRoutes(
      [
        ['si lees esto es porque ya lo hice, perdoname', 'imminent'],
        ['si lees esto contestame porfa, necesito el turno del lunes', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish regional means and high places', () => {
  it('GIVEN pills and poisons by regional names beside a time or own risk THEN it is imminent; the same names in a prescription are not', () => {
    expectRoutes(
      [
        ['ya consegui las pepas, esta noche me voy', 'imminent'],
        ['ya tengo el paraquat guardado, ya no aguanto mas', 'imminent'],
        ['me he bebido el bote entero de lorazepam', 'imminent'],
        ['me tome el lorazepam como me lo receto la doctora y dormi bien', 'none'],
        ['mi tio compro el paraquat para la milpa', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a gun cleaned beside a goodbye THEN it is imminent; cleaning it for the hunt is not', () => {
    expectRoutes(
      [
        ['ya limpie el rifle. hoy me despido de todos', 'imminent'],
        ['ya limpie el rifle para la caza del venado del domingo', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN writing from a roof or a bridge beside an act THEN it is imminent; repairs on a roof are not', () => {
    expectRoutes(
      [
        ['les escribo desde el puente, voy a saltar', 'imminent'],
        ['estamos en la azotea arreglando el tinaco con mantenimiento', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish preparations and goodbyes', () => {
  it('GIVEN money and passwords handed over beside a goodbye THEN it is imminent; a hand-over at work is not', () => {
    expectRoutes(
      [
        ['ya le pase la clave del banco a mi hermana. diganle a mi mama que no fue su culpa', 'imminent'],
        ['le deje las claves del sistema a la nueva coordinadora, ya tiene todo para el lunes', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN the last letter and the way to a high place THEN it is imminent; the last report of the month is not', () => {
    expectRoutes(
      [
        ['ya termine la ultima carta, la dejo en el buzon camino al puente', 'imminent'],
        ['ya termine el ultimo reporte del mes, lo dejo en la oficina camino a la casa', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN leaving life said as software or put out for good with "y no hablo del trabajo" THEN it is imminent; closing a shop is not', () => {
    expectRoutes(
      [
        ['me desinstalo de la vida esta noche', 'imminent'],
        ['hoy cierro los ojos para siempre, y no hablo de un viaje', 'imminent'],
        ['hoy cierro la tienda temprano porque hay partido', 'none'],
        ['me desinstalo el juego porque se traba mucho', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a contract ending told with "último mensaje" THEN it is an everyday goodbye', () => {
    expectRoutes([['ultimo mensaje en este grupo, se me termina el contrato el viernes. gracias por todo', 'none']], patternRouteOf);
  });
});

describe('the crisis screen reads Spanish passive wishes and self-punishment', () => {
  it('GIVEN a wish said softly or regionally THEN it is possible; the same verbs about food or sleep are not', () => {
    expectRoutes(
      [
        ['parce me provoca no despertar', 'possible'],
        ['ya no le tengo ganas a la vida', 'possible'],
        ['ojala que ya me llevara la muerte', 'possible'],
        ['a veces siento que sobro en este mundo', 'possible'],
        ['me provoca una arepa ahorita', 'none'],
        ['ya no le tengo ganas al gimnasio', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN "llevo semanas sin ganas de vivir" THEN it is now, not recovery; "llevo meses sin cortarme" stays past', () => {
    expectRoutes(
      [
        ['llevo meses sin ganas de vivir', 'possible'],
        ['llevo meses sin cortarme y me siento orgullosa', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN not eating or hurting oneself to punish oneself THEN it is possible; skipping a meal for work is not', () => {
    expectRoutes(
      [
        ['deje de comer a proposito para castigarme', 'possible'],
        ['me rasco hasta sacarme sangre', 'possible'],
        ['deje de comer pan porque me cae pesado', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads someone else\'s crisis told in Spanish case notes, audios and forwarded words', () => {
  it('GIVEN a case note or a hand-off THEN it is someone else\'s crisis; a note that denies it is not', () => {
    expectRoutes(
      [
        ['usuario refiere ideacion suicida con plan, pendiente valoracion', 'someone-else'],
        ['para el siguiente turno: la paciente de la cama 4 tiene intento reciente', 'someone-else'],
        ['usuario niega ideacion suicida, se dio de alta con cita', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN words forwarded from someone else after a colon THEN they are theirs, not the writer\'s', () => {
    expectRoutes([['me reenviaron esto de un peer: ya tengo la soga y hoy lo hago', 'someone-else']], patternRouteOf);
  });
  it('GIVEN an audio or a post saying goodbye, and no answer since THEN it is someone else\'s crisis; a farewell party post is not', () => {
    expectRoutes(
      [
        ['mi primo me mando un audio despidiendose y no contesta', 'someone-else'],
        ['una participante publico en face una carta de despedida y no responde', 'someone-else'],
        ['mi amiga me escribio que la perdone y ya no me contesta', 'someone-else'],
        ['publicamos en face la despedida de la maestra que se jubila', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN an overdose, a rescue or a killing told about someone else THEN it is someone else\'s crisis; a killing in a game is not', () => {
    expectRoutes(
      [
        ['a mi vecino lo encontraron con la aguja puesta', 'someone-else'],
        ['a un chavo del grupo lo sacaron del rio anoche', 'someone-else'],
        ['a su hermano lo balearon los de la mara', 'someone-else'],
        ['mi tia tomo gramoxone y esta en urgencias', 'someone-else'],
        ['en la partida me mataron los del otro equipo', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN reported words that end before "desde que" THEN they are someone else\'s even when the writer is named after', () => {
    expectRoutes([['mi abuelo anda diciendo que ya no quiere vivir desde que murio mi abuela', 'someone-else']], patternRouteOf);
  });
});
