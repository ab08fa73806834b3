import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('an everyday excuse after a sigh explains the sigh, never a means named after it (means-after-excuse.ts)', () => {
  it('GIVEN a sigh, an exam or a duty as its excuse, then a means or a preparation of the writer\'s THEN imminent', () => {
    expect.each(
      [
        'me quiero morir, mañana tengo examen y ya tengo las pastillas juntadas',
        'no quiero despertar mañana, tengo examen y ya compré la cuerda',
        'me quiero morir, mañana tengo examen y ya escribí las cartas para mi familia',
        'ya no quiero despertar, mañana tengo guardia y ya junté todas mis pastillas',
      ],
      'imminent',
    );
  });

  it('GIVEN the same excuse followed by schoolwork, a gift not yet bought or a daily dose not taken THEN nothing', () => {
    expect.each(
      [
        'no quiero despertar mañana, tengo examen',
        'me quiero morir, mañana tengo examen y ya tengo los apuntes juntados',
        'no quiero despertar mañana, tengo examen y no he tomado mis pastillas de la presion',
        'no quiero despertar mañana, tengo examen y todavía no compro el regalo de mi mamá',
      ],
      'none',
    );
  });
});
