import { describe, expect as expectThat, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish belongings handed out, others left to understand and reasons to stay gone (fresh batch 92)', () => {
  // es/imminent-handed-out-and-understood.ts with the calm read past the idiom "tranquila" (read-sentence.ts).
  it('GIVEN belongings handed out, a child placed, love sent or a calm leaving beside others who will understand later or affairs settled THEN imminent', () => {
    expect.each(
      [
        'les regalé mi consola a mi primo y el reloj a Dani, no saben por qué se los di',
        'ya me puedo ir tranquilo, mi bicha se queda con mi tía',
        'le mandé un audio a mi mamá diciéndole que la quiero. ya borré mis redes',
        'le dejé la bici al Brayan, después van a entender',
        'firmé la custodia, ya me puedo ir en paz',
      ],
      'imminent',
    );
  });

  it('GIVEN one such thing alone, a lesson for later or a calm going home THEN nothing', () => {
    expect.each(
      [
        'le di mi chumpa al Mario porque tenía frío',
        'le di la guitarra a mi sobrino, hoy cumple 15',
        'ya lo vas a entender cuando seas mamá',
        'le mandé audio a mi mamá que la quiero mucho, feliz día',
        'mi cipote se queda con mi prima el finde porque trabajo',
        'ya me puedo ir tranquila a casa, terminé el reporte',
      ],
      'none',
    );
  });

  // es/own-risk-reasons-gone.ts
  it('GIVEN nobody left to live for, the reason taken, a life told as lived or a death nobody would notice THEN possible', () => {
    expect.each(
      [
        'ya no tengo por quién seguir luchando',
        'pa qué sigo si ya se murió mi viejo',
        'ya viví lo que tenía que vivir, ya no quiero nada',
        'si me muriera aquí ni quien se daría cuenta hasta que huela',
        'si me pasa algo nadie se enteraría hasta el lunes',
      ],
      'possible',
    );
  });

  it('GIVEN a vote, a party, hunger, being late or dying of joy THEN nothing', () => {
    expect.each(
      [
        'ya no tengo por quién votar en estas elecciones',
        'para qué me quedo en la fiesta si ya se fueron todos',
        'si me muero de hambre nadie se da cuenta hasta el lunes porque cierran la cafetería',
        'si llego tarde nadie se da cuenta hasta el lunes',
        'me quiero morir de alegría, ya nació mi sobrina',
        'me muero de felicidad con esta noticia',
      ],
      'none',
    );
  });

  it('GIVEN joy named beside a real wish THEN the wish stays possible', () => {
    expectThat(patternRouteOf('me quiero morir, ni la felicidad de mis hijos me ayuda')).toBe('possible');
  });
});
