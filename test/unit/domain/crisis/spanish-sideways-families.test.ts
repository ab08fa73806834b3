import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns alone (patternRouteOf), so a family is proven by the language files and not by the learned opinion.
// Families of Spanish wording read since the ninth fresh batch (languages/es/taken-and-at-hand.ts, goodbyes-and-faith.ts,
// wishes-said-plainly.ts, harm-told-sideways.ts, others-in-case-notes.ts). Every line here is written for the test, not
// taken from the corpus, and each family sits beside look-alikes of the same shape that must stay quiet.

describe('the crisis screen reads Spanish imminent risk told through the means', () => {
  it('GIVEN pills taken all at once, one after another, with drink or on purpose THEN it is imminent; a usual dose is not', () => {
    expectRoutes(
      [
        ['ya me tome las de la presion todas juntas, no se si avisar', 'imminent'],
        ['estoy tragando las pastis una tras otra mientras te escribo', 'imminent'],
        ['me bebi el frasco entero de clonas con una botella de ron', 'imminent'],
        ['ya me inyecte el doble a proposito', 'imminent'],
        ['me tome las pastillas de la presion como siempre, ya me siento mejor', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN what the pills do to the body after taking them THEN it is imminent', () => {
    expectRoutes(
      [
        ['tome tequila con las pastillas y ya no siento los pies', 'imminent'],
        ['me trague las pastis hace rato y ya vomite un poco', 'imminent'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a rope or a belt tied to something that holds a body THEN it is imminent; a hammock or a dog lead is not', () => {
    expectRoutes(
      [
        ['la cuerda ya esta amarrada a la viga del cuarto', 'imminent'],
        ['tengo el cinturon atado al tubo del closet', 'imminent'],
        ['ya amarre la cuerda al arbol para la hamaca', 'none'],
        ['ya tengo la correa lista para sacar al perro', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN the writer on the edge of a height THEN it is imminent; a roof repaired is not', () => {
    expectRoutes(
      [
        ['estoy sentado en la orilla de la azotea', 'imminent'],
        ['me subi al techo a arreglar la antena', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish lethality asked and secrecy beside a means', () => {
  it('GIVEN how many pills it takes not to wake up THEN it is imminent', () => {
    expectRoutes([['cuantas pastillas de estas se necesitan para no despertar', 'imminent']], patternRouteOf);
  });
  it('GIVEN secrecy asked beside a means or the next train THEN it is imminent; before a surprise, or beside self-harm alone, it is not', () => {
    expectRoutes(
      [
        ['ya compre la soga, no le digan a nadie', 'imminent'],
        ['cuando pase el siguiente tren me aviento', 'imminent'],
        ['ya compre el regalo de la jefa, no le digan a nadie', 'none'],
        ['me corte otra vez, no le digas a nadie porfa', 'possible'],
        ['cuando pase el siguiente camion te aviso', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN walking into water as a plan THEN it is imminent; a daily swim is not', () => {
    expectRoutes(
      [
        ['ya lo decidi, el domingo me meto al mar hasta que ya no', 'imminent'],
        ['me meto al mar hasta que no aguante, es mi rutina de natacion', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish goodbyes, faith and times', () => {
  it('GIVEN a goodbye kept secret beside a time THEN it is imminent; a farewell at work or the end of a shift is not', () => {
    expectRoutes(
      [
        ['ya me despedi de mis hijos sin que se dieran cuenta, esta noche', 'imminent'],
        ['me despedi de mis compañeros, hoy es mi ultimo dia en la chamba', 'none'],
        ['termine el turno, ya me voy a dormir', 'none'],
        ['ya me voy, nos vemos mañana equipo', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN forgiveness asked for what comes, or a letter that opens "si lees esto" THEN it is imminent; spam announced is not', () => {
    expectRoutes(
      [
        ['perdoname mama por lo que voy a hacer hoy', 'imminent'],
        ['si estas leyendo esto perdoname, no fue tu culpa', 'imminent'],
        ['perdon por lo que voy a hacer: spam de fotos del bebe jaja', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN services closed and absence said plainly THEN it is imminent; a move with things given away is not', () => {
    expectRoutes(
      [
        ['ya cancele el celular y di de baja la tarjeta, mañana ya no me van a encontrar', 'imminent'],
        ['me voy a mudar el sabado, ya regale mis plantas y mis libros', 'none'],
        ['me di de baja del gym', 'none'],
        ['mi abuelo hizo su testamento con el abogado, esta sano nomas es precavido', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN God asked to take the writer THEN it is possible risk; asking God for patience or a grant is not', () => {
    expectRoutes(
      [
        ['diosito llevame ya, no aguanto mas', 'possible'],
        ['le ruego a dios que me lleve mientras duermo', 'possible'],
        ['rezo para que me de un derrame y ya', 'possible'],
        ['le pido a dios que me de paciencia con mi suegra jaja', 'none'],
        ['rezo para que me de la beca', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish wishes and self-harm said plainly', () => {
  it('GIVEN tired of living, not deserving to live or wishing not to exist THEN it is possible risk; a wish about the weather is not', () => {
    expectRoutes(
      [
        ['ya me canse de vivir asi', 'possible'],
        ['no merezco vivir, soy una carga', 'possible'],
        ['ojala no existiera, soy un estorbo', 'possible'],
        ['ya no quiero nada, ni dormir ni vivir', 'possible'],
        ['me doy de baja de la vida', 'possible'],
        ['ojala no lloviera mañana', 'none'],
        ['me muero de risa con este video', 'none'],
        ['me mato estudiando para el examen', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN nothing lost if something happened, or others better off without the writer THEN it is possible risk; a night shift or a dog rehomed is not', () => {
    expectRoutes(
      [
        ['si me atropella el metro la verdad ni me importaria', 'possible'],
        ['no me aguanto mas estar viva', 'possible'],
        ['mis hijos estarian mejor con otra mama', 'possible'],
        ['me siento muerta en vida y quisiera que fuera de verdad', 'possible'],
        ['si me toca el turno de noche no me importaria', 'none'],
        ['no soporto vivir con mi suegra', 'none'],
        ['mi perro estaria mejor con otra familia, no lo puedo cuidar', 'none'],
        ['ojala se cayera el sistema para no trabajar jaja', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN cravings after months without cutting THEN it is self-harm; cravings after quitting smoking are not', () => {
    expectRoutes(
      [
        ['llevo tres meses sin cortarme y hoy tengo muchas ganas', 'possible'],
        ['llevo tres meses sin fumar y hoy tengo muchas ganas', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN teeth or nails used until blood or marks THEN it is self-harm', () => {
    expectRoutes(
      [
        ['me mordi el brazo hasta sangrar', 'possible'],
        ['me clave las uñas en las piernas hasta sacarme sangre', 'possible'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish harm from others told sideways', () => {
  it('GIVEN the phone checked, a tracking app, permission asked or money counted out THEN it is harm from others; homework checked is not', () => {
    expectRoutes(
      [
        ['mi novio me revisa el celular todas las noches y me borra contactos', 'harm-from-others'],
        ['mi pareja me instalo una app de rastreo en el cel sin decirme', 'harm-from-others'],
        ['tengo que pedirle permiso para todo, hasta para ir a ver a mi mama', 'harm-from-others'],
        ['me da el dinero contado y me exige los recibos', 'harm-from-others'],
        ['mi mama me revisa la tarea todas las noches', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a threat over the children, over telling or over leaving THEN it is harm from others; a teacher "killing" the writer over homework is not', () => {
    expectRoutes(
      [
        ['mi ex dice que sabe en que escuela estudian mis hijos', 'harm-from-others'],
        ['los de la pandilla dicen que si no pago la cuota me matan a mi y a mi familia', 'harm-from-others'],
        ['mi jefe me dijo que si digo algo me corre', 'harm-from-others'],
        ['mi suegro me dijo que si lo denuncio me va a quebrar', 'harm-from-others'],
        ['si no le entrego la tarea me mata la maestra jaja', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN sex asked for a job or the rent THEN it is harm from others', () => {
    expectRoutes(
      [
        ['el encargado me dijo que si quiero el puesto tengo que salir con el', 'harm-from-others'],
        ['mi casero quiere que le pague con favores', 'harm-from-others'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN being kicked out for who one is, blows with a belt, rage at doors, being found again THEN it is harm from others; being fired, flowers on a birthday and "no estoy segura" are not', () => {
    expectRoutes(
      [
        ['me corrieron de la casa cuando les dije que soy trans', 'harm-from-others'],
        ['mi papa me da con el cinturon cuando se enoja', 'harm-from-others'],
        ['mi esposo se enoja y rompe todo, ayer pateo la puerta', 'harm-from-others'],
        ['cambie de numero dos veces y aun asi me encuentra', 'harm-from-others'],
        ['tengo miedo de mi esposo', 'harm-from-others'],
        ['me corrieron del trabajo por llegar tarde', 'none'],
        ['me mandaron flores al trabajo por mi cumple', 'none'],
        ['no estoy segura de si ir a la fiesta', 'none'],
      ],
      patternRouteOf,
    );
  });
});

describe('the crisis screen reads Spanish threats said outright, blackmail and someone coming in', () => {
  it('GIVEN blackmail, a spiked drink, marks left, threats by message or "te voy a arreglar afuera" THEN it is harm from others', () => {
    expectRoutes(
      [
        ['me estan extorsionando, dicen que si no pago suben mis fotos', 'harm-from-others'],
        ['me pusieron algo en el trago en la fiesta y no me acuerdo de nada', 'harm-from-others'],
        ['ya me dejo marcas en el cuello otra vez', 'harm-from-others'],
        ['me manda amenazas por whatsapp desde otro numero', 'harm-from-others'],
        ['mi jefe me dijo que me iba a arreglar afuera', 'harm-from-others'],
        ['mi ex no deja de llamarme, ya lo bloquee tres veces', 'harm-from-others'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN assault named by its abbreviation or the possessive threat THEN it is harm from others; a company "SA de CV" is not', () => {
    expectRoutes(
      [
        ['el primo de mi amiga me hizo SA en la fiesta', 'harm-from-others'],
        ['mi novio me grito "si no vas a ser mia no vas a ser de nadie"', 'harm-from-others'],
        ['trabajo en una empresa sa de cv, pagan bien', 'none'],
      ],
      patternRouteOf,
    );
  });
  it('GIVEN a landlord coming in while the writer sleeps THEN it is harm from others', () => {
    expectRoutes([['el casero entro al depa sin avisar mientras yo dormia', 'harm-from-others']], patternRouteOf);
  });
});

describe('the crisis screen reads someone else\'s crisis in Spanish hand-offs', () => {
  it('GIVEN case notes, a call from a roof, an overdose told by the body, abuse of a child or cuts seen THEN it is someone else\'s; a call from the airport is not', () => {
    expectRoutes(
      [
        ['paciente con intento ayer, hoy en observacion', 'someone-else'],
        ['usuario en riesgo alto, ideacion pasiva sin plan', 'someone-else'],
        ['mi compa me marco llorando desde la azotea del hospital', 'someone-else'],
        ['el participante convulsiono despues de inyectarse, ya llego la ambulancia', 'someone-else'],
        ['la señora me conto que su pareja abusa de su hija', 'someone-else'],
        ['mi sobrino llego con cortes en las muñecas', 'someone-else'],
        ['a mi prima la sigue un tipo desde la escuela todos los dias', 'someone-else'],
        ['mi sobrina subio una despedida a sus estados y no contesta', 'someone-else'],
        ['mi compa no contesta, la ultima vez que se puso asi intento matarse', 'someone-else'],
        ['me marco mi mama desde el aeropuerto', 'none'],
        ['mi prima publico una foto de su despedida de soltera', 'none'],
        ['el pana me sigue en instagram jaja', 'none'],
      ],
      patternRouteOf,
    );
  });
});
