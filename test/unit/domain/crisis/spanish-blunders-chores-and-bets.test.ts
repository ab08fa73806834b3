import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/everyday-blunders-chores-and-bets.ts, es/tokens.ts, es/hyperbole-words.ts). Every line is
// written for the test in several regions' wording; each family sits beside risk said in the same words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish blunders, chores and bets laughed off as everyday talk', () => {
  it('GIVEN "me quiero morir" with a mix-up told right after it, or laughter typed "ajaja" THEN it is no risk; a wish with no mix-up stays', () => {
    routes.each(
      [
        'boludo me quiero morir, le mandé el sticker a mi suegra en vez de a mi novio jajaja',
        'ajajaja me quiero morir, le escribí "te amo" al profe sin querer',
        'me quiero morir jsjs, puse el meme en el grupo del trabajo por error',
      ],
      'none',
    );
    routes.each(['me quiero morir en vez de seguir así', 'me quiero morir, le dije a mi mamá que la odio', 'ajajaj me quiero morir, ya no puedo con nada'], 'possible');
  });

  it('GIVEN a pet that ate or broke the writer\'s things, or a bad connection, before or after the sigh in a laughing message THEN it is no risk', () => {
    routes.each(
      [
        'el perro se comió mis chanclas nuevas, me quiero morir jajaja',
        'mi gata me rompió la taza favorita, me quiero morir jaja',
        'pana me quiero morir con este wifi, se cae cada 5 minutos jaja',
        'me quiero morir con la señal de este pueblo jajaja',
      ],
      'none',
    );
    routes.each(['mi perro se murió y me quiero morir', 'me quiero morir, no es broma'], 'possible');
  });

  it('GIVEN "ya no puedo más" or "ya no aguanto" with the chore, the queue or the day named THEN it is no risk; the life or nothing named stays', () => {
    routes.each(
      [
        'ya no puedo más con la fila del banco, llevo una hora',
        'ya no aguanto los madrugones, pero bueno, a darle',
        'ya no puedo mas con tanta tarea, mañana entrego',
        'ya no aguanto este ruido de la obra, todo el día martillando',
        'comimos tanto en la boda que ya no puedo más',
        'uf me voy a morir del empacho, comí como tres tamales',
      ],
      'none',
    );
    routes.each(['ya no puedo más con la vida', 'ya no puedo más con esto, me quiero morir', 'ya no aguanto más esto de vivir'], 'possible');
  });

  it('GIVEN a threat over a team, a meeting or an exam laughed at and taken back, or its petty reason said right after THEN it is no risk; a threat meant stays', () => {
    routes.each(
      [
        'si el américa pierde la final me aviento de la azotea jajaja mentira',
        'si me ponen otra junta a las 7 me tiro por la ventana jaja broma, pero en serio que no',
        'el viernes me mato porque tengo dos parciales seguidos',
        'si descendemos me tiro al río jajaja chiste',
      ],
      'none',
    );
    routes.each(['me voy a matar porque tengo deudas'], 'imminent');
    routes.each(['me quiero morir jajaja es broma, pero en serio que no puedo más'], 'possible');
    routes.each(['jaja… pero ya neta me quiero morir', 'me quiero matar jajaja es broma, pero ya neta', 'me quiero morir jaja es broma, hablando en serio'], 'possible');
  });

  it('GIVEN rope bought to tie a load for a move, or slides from a training THEN it is no risk; rope bought with a place in mind stays', () => {
    routes.each(
      [
        'compré soga pa amarrar los muebles a la camioneta, el sábado nos mudamos',
        'pasé por cuerda para sujetar la lona del flete',
        '¿me pasan las diapositivas de la formación sobre prevención del suicidio?',
        'alguien guardó el temario del módulo de riesgo suicida?',
      ],
      'none',
    );
    routes.each(['compre cuerda para amarrarme esta noche'], 'imminent');
  });

  it('GIVEN someone\'s words told after "me dijo que", carried on after a comma by another "que" THEN they are someone else\'s', () => {
    routes.each(['mi compa me dijo que ya no aguanta, que mejor estar muerto', 'la participante me dijo que está cansada, que ya no quiere vivir'], 'someone-else');
  });

  it('GIVEN an English report verb inside a Spanish line THEN the words after its "que" are someone else\'s; the writer\'s own words told to someone stay', () => {
    routes.each(['mi primo said que mejor estar muerto', 'mi clienta me texted que ya no quiere vivir', 'la participante told me que se quiere matar'], 'someone-else');
    routes.each(['le said a mi terapeuta que me quiero morir'], 'possible');
  });
});
