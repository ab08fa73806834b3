import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish food finished, years clean, a farewell from work, a note in someone\'s room and a Spanglish "texted me" (fresh batch 101)', () => {
  // es/everyday-food-finished-and-years-clean.ts foodFinished
  it('GIVEN an end to everything meant, with a time or a despair THEN own risk stays', () => {
    expect.ownRisk(['quiero acabar con todo, ya no aguanto más', 'voy a acabar con todo esta noche', 'acabé con todo, ya compré lo que necesitaba para esta noche', 'hoy termino con todo, ya no puedo']);
  });

  it('GIVEN a cake, an ice cream or the office bread finished THEN nothing', () => {
    expect.each(['acabé con todo el pastel de la fiesta jaja', 'terminé con todo el helado del congelador', 'me acabé con todas las arepas del desayuno'], 'none');
  });

  // es/everyday-food-finished-and-years-clean.ts yearsClean
  it('GIVEN thoughts of dying now, or back again after years clean THEN own risk stays', () => {
    expect.ownRisk(['llevo 5 años limpio pero otra vez pienso en matarme', 'llevo dos días sin dormir y pienso en matarme', 'hoy estoy en consumo otra vez y pienso en matarme', 'cuando estaba en consumo pensaba en matarme y ahora otra vez lo pienso']);
  });

  it('GIVEN thoughts of dying told of the years of use, with the years clean now THEN nothing', () => {
    expect.each(['cuando estaba en consumo quería matarme, hoy llevo 2 años limpia', 'cuando andaba en la calle pensaba en morirme; llevo 8 meses sobrio', 'cuando estaba en el vicio quería matarme, hoy cumplo dos años limpia'], 'none');
  });

  // es/farewell-to-a-thing.ts farewellFromWork
  it('GIVEN the writer\'s own farewell letter, or a brother\'s THEN imminent', () => {
    expect.each(['ya escribí mi carta de despedida', 'dejé mi carta de despedida en la mesa', 'encontré la carta de despedida de mi hermano', 'tengo lista la nota de despedida para mis hijos'], 'imminent');
  });

  it('GIVEN a farewell letter or mail from a former boss, a supervisor or a teacher leaving THEN nothing', () => {
    expect.each(['el correo de despedida de la supervisora estuvo lindo', 'nos mandaron la carta de despedida del antiguo jefe, se va a otra empresa', 'leí la carta de despedida del profe, se jubila'], 'none');
  });

  // whose.ts possessorAfter ("en su", someone named before) and es.ts reportVerbs ("texted")
  it('GIVEN a farewell note found in the room of someone named, or their goodbye "texted me" THEN someone-else', () => {
    expect.each(
      [
        'mi hermana no sale de la pieza y vi una nota de despedida en su mesa',
        'mi compa de cuarto no contesta y encontré una carta de despedida sobre su almohada',
        'mi amiga texted me "ya no me van a ver, gracias por todo" y no contesta',
        'my cousin texted me "perdón por todo, cuiden a mis hijos" y apagó el cel',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer\'s own note left on a bed, or a birthday card on a friend\'s desk THEN not someone else\'s', () => {
    expect.each(['dejé mi carta de despedida en su cama', 'vi una nota de despedida en su cama'], 'imminent');
    expect.each(['mi amiga me dio una tarjeta de cumpleaños en su escritorio'], 'none');
  });
});
