import { describe, it } from 'vitest';
import { patternRouteOf, routeOf, routesBy } from '../../../helpers/crisis-routes.js';

// languages/es/everyday-moves-habits-and-gear.ts, place-left.ts and the plan's purpose in languages/es/own-risk.ts. Every line
// is written for the test in several regions' wording; each family sits beside risk said in the same words that keeps its route.
const patterns = routesBy(patternRouteOf);
const whole = routesBy(routeOf);

describe('the crisis screen reads Spanish moves, habits, gear and lessons as everyday talk and keeps the risk beside them', () => {
  it('GIVEN a going forever from a home, a job or a town THEN it is a move; from the world, bare, or denied it keeps its route', () => {
    patterns.each(
      [
        'me largo de esta empresa para siempre, el lunes entrego la carta',
        'nos vamos del barrio pa siempre, ya encontramos depa en otra colonia',
        'me voy para siempre de este pueblo, consegui chamba en la capital',
        'ya me quiero ir del depto para siempre, el casero no arregla nada',
      ],
      'none',
    );
    patterns.ownRisk(['me voy de este mundo para siempre', 'me voy para siempre, perdónenme todos', 'seria mejor no llegar nunca a la casa, me quedo en el carro pensando']);
  });

  it('GIVEN a going home at the end of a long day WHEN the whole screen reads it THEN the learned opinion adds no route; a going home to die keeps its route', () => {
    whole.each(['ya quiero irme a mi casa, esta junta no termina nunca', 'me quiero ir pa la casa, que día tan largo', 'me largo de esta empresa para siempre, el lunes entrego la carta'], 'none');
    whole.ownRisk(['me voy pa la casa a matarme', 'ya no voy a salir de este cuarto, perdónenme hijos']);
    whole.each(['ya no me quiero ir a mi casa, alli me pegan'], 'harm-from-others');
  });

  it('GIVEN a thought of suicide that comes back every night or a day of carrying on THEN it is possible; a time set stays imminent', () => {
    patterns.each(
      [
        'todas las noches pienso en matarme, pero no tengo ningún plan',
        'cada mañana pienso en suicidarme antes de levantarme',
        'noche tras noche pienso en quitarme la vida',
        'llevo días pensando en matarme, pero bueno, mañana sigo con la chamba',
        'a veces pienso en suicidarme. mañana será otro día',
      ],
      'possible',
    );
    patterns.each(['esta noche me mato, ya lo decidí', 'pienso en matarme cada noche y hoy en la noche lo hago', 'pienso en matarme y mañana lo hago'], 'imminent');
  });

  it('GIVEN an urge held off on purpose ("para no hacerlo") THEN it is self-harm, possible; a resolve to do it stays imminent', () => {
    patterns.each(['tengo ganas de cortarme, estoy con la liga en la muñeca para no hacerlo'], 'possible');
    patterns.each(['ya tengo la navaja y hoy voy a hacerlo'], 'imminent');
  });

  it('GIVEN a rope named by its sport or the day\'s pills named by their ailment THEN it is no means; a rope with a wish, a use denied or a whole supply stays imminent', () => {
    patterns.each(
      [
        'quien me presta una soga de rapel pal domingo? vamos a la cascada',
        'necesito una cuerda de escalada nueva para el viernes',
        'ya me tomé la pastilla de la presión, gracias por recordarme',
        'ya me tome las del colesterol jaja',
      ],
      'none',
    );
    patterns.each(['me quiero matar, ya tengo la cuerda lista pal sabado', 'compré una cuerda para el sábado y no es para escalar', 'me tomé todas las pastillas de la presión de un jalón', 'ya junté las pastillas del colesterol, esta noche lo hago'], 'imminent');
  });

  it('GIVEN a sleep forever that is a day off\'s plan or a workshop that teaches to ask about suicide THEN it is no risk; the wish itself and a question answered yes keep their route', () => {
    patterns.each(
      [
        'dormir para siempre es mi plan del sábado jaja',
        'en el taller nos enseñaron a preguntar directamente por ideación suicida',
        'practicamos cómo preguntar abiertamente sobre el suicidio en la capacitación',
      ],
      'none',
    );
    patterns.each(['dormir para siempre es lo único que quiero', 'mi psicóloga me preguntó directo por el suicidio y le dije que sí lo pienso'], 'possible');
  });
});
