import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads someone else gone for good and unanswered (fresh batch 105, es/others-leaving-forever-unanswered.ts)', () => {
  it('GIVEN someone telling the writer they want to go for good WHEN they no longer answer THEN someone else', () => {
    expect.each(
      [
        'mi compa dice que se va a ir de este mundo y ahora no contesta el cel',
        'la cipota me escribio que se queria ir para siempre, le llame y no responde',
        'mi sobrino puso que se iba a ir para siempre y tiene el cel apagado',
        'un usuario me mando que se quiere ir de este mundo, ya me dejo en visto',
      ],
      'someone-else',
    );
  });

  it('GIVEN a move abroad for good, a joke or a call not answered for a chore THEN nothing', () => {
    expect.each(['mi prima me dijo que se quiere ir para siempre a españa', 'me dijo que se queria ir para siempre, y yo me queria ir de aqui tambien jaja', 'mi jefe no contesta y tengo que entregar el reporte'], 'none');
  });
});
