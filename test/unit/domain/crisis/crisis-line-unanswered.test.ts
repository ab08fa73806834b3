import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// A member who reached for a crisis line and got no answer (languages/en|es/lifeline-unanswered.ts; line-reached.ts):
// the line's name is no training talk, so the means beside it is read; the name alone, or a call for a client, is not risk.
describe('the crisis screen reads a crisis line that did not answer as the writer reaching out', () => {
  it('GIVEN a line that rang out, held or hung up beside a means or a time THEN imminent', () => {
    expectRoutes([
      ['marque a la linea de prevencion del suicidio y nadie contesta, tengo el frasco de pastillas en la mano', 'imminent'],
      ['le hable a la linea de la vida y me tuvieron en espera media hora, ya tengo la cuerda lista', 'imminent'],
      ['escribi al chat de crisis y no me responden, ya tengo todo listo para hoy en la noche', 'imminent'],
      ['rang the crisis line twice and it just kept ringing. the pills are right here', 'imminent'],
      ['texted 988 and got put in a queue, got everything ready for tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN a line named in a training, a call for a participant, or a call with no sign beside it THEN nothing', () => {
    expectRoutes([
      ['marque a la linea de prevencion del suicidio para pedir carteles para la feria de salud', 'none'],
      ['le hable a la linea de crisis por un participante y no contestaban, al final llego el equipo movil', 'none'],
      ['the suicide prevention line training got moved to friday', 'none'],
      ['we called the crisis line to book a speaker for staff day and nobody picked up', 'none'],
      ['called the bank line three times, on hold forever, my card is in my hand', 'none'],
    ], patternRouteOf);
  });
});
