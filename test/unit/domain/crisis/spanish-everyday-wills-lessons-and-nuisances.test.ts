import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// Everyday look-alikes read after the fifty-first fresh batch (branch t-es51; languages/es/everyday-wills-lessons-and-nuisances.ts),
// each in wordings the development files do not hold, beside the real risk said with the same words that must keep its route.
describe('the crisis screen keeps Spanish wills, lessons, moods and nuisances quiet', () => {
  it('GIVEN a will made at the notary, with the family gathered or its reason told THEN nothing', () => {
    expectRoutes(
      [
        'mi abuelito al fin hizo su testamento ante el escribano, ya era hora che',
        'mi viejita firmó su testamento con la licenciada y después nos fuimos a comer',
        'mi tío hizo su testamento y se pelearon los primos por la finca, qué novela',
        'ya hicimos el testamento, que con los gemelos ya tocaba',
        'mi suegra quiere hacer su testamento y el poder notarial, está sanita pero es precavida',
      ],
      'none',
    );
  });

  it('GIVEN a will beside a wish, a goodbye or a night set THEN it keeps its route', () => {
    expectOwnRisk(['mi abuela hizo su testamento con el notario y yo pensando que ojalá me muriera antes que ella']);
    expectRoutes(['ya dejé el testamento firmado y las llaves con mi hermana, esta noche me voy pa siempre'], 'imminent');
  });

  it('GIVEN a mood, a craving or a cold that grabbed the writer THEN nothing', () => {
    expectRoutes(
      [
        'me agarró una tristeza en la tarde, pero ya se me pasó con un cafecito',
        'en la visita me dio un bajón de azúcar, ya comí una galleta',
        'me pegó la gripa de los niños, ando moqueando',
        'me agarró el antojo de unas arepas, quién se apunta',
      ],
      'none',
    );
  });

  it('GIVEN a grab or a blow by someone THEN it stays harm', () => {
    expectRoutes(['mi marido me agarró del brazo y me empujó contra la pared', 'mi padrastro me pegó con el cinto anoche'], 'harm-from-others');
  });

  it('GIVEN a decision with its deed named right after THEN nothing', () => {
    expectRoutes(
      [
        'ya lo decidí, me apunto al gimnasio el lunes',
        'tomé la decisión, me inscribo en la maestría de trabajo social',
        'ya está decidido, nos compramos la camioneta usada',
      ],
      'none',
    );
  });

  it('GIVEN a decision to die or a purchase of a means THEN it keeps its route', () => {
    expectRoutes(['ya lo decidí, esta noche me quito la vida'], 'imminent');
    expectOwnRisk(['ya tomé la decisión, me compro la cuerda mañana y se acabó todo']);
  });

  it('GIVEN the night\'s plan listed after it THEN nothing', () => {
    expectRoutes(
      [
        'ya tengo todo planeado para el sábado: asado con mi familia y fútbol',
        'el plan pa esta noche: pelis, palomitas y a dormir temprano',
        'todo listo para hoy, tamales con los niños y la novela',
      ],
      'none',
    );
  });

  it('GIVEN a night planned beside pills or a death THEN it keeps its route', () => {
    expectRoutes(['ya tengo todo planeado para hoy: las pastillas y la carta en la mesa'], 'imminent');
    expectOwnRisk(['el plan de esta noche: cena con mi familia y después me mato']);
  });

  it('GIVEN a medicine or a syrup for an ailment THEN nothing', () => {
    expectRoutes(
      [
        'ya me tomé el jarabe pa la tos, ahora sí a dormir',
        'me tomé la pastilla para la presión y me voy a la junta',
        'ya me tomé las pastillas pa la regla, no me hablen hasta el mediodía',
      ],
      'none',
    );
  });

  it('GIVEN every pill taken at once THEN it keeps its route', () => {
    expectRoutes(['ya me tomé todas las pastillas de la presión juntas, ya no quiero despertar'], 'imminent');
  });

  it('GIVEN a report, a final or a series that "will kill me" THEN nothing', () => {
    expectRoutes(
      [
        'este reporte me va a matar, llevo toda la tarde',
        'la final del domingo me va a matar de los nervios, vamos Colo Colo',
        'esa tesis me va a matar, me falta todo el marco teórico',
      ],
      'none',
    );
  });

  it('GIVEN a person who "will kill me" THEN it stays harm', () => {
    expectRoutes(['ese tipo me va a matar, me dijo que me espera a la salida', 'mi ex me va a matar si se entera de dónde vivo'], 'harm-from-others');
  });

  it('GIVEN a role played or a guide about suicide THEN nothing', () => {
    expectRoutes(
      [
        'en el taller hice de paciente con ideación suicida y la compañera me entrevistó, muy bien',
        'compartieron un manual sobre cómo informar del suicidio sin morbo, se los paso',
        'en la práctica me tocó el papel de usuaria con conducta suicida, aprendí un montón',
      ],
      'none',
    );
  });

  it('GIVEN a guide beside the writer\'s own thoughts THEN it keeps its route', () => {
    expectOwnRisk(['leí la guía sobre cómo hablar del suicidio y me di cuenta que yo también pienso en matarme']);
  });

  it('GIVEN a touch told right after "la" THEN it stays someone else\'s crisis, and a time come due is nothing', () => {
    expectRoutes(['mi prima dice que su padrastro la toca cuando su mamá no está'], 'someone-else');
    expectRoutes(['renové el seguro del carro, que con la póliza vieja ya tocaba'], 'none');
  });

  it('GIVEN the baby or the small children keeping the writer awake THEN nothing', () => {
    expectRoutes(
      [
        'ando zombi, la beba no me dejó pegar el ojo en toda la noche',
        'los peques no me dejaron dormir con la tos, hoy llego tarde',
        'mis chamaquitos no me dejan dormir desde que empezaron las vacaciones jaja',
      ],
      'none',
    );
  });

  it('GIVEN a partner or an adult son keeping the writer from sleeping THEN it stays harm', () => {
    expectRoutes(['mi marido no me deja dormir, me despierta a gritos para revisarme el celular'], 'harm-from-others');
  });

  it('GIVEN a sleep "para siempre" said as the writer\'s own act beside a day THEN imminent', () => {
    expectRoutes(
      [
        'el sábado me duermo pa siempre, ya tengo todo guardado',
        'mañana en la noche me voy a dormir para siempre, gracias por todo parceros',
        'bo, hoy me duermo para siempre y listo, ya me despedí de mi vieja',
      ],
      'imminent',
    );
  });

  it('GIVEN a sleep "para siempre" wished, or bounded by an hour or no alarm THEN it stays a wish or nothing', () => {
    expectRoutes(['a veces quisiera dormirme para siempre, sin drama'], 'possible');
    expectRoutes(['el domingo me duermo para siempre, hasta el mediodía mínimo', 'este finde me duermo para siempre, sin alarma jaja'], 'none');
  });

  it('GIVEN the writer\'s worst times told as a past THEN nothing', () => {
    expectRoutes(
      [
        'en mis peores años me quería morir a diario, hoy acompaño a otros en el grupo',
        'hoy cumplí 3 años sobria, gracias a la madrina que me aguantó cuando yo quería matarme',
        'en mi peor racha pensaba en quitarme la vida, ahora lo cuento en los talleres',
      ],
      'none',
    );
  });

  it('GIVEN the worst time said as now, or come back THEN it keeps its route', () => {
    expectOwnRisk(['estoy en mi peor momento y quiero morirme, no aguanto más', 'en mi peor época quería morirme y esta semana volví a pensarlo']);
  });

  it('GIVEN a toy gun or a gun kept for the ranch, or Chile\'s "la pega" THEN nothing', () => {
    expectRoutes(
      [
        'le compré a mi sobrino una pistola de hidrogel y ahora nos dispara a todos',
        'mi suegro tiene su escopeta con licencia para la finca, por los zorros',
        'la pega nos tiene reventados esta semana, pero el sábado asado',
      ],
      'none',
    );
  });

  it('GIVEN a loaded gun someone means to use, or a woman hit by her husband THEN it keeps its route', () => {
    expectRoutes(['mi hermano tiene la pistola cargada y dice que hoy se mata', 'a mi vecina su marido la pega todas las noches'], 'someone-else');
  });
});
