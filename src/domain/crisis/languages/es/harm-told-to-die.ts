/**
 * Spanish cruelty said to the writer (notation in ../../patterns.ts; joined to the other harm files by ../es.ts): someone
 * telling the writer they should have died, should die or kill themself, or are a burden ("mi mamá me sigue diciendo que
 * ojalá me hubiera muerto yo", "mi ex me dijo que me matara", "mi suegra dice que soy un estorbo"). Harm from others: the
 * words of dying inside the telling are the teller's (../../told-to-die.ts reads the Spanish verbs of telling as well), and the
 * writer's own only when taken up or beside a means.
 *
 * Never read: advice said to the writer about their own thoughts ("me dijo que si pienso en matarme la llame": the words after
 * "que" must be the wish itself), someone else's wish reported ("dice que se quiere morir", "dice que ojalá se muera su ex").
 */
/**
 * The one who tells, named: "mi cabeza me dice que me mate" is the writer's own thought (an inner voice is no teller), so the
 * singular verb needs a person before it.
 */
const teller =
  'mama|papa|madre|padre|padrastro|madrastra|ex|novio|novia|esposo|esposa|marido|pareja|suegra|suegro|hermano|hermana|tio|tia|abuela|abuelo|jefe|jefa|primo|prima|familia|hijo|hija|cunado|cunada|companero|companera|vecino|vecina|viejo|vieja|el|ella|amiga|amigo|maestra|maestro|profe|doña|dona|' +
  // A stranger online (batch 107): "alguien del server me manda mensajes diciendo que me mate".
  'alguien|tipo|tipa|usuario|usuaria|cuenta|anonimo|anonima|troll';
const tellingMany = 'dicen|dijeron|decian|gritan|gritaron|escriben|escribieron|mandan|mandaron|repiten|han+dicho';
const telling =
  'dice|dijo|dicen|dijeron|decia|decian|diciendo|ha+dicho|han+dicho|grita|grito|gritaba|gritando|escribe|escribio|escribieron|manda|mando|repite|repitiendo|texteo|textea|echa+en+cara|echo+en+cara';
/** The wish said of the writer, in the forms a teller uses: subjunctive, "debería", the past that did not happen. */
const wished =
  'muera|muriera|hubiera+muerto|mate|matara|hubiera+matado|ahorque|ahorcara|tire|tirara|largue+de+este+mundo|desaparezca|desapareciera|matar|morir|ahorcar|no+hubiera+nacido|nunca+hubiera+nacido|hubiera+abortado|debi+morir|debia+morir|debi+haber+muerto';
/** The same wish said to "tú" (an imperative "mátate" is read "te mata"). */
const wishedToYou =
  'mueras|murieras|hubieras+muerto|mates|mataras|hubieras+matado|ahorques|ahorcaras|tires|tiraras|desaparezcas|mata|muere|ahorca|no+hubieras+nacido|nunca+hubieras+nacido|no+debiste+nacer|nunca+debiste+nacer';
/** What may stand between "que" and the wish: "que ojalá", "que mejor", "que debería", "que por qué no". */
const lead = 'ojala|mejor|deberia|debo|tengo+que|por+que+no|porque+no|pq+no|xq+no|solo|nomas|mejor+ya|ya|ojala+y';
const burden = 'una? carga|estorbo|un+estorbo|un+error|una+desgracia|una+verguenza|basura|un+cero+a+la+izquierda';

export const harmToldToDieEs: Record<string, string[]> = {
  threat: [
    // "mi mamá me sigue diciendo que ojalá me hubiera muerto yo", "mi ex me dijo que me matara", "mi papá dice que ojalá me hubiera muerto".
    `${teller} _ me? _ ${telling} que ${lead}? me? ${wished}`,
    // Told by many, the verb in the plural: "en la escuela me dicen que me muera".
    `me _ ${tellingMany} que ${lead}? me? ${wished}`,
    `${teller} _ me? _ ${telling} que ${lead}? nunca|no _ debi|debiste|debia _ nacer|haber+nacido`,
    // "mi suegra me dice que soy un estorbo", "mi papá siempre me dijo que fui un error".
    `${teller} _ me _ ${telling} que soy|fui|era|he+sido ${burden}`,
    `me _ ${tellingMany} que soy|fui|era|he+sido ${burden}`,
    // In the teller's own words, to "tú": "mi mamá me dijo 'ojalá te hubieras muerto tú'", "mi ex me gritó 'mátate'".
    `${teller} _ me? _ ${telling} :? "? '? ${lead}? te? ${wishedToYou}`,
    `me _ ${tellingMany} :? "? '? ${lead}? te? ${wishedToYou}`,
  ],
};
