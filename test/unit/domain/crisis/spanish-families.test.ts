import { describe, expect, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';
import { screenWith } from '../../../../src/domain/crisis/screen.js';


// Families of Spanish wording read since the fifth and sixth fresh batches: each with a look-alike that must stay quiet.
describe('the crisis screen reads Spanish regional ways of saying it', () => {
  it('GIVEN a shot or a crash said regionally with a time THEN it is imminent; the same verbs about food or a phone are not', () => {
    expectRoutes([
      ['mañana temprano me echo un tiro', 'imminent'],
      ['el domingo agarro la camioneta y la estrello contra un poste', 'imminent'],
      ['me eche un taco al mediodia y sigo con hambre', 'none'],
      ['del coraje lo estampe contra la cama, al celular', 'none'],
    ]);
  });
  it('GIVEN leaving the world as a metaphor THEN it is own risk; leaving a bus is not', () => {
    expectRoutes([
      ['esta noche me bajo de este mundo', 'imminent'],
      ['ya decidi poner fin a mi vida', 'imminent'],
      ['me bajo del camion en la siguiente parada', 'none'],
    ]);
  });
  it('GIVEN a Caribbean "-ao" spelling THEN it reads as "-ado"', () => {
    expectRoutes([
      ['toy cansao de vivir, mano', 'possible'],
      ['toy cansao del trabajo, mano', 'none'],
    ]);
  });
});

describe('the crisis screen reads Spanish imminent risk told through means, goodbyes and absence', () => {
  it('GIVEN a means in hand beside a goodbye THEN it is imminent', () => {
    expectRoutes([['ya me voy, traigo la pistola en la mano', 'imminent']]);
  });
  // The ninth session's retraining routed this imminent by the learned opinion alone (the patterns read nothing); the
  // tenth's, with a blind batch of everyday leavings in training (dev-fresh-mixed-56), reads it as the everyday goodbye it is.
  it('GIVEN keys in hand beside a goodbye THEN it is no alarm', () => {
    expectRoutes([['ya me voy, traigo las llaves en la mano', 'none']]);
  });
  it('GIVEN thanks beside "ya no voy a despertar" THEN it is imminent; thanks before a transfer is not', () => {
    expectRoutes([
      ['gracias por todo, el lunes ya no voy a despertar', 'imminent'],
      ['gracias por todo equipo, me cambio de sucursal y ya no estoy en la oficina', 'none'],
    ]);
  });
  it('GIVEN things given away THEN only beside own risk is it urgent; before a move it is everyday', () => {
    expectRoutes([
      ['regale mis cosas, ya no quiero vivir', 'imminent'],
      ['regalo mis cosas de invierno porque me mudo a la costa', 'none'],
    ]);
  });
  it('GIVEN "estoy en" a high place THEN it is imminent; a bus, the metro or a bridge crossed on a commute is not', () => {
    expectRoutes([
      ['estoy arriba del puente y ya no puedo mas', 'imminent'],
      ['estoy en el metro, llego en diez', 'none'],
    ]);
  });
});

describe('the crisis screen reads Spanish time and context', () => {
  it('GIVEN "hace meses que" with a verb in the present THEN it is now; a past told with "hace años" stays past', () => {
    expectRoutes([
      ['hace meses que pienso en matarme y no se lo digo a nadie', 'possible'],
      ['hace años intente matarme, hoy acompaño a otros', 'none'],
    ]);
  });
  it('GIVEN a car running in a closed garage THEN it is imminent; a car warming up in the street is not', () => {
    expectRoutes([
      ['estoy en el carro con el motor prendido en el garaje cerrado', 'imminent'],
      ['deje el carro prendido en la calle para que se caliente', 'none'],
      // The patterns' reading: the learned opinion, whose Spanish own-risk threshold puts own risk first, adds imminent to the
      // second (a false alarm it is allowed within its budget; see the crisis README).
    ], patternRouteOf);
  });
  it('GIVEN a means beside waiting until the house sleeps THEN it is imminent; waiting for the kids to sleep to watch a film is not', () => {
    expectRoutes([
      ['tengo las pastillas en la mano, nomas espero a que se duerman los niños', 'imminent'],
      ['nomas espero a que se duerman los niños para ver la peli', 'none'],
    ]);
  });
  it('GIVEN "cuando leas esto ya" THEN the reading takes it for last words; the same before a flight is a trip', () => {
    expectRoutes([['cuando leas esto ya me habre ido, perdon mami', 'imminent']]);
    // The reading's own judgement. The learned opinion, trained since on many last words said this way, may still
    // route the flight (a known false alarm, measured with the rest in bench/crisis-cv.ts, not pinned line by line).
    expect(screenWith('cuando leas esto ya voy a estar en el avion, te llamo al aterrizar', { second: null }).route).toBeNull();
  });
});

describe('the crisis screen reads Spanish passive wishes and burden', () => {
  it('GIVEN a wish said with "ni", "me vale" or "apetece" THEN it is possible risk; the same frames about chores are not', () => {
    expectRoutes([
      ['la neta ya ni ganas de vivir tengo', 'possible'],
      ['me vale madre si me pasa algo, ya ni me cuido', 'possible'],
      ['me apetece desaparecer y que nadie me eche de menos', 'possible'],
      ['me vale madre si llueve, igual voy al partido', 'none'],
    ]);
    // The reading's own judgement. The learned opinion retrained on 51 files routes this one as possible (a known false
    // alarm, measured with the rest in bench/crisis-cv.ts, not pinned line by line).
    expect(screenWith('no tengo ganas de ir a la fiesta, ni de salir', { second: null }).route).toBeNull();
  });
  it('GIVEN a Spanglish burden THEN it is possible risk', () => {
    expectRoutes([
      ['siento que todos estarian better off sin mi', 'possible'],
      ['el equipo esta better off sin la junta de los lunes', 'none'],
    ]);
  });
});

describe('the crisis screen reads Spanish harm and someone else’s crisis told sideways', () => {
  it('GIVEN regional blows and threats told as conditions THEN it is harm from others', () => {
    expectRoutes([
      ['mi marido me casco otra vez anoche', 'harm-from-others'],
      ['los de la colonia dicen que si no pago la cuota me desaparecen', 'harm-from-others'],
      ['me puse el casco otra vez para la bici', 'none'],
      ['si no llego a tiempo me descuentan el dia', 'none'],
    ]);
  });
  it('GIVEN an overdose or a goodbye story told about someone else THEN it is someone else’s crisis', () => {
    expectRoutes([
      ['mi vecino se paso con el fentanilo anoche, esta en urgencias', 'someone-else'],
      ['una participante subio una historia despidiendose de todos', 'someone-else'],
      ['se me paso la hora con el reporte de hoy', 'none'],
      ['una participante subio fotos de su viaje a la playa', 'none'],
    ]);
  });
});

describe('the crisis screen leaves Spanish everyday talk alone', () => {
  it('GIVEN heat, traffic and games THEN nothing alarming; the same sigh about life stays risk', () => {
    expectRoutes([
      ['ya no aguanto el calor de este verano', 'none'],
      ['anoche en el fortnite me mate solo con una granada jaja', 'none'],
      ['el examen me mato, pero creo que pase', 'none'],
      ['ya no aguanto mas, quiero morirme', 'possible'],
    ]);
  });
});
