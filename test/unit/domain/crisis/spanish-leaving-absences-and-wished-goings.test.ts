import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns alone (branch t-es56; es/everyday-absences-and-wished-goings.ts, es/others-posted-a-farewell.ts): Spanish told in
// the language of leaving, in Mexican, Central American, Caribbean, Andean, Rioplatense and US Spanglish wordings written for
// the test, beside look-alikes in the same shapes.
const routes = (cases: readonly (readonly [string, string])[]) => expectRoutes(cases, patternRouteOf);

describe('an absence told with a schedule or an everyday reason', () => {
  it('GIVEN "no voy a estar" with a weekly day, a shift or an errand after it THEN nothing', () => {
    routes([
      ['ya no voy a estar los jueves, me pasaron al grupo de la tarde', 'none'],
      ['oigan ya no voy a estar en las mañanas porque me cambiaron de turno', 'none'],
      ['desde el mes que viene no vengo los sabados, es que me toca guardia en el hospital', 'none'],
      ['pana no voy a estar el viernes porque me mandaron a la capacitacion en san juan', 'none'],
      ['che no voy a estar mañana, tengo turno con el dentista a las 9', 'none'],
      ['no voy a estar el lunes por la boda de mi prima en cuenca', 'none'],
      ['heads up, ya no voy a estar los fines de semana, me cambiaron el schedule', 'none'],
    ]);
  });

  it('GIVEN "ya no voy a estar" bare, for nobody, or beside letters or a means THEN it stays imminent', () => {
    routes([
      ['ya no voy a estar mañana. ya tengo todo listo, perdonenme', 'imminent'],
      ['ya no voy a estar el domingo, ya escribi las cartas para mis hijos', 'imminent'],
      ['ya no voy a estar para nadie, ya lo decidi y tengo las pastillas', 'imminent'],
      ['ya no voy a estar mañana, tengo la soga en el carro', 'imminent'],
    ]);
  });
});

describe('"adiós para siempre" said to a thing', () => {
  it('GIVEN a goodbye forever to a chore, a machine or a habit THEN nothing', () => {
    routes([
      ['adios para siempre a las juntas de los lunes, por fin las cancelaron jaja', 'none'],
      ['bye pa siempre al fax, ya llego la compu nueva', 'none'],
      ['chao para siempre al cigarro, hoy cumplo un mes sin fumar', 'none'],
      ['adios para siempre al pinche trafico, ya trabajo desde la casa', 'none'],
    ]);
  });

  it('GIVEN a goodbye forever to everyone or beside pills taken THEN it stays imminent', () => {
    routes([
      ['adios para siempre a todos, ya tengo el plan y la hora', 'imminent'],
      ['adios para siempre, gracias por todo. ya me tome todas las pastillas', 'imminent'],
    ]);
  });
});

describe('a going wished forever and a wish not to wake', () => {
  it('GIVEN "ya me voy" with a wish that it were forever, or "ojalá no despertara mañana", and no plan THEN possible', () => {
    routes([
      ['cada vez que digo ya me voy quisiera que fuera para siempre, pero no pienso hacerme nada', 'possible'],
      ['bueno ya me voy del turno y ojala fuera para siempre. no tengo plan, pero ya no quiero vivir', 'possible'],
      ['cuando digo me fui quisiera que fuera pa siempre, no voy a hacer na pero ya no quiero vivir', 'possible'],
      ['ojala no despertara mañana, ya no le encuentro sentido a nada', 'possible'],
      ['quisiera no amanecer mañana, estoy harta de todo y ya no quiero vivir', 'possible'],
      ['ojala mañana no despierte, no tengo plan pero ya no quiero vivir', 'possible'],
    ]);
  });

  it('GIVEN the going or the morning beside a means, a place, a time set or pills taken THEN it stays imminent', () => {
    routes([
      ['mañana ya no despierto, ya me tome todo el frasco', 'imminent'],
      ['ojala no despertar mañana. esta noche me tomo todas las pastillas', 'imminent'],
      ['ya me voy y no vuelvo, quisiera que fuera hoy mismo, tengo la pistola aqui', 'imminent'],
      ['ya me voy, ojala sea para siempre. tengo la soga en el carro', 'imminent'],
      ['ya me voy al puente, ojala sea para siempre', 'imminent'],
    ]);
  });

  it('GIVEN a holiday wished longer THEN nothing', () => {
    routes([['me voy de vacaciones y ojala fuera para siempre jaja, no quiero volver a la oficina', 'none']]);
  });
});

describe('a farewell someone else posted', () => {
  it('GIVEN a third person who posted a goodbye beside a means, a high place or no answer THEN someone else', () => {
    routes([
      ['mi participante publico en su estado adios para siempre con una foto de una soga, ya llame a crisis movil', 'someone-else'],
      ['la vecina subio a su historia nos vemos del otro lado con una foto desde el puente, que hago?', 'someone-else'],
      ['mi hermano posteo en su face nos vemos en el otro lado y una foto de la pistola de mi papa, ya llamamos a la policia', 'someone-else'],
      ['un chamo del grupo escribio en el chat esta es mi despedida y ya no contesta el cel', 'someone-else'],
      ['mi clienta puso en face adios pa siempre y ya no responde, quien esta de guardia?', 'someone-else'],
    ]);
  });

  it('GIVEN a move or a chore said goodbye to in a post THEN nothing; the writer’s own post beside pills THEN imminent', () => {
    routes([
      ['mi primo puso en insta nos vemos del otro lado del charco, ya se fue pa madrid', 'none'],
      ['la vecina publico en su face adios para siempre al papeleo, ya se jubilo', 'none'],
      ['puse en mi face nos vemos del otro lado con foto de las pastillas', 'imminent'],
    ]);
  });
});

describe('an ordinary leaving with keys, car or coat', () => {
  it('GIVEN "ya me voy" with the keys, the car or the coat THEN nothing', () => {
    routes([
      ['ya me voy, traigo las llaves en la mano', 'none'],
      ['ya me voy, ya tengo las llaves del carro, nos vemos mañana', 'none'],
      ['bueno ya me voy, agarro mi abrigo y las llaves y cierro', 'none'],
      ['ya me fui, deje las llaves de la oficina con el guardia', 'none'],
    ]);
  });
});
