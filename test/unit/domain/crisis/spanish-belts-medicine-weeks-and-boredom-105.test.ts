import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads belt blows and medicine dropped (fresh batch 105, es/belt-blows-and-medicine-dropped.ts)', () => {
  it('GIVEN the writer striking themself with a belt THEN possible (self-harm)', () => {
    expect.each(['me golpee con el cincho yo sola', 'me azote con el chilillo yo mismo, otra vez', 'me di de cinchazos anoche', 'cuando la riego me doy fajazos'], 'possible');
  });

  it('GIVEN blows of a belt given by another THEN harm from others', () => {
    expect.each(['mi papa me da cinchazos cuando llega tomado', 'mi jefe me dio chilillazos enfrente de todos', 'mi padrastro me agarro a cuerazos', 'mi tio me daba vergazos cada que llegaba'], 'harm-from-others');
  });

  it('GIVEN a door bumped into, a belt bought, a baby kicking or football THEN nothing', () => {
    expect.each(['me pegue con la puerta yo solito jaja', 'me compre un cincho yo solito en el mercado', 'el bebe me da patadas en la panza', 'me dan patadas en el futbol'], 'none');
  });

  it('GIVEN medicine dropped so that whatever comes, comes THEN possible', () => {
    expect.each(
      [
        'me dan ganas de dejar de tomarme la medicina y que sea lo que dios quiera',
        'voy a dejar el tratamiento y que pase lo que tenga que pasar',
        'pienso dejar de ponerme la insulina a ver si me muero',
        'ya deje los antirretrovirales y que me lleve la chingada',
      ],
      'possible',
    );
  });

  it('GIVEN medicine stopped for a side effect or on a doctor\'s word THEN nothing', () => {
    expect.each(['quiero dejar de tomar la medicina porque me da sueño', 'deje el tratamiento porque me caia mal y que pase lo que pase con la dieta', 'deje de tomar el antibiotico porque ya me siento bien'], 'none');
  });
});

describe('the crisis screen reads weeks without sleep as no time kept clean (fresh batch 105, es/time-without.ts)', () => {
  it('GIVEN weeks or months without sleeping or eating beside a sign THEN the sign stands', () => {
    expect.each(['llevo semanas sin dormir y pensando que seria mejor no estar', 'llevo meses sin comer bien y siento que todos estarian mejor sin mi', 'lleva semanas sin dormir y yo pienso que el mundo seria mejor sin mi', 'llevo dias sin dormir, ojala no despertar'], 'possible');
  });

  it('GIVEN a stretch clean told before a past crisis THEN it stays over', () => {
    expect.each(['llevo 3 anos sin cortarme, antes me cortaba diario', 'lleva meses sin consumir, antes queria morirse'], 'none');
  });
});

describe('the crisis screen reads boredom told first and laughed at as a sigh (fresh batch 105, es/frames.ts mishap)', () => {
  it('GIVEN boredom said first and a laugh WHEN a wish to die follows THEN nothing', () => {
    expect.each(['estoy re aburrida que me quiero morir jajaja', 'que hueva esta clase, me quiero morir jaja', 'me aburro tanto en la junta que me quiero morir jsjs', 'bien aburrido el turno, ya me quiero morir jajaja'], 'none');
  });

  it('GIVEN boredom of life, no laugh, or a laugh taken back THEN possible', () => {
    expect.each(['estoy tan aburrido que me quiero morir', 'estoy aburrido de la vida, me quiero morir jaja', 'que aburrimiento, me quiero morir jaja pero en serio ya no puedo mas'], 'possible');
  });
});
