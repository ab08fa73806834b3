import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/everyday-blows-and-cycles.ts, the role list in everyday-errands-shifts-and-sighs.ts, the
// place words in hyperbole-words.ts). Every line is written for the test in several regions' wording; each family sits beside
// risk or harm said in the same words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish blows of news, cycles closed, heat and people borne as everyday talk', () => {
  it('GIVEN "me pegó duro" said of news, a relapse or a loss THEN it is no harm; a person who hit the writer stays harm from others', () => {
    routes.each(
      [
        'la recaída de mi padrino me pegó duro, pero ya lo hablé en el grupo',
        'la noticia me pegó fuerte, no me lo esperaba',
        'güey, lo de mi abuela me pegó bien duro',
        'me pegó durísimo la muerte de mi perrito, parce',
        'el diagnóstico de mi tía me pegó feo, ando bajoneado pero con mi gente',
        'el despido de mi compañera me golpeó, todavía no lo proceso',
      ],
      'none',
    );
    routes.each(
      [
        'mi pareja me pegó duro anoche y tengo miedo de volver',
        'mi padrastro me pegó fuerte con la mano abierta',
        'me pegó duro otra vez y ahora tengo el ojo morado',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a goodbye at work with a cycle closed at a place or a meeting promised THEN it is no risk; a goodbye with the end of a life stays imminent', () => {
    routes.each(
      [
        'me despido de ustedes, hoy cierro mi ciclo en la asociación, nos vemos en el taller del martes',
        'compas, hoy cerré mi etapa en la clínica, me despido con cariño',
        'bueno gente, me despido del grupo de whats, nos seguimos viendo en los cursos',
        'me despido de todos por aquí, seguimos en contacto, cambio de chamba',
        'hoy termino mi periodo en el albergue, me despido, nos volveremos a ver en las jornadas',
      ],
      'none',
    );
    routes.each(
      [
        'me despido de ustedes, ya no aguanto, hoy es el día',
        'me despido de todos, ya dejé las pastillas listas para esta noche',
      ],
      'imminent',
    );
  });

  it('GIVEN dying said "aquí" after the heat or the traffic THEN it is no risk; dying said inside or a life not borne stays possible', () => {
    routes.each(
      [
        'qué calor en este camión, me estoy muriendo aquí, ábranme la ventana',
        'wepa qué bochorno en la guagua, me muero acá',
        'el tranque en la autopista, me estoy muriendo aquí',
      ],
      'none',
    );
    routes.each(['me estoy muriendo aquí por dentro', 'qué calor, y la verdad me quiero morir'], 'possible');
  });

  it('GIVEN "no aguanto" said of a person named by role THEN it is venting; no one named or life itself stays possible', () => {
    routes.each(
      [
        'chamo ya no aguanto a la coordinadora, todo lo quiere pa ayer',
        'no soporto al supervisor nuevo, es un intenso',
        'tía, ya no aguanto a mi suegra en casa',
        'no banco más a mi jefa, boludo',
        'bro ya no aguanto a mi roomie, never lava los platos',
      ],
      'none',
    );
    routes.each(['ya no aguanto más la vida', 'ya no aguanto nada, quisiera no despertar'], 'possible');
  });
});
