import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// Everyday look-alikes read after the forty-eighth fresh batch (branch t-es48; languages/es/everyday-days-decisions-and-jokes.ts),
// each in wordings the development files do not hold, beside the real risk said with the same words that must keep its route.
describe('the crisis screen keeps Spanish everyday pills, work goodbyes, decisions and jokes quiet', () => {
  it('GIVEN the day\'s pills, a pill for a hangover or a reminder asked THEN nothing', () => {
    expectRoutes(
      [
        'listo, ya me tomé las pastillas del día, ahora sí a chambear',
        'ya me tomé las medicinas de hoy, ahorita a almorzar con mi suegra',
        'me tomé una pastillita pa la cruda y sigo sin poder levantarme jaja',
        'porfa que alguien me recuerde tomar la pastilla a las 8, siempre se me olvida',
      ],
      'none',
    );
  });

  it('GIVEN the whole supply of the day\'s pills, or the pills beside not waking THEN it keeps its route', () => {
    expectRoutes(['ya me tomé todas las pastillas del día y las de la semana, no quiero despertar'], 'imminent');
  });

  it('GIVEN goodbyes at a workplace with the new start told after THEN nothing', () => {
    expectRoutes(
      [
        'hoy me despedí de todos en la oficina, mañana arranco en la sucursal del centro',
        'ya me despedí de mis compañeros en la fábrica, el lunes empiezo en el turno de día en otra empresa',
        'le escribí una carta de despedida a mis alumnos porque termino el contrato en la escuela',
      ],
      'none',
    );
  });

  it('GIVEN a goodbye at work with no new start, or harm at work in front of everyone THEN it keeps its route', () => {
    expectRoutes(['ya me despedí de todos en la planta, no me van a ver más', 'ya me despedí de todos en la fábrica, mañana ya no voy a despertar'], 'imminent');
    expectRoutes(['el encargado me jaloneó frente a todos en la tienda y nadie dijo nada'], 'harm-from-others');
  });

  it('GIVEN a decision named right after it (a resignation, a move, studies) THEN nothing', () => {
    expectRoutes(
      [
        'ya lo decidí, me mudo a Monterrey en enero con mi prima',
        'ya tomé la decisión: dejo el curro y me voy a estudiar enfermería',
        'lo tengo decidido, renuncio el viernes y que se las arreglen',
      ],
      'none',
    );
  });

  it('GIVEN a decision with no everyday thing named THEN it keeps its route', () => {
    expectRoutes(['ya lo decidí, esta noche me mato', 'ya tomé la decisión, me voy a quitar la vida'], 'imminent');
  });

  it('GIVEN a wish or a threat to oneself tied to a meeting, a shift or an exam THEN nothing', () => {
    expectRoutes(
      [
        'me tiro por la ventana como me pongan otra junta a las 6',
        'me mato si me toca otra guardia de fin de semana jajaja',
        'hoy me mato con el parcial de cálculo, no entiendo nada',
        'me voy a dormir y no despierto en dos días, la boda me dejó muerta',
      ],
      'none',
    );
  });

  it('GIVEN the same wish tied to a person leaving or with no nuisance THEN it keeps its route', () => {
    expectOwnRisk(['si me deja mi novio me mato, ya no puedo más', 'me voy a dormir y no despertar nunca más']);
  });

  it('GIVEN "jaja mentira" after a sigh THEN nothing; a wish not taken back THEN it keeps its route', () => {
    expectRoutes(['me quiero morir, se me cayó el café en la compu jajaja mentira, ya la sequé'], 'none');
    expectOwnRisk(['me quiero morir jaja y no es mentira, ya no aguanto']);
  });

  it('GIVEN streaming subscriptions listed after "acabar con todo" THEN nothing; a means after it THEN imminent', () => {
    expectRoutes(['decidí terminar con todo... el Spotify, el Prime y el HBO, que ya no me alcanza'], 'none');
    expectRoutes(['decidí terminar con todo... la cuerda ya está en el cuarto'], 'imminent');
  });

  it('GIVEN a thesis, a protocol or a course about suicide or violence THEN nothing; the writer\'s own thoughts beside it THEN own risk', () => {
    expectRoutes(
      [
        'mi investigación es sobre ideación suicida en universitarios, ¿me ayudan con la encuesta?',
        'la jefa quiere que actualicemos el protocolo de riesgo suicida para enero',
        'el lunes empieza el curso sobre violencia en el noviazgo, ¿quién se apunta?',
        'necesito ideas para saber qué decir cuando alguien del grupo mencione el suicidio',
      ],
      'none',
    );
    expectOwnRisk(['la capacitación sobre suicidio me removió todo, llevo días pensando en matarme']);
  });
});
