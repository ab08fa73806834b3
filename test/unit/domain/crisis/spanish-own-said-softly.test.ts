import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by the language files (languages/es/own-risk-said-softly.ts, dictated.ts,
// tokens.ts) and not by the learned opinion. Every line is written for the test in several regions' wording, beside
// everyday look-alikes of the same shape that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish own risk said softly, regionally or in passing', () => {
  it('GIVEN God asked to take the writer, or death waited for THEN it is own risk; blessings, pick-ups and sayings are not', () => {
    routes.ownRisk([
      'ojalá Diosito me recoja ya, estoy harta de todo',
      'papá Dios por qué no me llevas a mí',
      'le pido a la virgencita que si me quiere llevar que me lleve',
      'que el Señor me recoja pronto, ya no aguanto',
      'que venga la muerte, aquí la espero',
    ]);
    routes.each(
      [
        'que Dios te bendiga y te acompañe en el viaje',
        'el señor del taxi me recoge a las 5 en la esquina',
        'cuando Dios me quiera llevar que me encuentre trabajando, decía mi abuelita',
        'mi primo me lleva al aeropuerto mañana, gracias a Dios',
      ],
      'none',
    );
  });
  it('GIVEN a day one would rather not have woken to, or neither dying nor living THEN it is own risk; early alarms are not', () => {
    routes.ownRisk([
      'hoy me levanté con ganas de no haber despertado',
      'no quisiera volver a despertar, de verdad',
      'ya no quiero ver otro amanecer',
      'no quiero matarme pero tampoco quiero seguir viviendo',
    ]);
    routes.each(['tampoco quiero ir a la fiesta de la oficina', 'me muero de sueño, no quiero amanecer tarde otra vez'], 'none');
  });
  it('GIVEN a death that would come by itself, or sought from others THEN it is own risk; weather and hunger are not', () => {
    routes.ownRisk([
      'a veces quisiera que me partiera un rayo y ya',
      'ojalá el corazón se me detuviera mientras duermo',
      'me metía en broncas porque buscaba que me mataran',
      'quisiera apagarme y no volver a prender nunca más',
    ]);
    routes.each(['ojalá no me caiga un rayo en el partido, está feo el cielo', 'quisiera que se me quitara el hambre, no he comido', 'apaga la tele y no la prendas hasta que acabes la tarea'], 'none');
  });
  it('GIVEN leaving this life, going to the dead or before God by one\'s own hand THEN it is own risk, imminent with a time', () => {
    routes.each(['esta noche me voy de esta vida', 'el domingo me voy con mi mamá que ya está en el cielo'], 'imminent');
    routes.ownRisk(['me voy a presentar ante Dios por mi propia mano', 'ya me quiero ir de este plano, estoy cansadísima']);
    routes.each(['el domingo me voy con mis abuelos al rancho', 'mañana me presento ante el juez por lo del carro', 'este mueble lo hice por mi propia mano'], 'none');
  });
  it('GIVEN thoughts of not being, the only way out, the wheel let go or the river THEN it is own risk; a door and a detour are not', () => {
    routes.ownRisk([
      'solo me da paz pensar en dejar de existir',
      'la única salida que veo es morirme',
      'cuando voy en la carretera pienso en dar un volantazo',
      'cuando paso por el río pienso en tirarme y que me trague',
      'ya no sé ni pa qué sigo respirando',
      'no se ni pa que respiro',
    ]);
    routes.each(['la única salida es por la puerta de atrás', 'pienso en dar la vuelta por la otra calle', 'no se ni para que sirve este botón', 'no se ni mueve el perro, está dormido'], 'none');
  });
  it('GIVEN a gun loaded or brought, nobody to follow, gone by the time someone wakes THEN it is imminent; hunting and a day off are not', () => {
    routes.each(
      [
        'ya cargué la escopeta, que nadie me siga',
        'ya me traje el fierro de mi apá. mañana temprano',
        'díganle a mi mamá que me perdone. mañana cuando despierten ya no voy a estar',
        'que Dios me lleve esta noche y si no lo hace lo hago yo',
      ],
      'imminent',
    );
    routes.each(['ya cargué la escopeta para la cacería del sábado con mi compadre', 'mañana cuando despiertes ya no voy a estar, entro temprano al trabajo', 'que nadie me siga en insta jaja'], 'none');
  });
  it('GIVEN love said through others, papers shown, belongings and pets handed over beside an absence THEN it is imminent; gifts and trips are not', () => {
    routes.each(
      [
        'díganle a mi jefa que sí la quise mucho. esta noche',
        'saquen mis cosas y dénselas a mi familia, mañana ya no estoy',
        'le dejé dicho a mi prima dónde están los papeles del terreno, mañana ya no me busquen',
        'he regalado la gata a mi hermana y la guitarra a Nacho. esta noche me voy, no me busquéis',
      ],
      'imminent',
    );
    routes.each(
      [
        'regalé mi play a mi primo porque me mudo a Monterrey el sábado',
        'le regale la guitarra a mi sobrino, hoy cumple 15',
        'te dejé anotado dónde guardo la libreta del banco, por si se ocupa mientras estoy de viaje el lunes',
      ],
      'none',
    );
  });
  it('GIVEN Spanish said by voice with its punctuation spoken THEN its sentences end where said; a coma and "a punto de" keep their sense', () => {
    routes.ownRisk(['buenas noches coma nomás quería decir que estoy mal punto mi familia estaría mejor si yo no estuviera punto']);
    routes.each(['mi abuelo está en coma desde ayer y estamos en el hospital', 'estoy a punto de salir punto nos vemos a las 8 en punto'], 'none');
  });
  it('GIVEN an accident on the way that would not matter, or something that would end it all THEN it is own risk; a lost day\'s pay and good luck are not', () => {
    routes.ownRisk([
      'si me atropella un micro de camino a la chamba la verdad no pasaría nada',
      'ojalá me pasara algo y se terminara todo de una vez',
    ]);
    routes.each(['si me atropellan de camino a la escuela no me pagan el dia', 'ojala se terminara todo el papeleo hoy y me pagaran'], 'none');
  });
  it('GIVEN chat and Spanglish spellings of dying (unalivear, a masked suicidio, vivr) THEN it is own risk; a workshop on the word is not', () => {
    routes.ownRisk(['la neta me quiero unalivear', 'otra vez con ideas de s*icidio', 'no quiero vivr ya']);
    routes.each(['hoy tuvimos un taller sobre homicidio y suicidio en la comunidad'], 'none');
  });
  it('GIVEN a deadline before the act, or not coming down or out alive beside another sign THEN it is imminent; a ride and a thesis are not', () => {
    routes.each(
      [
        'si no me llama antes de las 10 me tomo todo lo que tengo aqui',
        'le dije a mi papá que me perdone, la pistola está aquí a mi lado',
        'ya les mandé a mis hermanas que las quiero mucho, ya no voy a salir de esta pieza',
        'estoy en la camioneta y de aquí no me bajo viva, todo está listo',
      ],
      'imminent',
    );
    routes.each(['de esta montaña rusa no me bajo vivo jajaja', 'ya no voy a salir de mi cuarto hasta acabar la tesis', 'antes me cortaba pero ya llevo un año bien'], 'none');
  });
  it('GIVEN cutting still going on, a field poison drunk, or a plan not to be talked out of THEN it is imminent; cough syrup and a wedding are not', () => {
    routes.each(
      [
        'me hice cortadas en el brazo y no puedo parar',
        'acabo de tomarme el veneno para las ratas, ya me arde todo',
        'ya está todo preparado para hoy, no traten de detenerme, solo que alguien cuide a mi gata',
      ],
      'imminent',
    );
    routes.each(['me tome el liquido para la tos y ya me siento mejor', 'no quiero que me convenzan de ir a la boda el sabado', 'alguien me cuida al perro el finde? me voy a la playa'], 'none');
  });
});
