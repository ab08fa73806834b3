import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/everyday-errands-shifts-and-sighs.ts, laughed-off.ts). Every line is written for the test in
// several regions' wording; each family sits beside risk said in the same words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish errands, last shifts and sighs as everyday talk', () => {
  it('GIVEN pills fetched or prescribed with their ailment, or bought for an ailment the writer has THEN it is no risk; pills bought to not wake or gathered stay imminent', () => {
    routes.each(
      [
        'mañana paso a la botica por las pastillas de la presión y después al trabajo',
        'fui al consultorio y me mandaron unas pastillas pa la gripa, el lunes vuelvo',
        'hoy compré en la droguería las pastillas para la migraña de mi mamá',
        'ando con gripa, me compré unas pastillas y un caldo, mañana vuelvo al trabajo',
      ],
      'none',
    );
    routes.each(
      [
        'hoy compré pastillas para no despertar',
        'me compré unas pastillas en la farmacia para no despertar',
        'compré pastillas en la farmacia, esta noche me las tomo todas',
        'ya junté las pastillas del colesterol, el sábado lo hago',
      ],
      'imminent',
    );
  });

  it('GIVEN a goodbye on a last shift or to a thing sold or scrapped THEN it is no risk; a goodbye to everyone with no leaving stays', () => {
    routes.each(
      [
        'bueno gente, mi última guardia en el hospital, me despido de todos, los quiero',
        'me despido de mi moto, mañana se va al deshuesadero, adiós para siempre compañera',
        'me despido que me voy de viaje a oaxaca, adiós para siempre al tráfico por una semana',
        'last shift hoy, me despido de todos, gracias por todo chicos',
      ],
      'none',
    );
    routes.each(['me despido de todos, ya no voy a estar', 'adiós para siempre.', 'adiós para siempre, los quiero mucho'], 'imminent');
  });

  it('GIVEN an act over a trivial stake laughed at and taken back THEN it is no risk; a laugh alone or "no es broma" keeps the risk', () => {
    routes.each(
      [
        'otra junta de tres horas y me tiro por la ventana jajaja mentira',
        'si el américa no gana hoy me pego un tiro jaja no, pero qué coraje',
        'me cancelaron el día libre, me aviento del techo jsjs naa',
      ],
      'none',
    );
    routes.each(['me tiro del puente y no es broma', 'me aviento del segundo piso jajaja'], 'imminent');
    routes.each(['me quiero matar jajaja ya no puedo'], 'possible');
  });

  it('GIVEN "que dios me lleve" sighed over a nuisance THEN it is no risk; asked of God in earnest it stays', () => {
    routes.each(['ay que dios me recoja, otra vez se cayó el internet 😂', 'se fue la luz otra vez, que dios me lleve jaja'], 'none');
    routes.each(['le pido a dios que me lleve de verdad, ya no quiero seguir'], 'possible');
  });

  it('GIVEN "no aguanto más" about traffic, the bus or the kids with an arrival THEN it is no risk; a life not borne stays', () => {
    routes.each(
      [
        'el trancón está imposible, ya no aguanto, llego tarde',
        'no aguanto más esto de esperar el micro, llevo una hora',
        'ya no aguanto a los chamacos de vacaciones, auxilio',
      ],
      'none',
    );
    routes.ownRisk(['no aguanto más esto de vivir', 'ya no aguanto más, esta noche me mato']);
  });

  it('GIVEN "colgarse con" for falling behind or keeping money THEN it is no risk; a hanging with a belt stays', () => {
    routes.each(['perdón, me colgué con los mails de la semana', 'el primo se colgó con el vuelto y no devolvió nada', 'me colgué con la tarea, mañana la mando'], 'none');
    routes.each(['me cuelgo con el cinturón esta noche'], 'imminent');
  });

  it('GIVEN a will talked of by a healthy parent or letters of feedback for a workshop THEN it is no risk', () => {
    routes.each(
      [
        'mi viejo dice que cuando se muera le dejo el taller a mi hermano, jaja está más sano que yo',
        'mi mamá: cuando me muera te quedas con las joyas, y está perfecta',
        'terminé las cartas para los alumnos del curso, mañana se las doy',
      ],
      'none',
    );
    routes.each(['ya escribí las cartas para mis hijos, esta noche me voy'], 'imminent');
  });

  it('GIVEN dying or not bearing it said bare after the heat, the cold or the traffic THEN it is no risk; a wish or a life not borne stays', () => {
    routes.each(['qué calor en barranquilla mija, me estoy muriendo', 'uff qué frío en bogotá, me muero', 'qué bochorno en santo domingo, toy muriendo'], 'none');
    routes.each(['el tráfico en la panamericana, ya no aguanto más, una hora parada', 'qué calor en mérida chamo, ya no aguanto'], 'none');
    routes.each(['qué calor y me quiero morir', 'hace un calor horrible y me quiero matar', 'el tráfico está horrible, ya no aguanto más la vida'], 'possible');
  });

  it('GIVEN a safety plan made at work THEN it is no plan of the writer; a plan of their own stays', () => {
    routes.each(['hoy hicimos el plan de seguridad con la participante nueva', 'repasé el plan de crisis con el equipo'], 'none');
    routes.each(['ya tengo el plan, esta noche me mato'], 'imminent');
  });
});

describe("the crisis screen reads someone else's words told without marks after 'me dijo' as theirs", () => {
  it('GIVEN a participant named, then "me dijo" and their first-person words with no marks THEN it is someone else\'s crisis', () => {
    routes.each(
      [
        'la usuaria que acompaño me dijo ya no quiero vivir, y se fue llorando',
        'un chavo del grupo me dijo si me corren de la casa me mato y no sé qué hacer',
        'el participante nuevo me escribió me quiero morir, no contesta',
      ],
      'someone-else',
    );
  });
  it('GIVEN the writer telling their own words, or "me dice cosas" THEN the words stay the writer\'s', () => {
    routes.each(['le dije a mi mamá que me quiero morir'], 'possible');
    routes.each(['mi jefe me toca y me dice cosas, si digo algo me amenaza con despedirme'], 'harm-from-others');
  });
});
