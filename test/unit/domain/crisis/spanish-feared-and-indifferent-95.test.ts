import { describe, expect as expectThat, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Rioplatense, chilango and Venezuelan own risk said through fear, indifference and slang (fresh batch 95)', () => {
  // es/own-risk-feared-and-indifferent.ts: wish-dead.
  it('GIVEN indifference to living or dying, being fed up with living or a bus that would not bother the writer THEN possible', () => {
    expect.each(
      [
        'me da lo mismo vivir o morir, boludo',
        'me chupa un huevo si vivo o me muero',
        'vivir o morir me da igual a esta altura',
        'estoy re podrida de vivir, posta',
        'si mañana me atropella un colectivo no me molestaría para nada',
      ],
      'possible',
    );
  });

  it('GIVEN indifference to a choice of plans, being fed up with work or a bus that nearly hit the writer THEN nothing', () => {
    expect.each(['me da igual ir o quedarme, decidan ustedes', 'estoy re podrida del laburo', 'casi me pisa un bondi en la esquina, qué susto', 'me da lo mismo pizza o empanadas'], 'none');
  });

  // es/own-risk-feared-and-indifferent.ts: suicidal-thoughts.
  it('GIVEN fear of oneself, of what one might do alone, or of the thoughts that cross the mind THEN possible', () => {
    expect.each(
      [
        'che, tengo miedo de mí mismo, no sé qué me pasa',
        'me da miedo lo que pueda hacerme si me quedo sola en casa',
        'me asustan las ideas que se me vienen a la cabeza últimamente',
        'no confío en mí misma estando sola',
      ],
      'possible',
    );
  });

  it('GIVEN fear of someone else, ideas for a business or no trust in one\'s cooking THEN nothing', () => {
    expect.each(['tengo miedo de mi jefe, me grita por todo', 'se me cruzan ideas para el emprendimiento todo el tiempo', 'no confío en mí para cocinar el asado', 'me da miedo lo que pueda decir mi vieja del corte de pelo'], 'none');
  });

  it('GIVEN a height looked at now or a hanging thought of, even with acting denied THEN possible', () => {
    expect.each(
      [
        'a veces me asomo a la ventana y pienso en tirarme',
        'pienso en colgarme casi todas las noches',
        'miro por la ventana y pienso en tirarme, nada más eso',
        'pensando en ahorcarme otra vez, no voy a hacer nada igual',
      ],
      'possible',
    );
  });

  it('GIVEN a jump into a pool or a bed, or getting lost in a pastime ("colgarse") THEN nothing', () => {
    expect.each(['pienso en tirarme a la pileta con este calor', 'me tiro en la cama a dormir la siesta', 'me colgué mirando series toda la noche jaja', 'me cuelgo con el celu y se me pasa la hora', 'anoche nos colgamos charlando hasta las 4'], 'none');
  });

  // es/own-risk-feared-and-indifferent.ts: acting-now.
  it('GIVEN a poison taken in the first person with no "me" THEN imminent', () => {
    expect.each(['tragué raticida hace un ratito', 'tomé lavandina, no sé qué hacer', 'bebí medio frasco de veneno', 'tomé un vaso de cloro recién'], 'imminent');
  });

  it('GIVEN water, mate or a medicine taken THEN nothing', () => {
    expect.each(['tomé agua y me fui a dormir', 'tomé mate con mi vieja toda la tarde', 'bebí un vaso de leche tibia', 'tomé el antibiótico como me dijo el médico'], 'none');
  });

  // es/own-risk-feared-and-indifferent.ts: burden.
  it('GIVEN a burden to the team or the family, or others better off without the writer THEN possible', () => {
    expect.each(['soy una carga pa toda la familia', 'me siento una carga para mis viejos', 'sin mí estarían más tranquilos, lo sé', 'siento que soy una carga para mi grupo de amigos'], 'possible');
  });

  it('GIVEN a card for the team, a load carried or life without a phone THEN nothing', () => {
    expect.each(['compré una tarjeta para todo el equipo', 'me tocó cargar las cajas para todo el equipo', 'sin mi celular estaría más tranquila', 'sin mi jefe estaríamos mejor jaja'], 'none');
  });
});

describe('the crisis screen reads someone else feared to act (fresh batch 95)', () => {
  // es/others-feared-to-act.ts
  it('GIVEN the writer afraid that a named person will do something to themselves THEN someone-else', () => {
    expect.each(
      [
        'tengo miedo de que mi amiga haga alguna locura, no contesta',
        'me preocupa que mi primo se lastime, anda muy raro',
        'tengo pánico de que mi hija se corte otra vez',
        'temo que mi compa cometa una locura esta noche',
      ],
      'someone-else',
    );
  });

  it('GIVEN cold weather, an exam gone wrong or the writer\'s own fear of acting THEN not someone-else', () => {
    expect.each(['tengo miedo de que haga frío en el viaje', 'me preocupa que el profe haga el examen difícil'], 'none');
    expectThat(patternRouteOf('tengo miedo de hacerme algo')).not.toBe('someone-else');
  });
});

describe('the crisis screen reads Spanish hyperbole on a petty condition, times on the 24-hour clock and letters for each (fresh batch 95)', () => {
  // petty-condition.ts with the Spanish lexicon's `exclaimedOnCondition`, and the mishap of a shift put on the writer (es/frames.ts).
  it('GIVEN a bare "me mato" or "me muero" on a shift or a chore put on the writer THEN nothing', () => {
    expect.each(['me mato si me toca cerrar otra vez el sábado jaja', 'me muero si me ponen a laburar el feriado', 'me mato si me vuelven a poner de guardia', 'jaja me muero si me hacen cubrir el domingo'], 'none');
  });

  it('GIVEN the same words on a person or a loss, or a wish on a chore THEN possible', () => {
    expect.each(['me mato si me deja mi novia', 'me mato si me quitan a mis hijos', 'me quiero matar si me toca cerrar otra vez'], 'possible');
  });

  // es/everyday-errands-shifts-and-sighs.ts (idiom right after the sign): a chore or a season named after "no doy más".
  it('GIVEN "no doy más" or "no puedo más" with a job, a degree or the heat right after THEN nothing', () => {
    expect.each(['no doy más con este laburo jaja', 'no puedo más con la facu', 'ya no aguanto más con este calor', 'no doy más con los parciales, mañana sigo'], 'none');
  });

  it('GIVEN "no doy más" with life, with nothing after, or beside a wish THEN possible', () => {
    expect.each(['no doy más con la vida', 'no doy más, posta', 'no doy más con este laburo, me quiero morir'], 'possible');
  });

  // es/times-on-the-24-hour-clock.ts and the letters read past "cada uno" (es/imminent-said-sideways.ts).
  it('GIVEN letters for each one or a means beside an hour on the 24-hour clock THEN imminent', () => {
    expect.each(
      [
        'les dejé una carta a cada uno de mis hermanos. a las 22 hs',
        'escribí cartas pa cada uno de los pibes. a las 23 me voy',
        'ya tengo la soga. a las 21 lo hago',
        'tengo el frasco de pastillas listo, a las 00',
      ],
      'imminent',
    );
  });

  it('GIVEN an hour on the 24-hour clock for a shift, a doctor or the last train THEN nothing', () => {
    expect.each(['a las 14 tengo turno con el médico', 'a las 22 hs salgo del laburo, qué ganas de dormir', 'me voy que pillo el último tren a las 23:40', 'escribí una carta pa cada uno del grupo pa agradecerles el curso, la entrego el lunes'], 'none');
  });
});
