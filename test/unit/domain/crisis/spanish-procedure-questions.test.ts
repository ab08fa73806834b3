import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// A peer specialist asking the team what the procedure is when someone says a crisis is work talk, in Spanish as in English;
// "sigue" is "follows" there, not "still", and "todavía" asks whether a rule still holds (languages/es.ts `looseNowWords`).
describe('the crisis screen reads Spanish procedure questions as work talk', () => {
  it('GIVEN the steps asked for when a participant or anyone says they want to die THEN nothing', () => {
    expectRoutes(
      [
        'qué pasos sigue uno si un participante dice que se quiere matar?',
        'que pasos se siguen cuando alguien dice que ya no quiere vivir',
        'cuando alguno dice en el grupo que se quiere morir, quién llama a la supervisora?',
        'si un usuario dice que se quiere quitar la vida, todavía hay que llenar el reporte o ya cambió?',
        'cuando una participante cuenta que su pareja le pega, aún se avisa a coordinación?',
      ],
      'none',
    );
  });

  it('GIVEN a participant in crisis now, with or without the steps asked THEN it stays their crisis', () => {
    expectRoutes(
      [
        'si un participante dice que se quiere matar y sigue en el puente ahorita, a quien llamo?',
        'mi participante dice que se quiere matar, sigue en el puente, que hago',
        'una participante me escribió que se quiere morir, qué pasos sigo?',
      ],
      'someone-else',
    );
  });

  it('GIVEN someone threatening the writer, told with "cuando alguien" THEN it stays harm', () => {
    expectRoutes(['cuando alguien me dice que me va a matar si lo dejo, no sé qué hacer'], 'harm-from-others');
  });
});
