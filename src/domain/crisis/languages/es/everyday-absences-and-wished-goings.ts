/**
 * Spanish leaving words read right, after the fifty-sixth fresh batch (notation in ../../patterns.ts, macros in ../es.ts).
 *
 * `absenceForAReason` (leaving): an absence told with a weekly schedule ("ya no voy a estar los martes", "en las tardes", "los
 * fines de semana") or an everyday reason right after it ("porque me cambiaron el horario", "es que me toca guardia", "tengo
 * cita en el consulado", "por la boda de mi prima"): a shift or an errand, not a farewell. A bare "ya no voy a estar", "para
 * nadie", "nunca más", a goodbye to family or a means beside it keep their weight (a leaving explains only the hints of its
 * sentence: absence, goodbyes, last words). "tengo" is a reason only with an errand after it ("tengo las pastillas" is none).
 *
 * `goodbyeToAThing` (leaving): "adiós para siempre" said to a chore or a thing ("al papeleo", "a las juntas de los lunes", "al
 * fax", "al cigarro"): relief, not last words. Said to people, to the world or to life ("a todos", "al mundo", "a la vida") it
 * names none of these and stays.
 *
 * `goingWishedForever` (idiom, right after the going's last word): "ya me voy, quisiera que fuera para siempre", "me despido y
 * ojalá fuera para siempre": the going is the everyday one (the end of a shift), the wish after it is what carries the risk,
 * and the wish is read on its own (possible). The wish's own words are not explained.
 *
 * `wishedTime` (pastTime): a time inside a wish not to wake ("ojalá no despertara mañana", "quisiera no amanecer mañana",
 * "ojalá mañana no despierte"): the subjunctive wishes, it sets no time, so "mañana" does not turn the thoughts beside it into
 * intent; so is one supposed with "si" ("si no despierto mañana tampoco pasaría nada"). "mañana ya no despierto" (no wish) and a time said apart ("esta noche me las tomo") stay a time set.
 */
const schedule = 'lunes|martes|miercoles|jueves|viernes|sabados|domingos|mananas|tardes|noches|findes|fines+de+semana|turnos|guardias|madrugadas';
const absent = 'no voy+a+estar|estare|vengo|voy+a+venir|voy+a+poder+estar|voy+a+poder+venir|puedo+venir|puedo+estar';
const errand = 'cita|consulta|doctor|doctora|dentista|tramites|tramite|clase|clases|examen|entrevista|junta|capacitacion|curso|boda|bautizo|graduacion|audiencia|corte|vuelo|guardia|turno|licencia|incapacidad|operacion|cirugia|viaje|mudanza|cumple|cumpleanos|reunion|evento';

const dayOffSaid = 'tengo|tenemos|me+toca|me+tocan|me+dieron|me+tome|me+tomo|pedi|agarre|es|estoy+de|ando+de|voy+de|salgo+de|me+voy+de|por|x|pa|para';
const dayOff = 'dia+libre|dias+libres|libre|descanso|dia+de+descanso|franco|vacaciones|vacas|permiso|dia+de+permiso|puente|day+off|off';

/**
 * `dayOffAfterTime` (idiom, right after the absence's time): "ya no voy a estar mañana, tengo día libre", "mañana no estoy, me toca
 * descanso": a time followed by the day off that explains it. "ya no voy a estar mañana" alone keeps its risk.
 */
export const dayOffAfterTime: string[] = [`manana|temprano|el+lunes|el+martes|el+miercoles|el+jueves|el+viernes|el+sabado|el+domingo|pasado+manana|el+finde ,? ${dayOffSaid} _ el|la|una|un|mi|mis? _ ${dayOff}`];

/** `awayFor` (../../away-explained.ts): the day off itself, so the learned opinion adds no route to an absence it explains. */
export const dayOffNamed: string[] = [`${dayOffSaid} _ el|la|una|un|mi|mis? _ ${dayOff}`];

export const absenceForAReason: string[] = [
  // A weekly schedule: "ya no voy a estar los martes", "no vengo en las tardes", "no voy a estar los fines de semana".
  `${absent} los|las|en+las|en+los|por+las|por+los|en+el+turno+de+las? ${schedule}`,
  // A shift or a job changed, said as the reason: "porque me cambiaron el horario", "es que me mandaron a la otra sede".
  `${absent} __ ,? porque|pq|xq|por+que|es+que|ya+que|pues _ me|nos _ cambiaron|cambian|movieron|mueven|pasaron|pasan|toca|tocan|mandaron|mandan|asignaron|dieron|pusieron`,
  // An errand named after it: "tengo cita en el imss", "me toca la audiencia", "por la boda de mi prima".
  `${absent} __ ,? tengo|tenemos|me+toca|hay|por|x|pa|para _ el|la|una|un|mi|mis|unos|unas? _ ${errand}`,
  // A day off named after it (branch t-known): "ya no voy a estar mañana, tengo día libre", "me toca descanso", "ando de vacaciones".
  `${absent} __ ,? ${dayOffSaid} _ el|la|una|un|mi|mis? _ ${dayOff}`,
];

const thing = 'papeleo|papel|papeles|fax|formatos|formularios|formulario|excel|carpetas|archivero|sistema|horario|turno|turnos|trafico|frio|calor|cigarro|cigarros|tabaco|vape|dieta|deuda|deudas|juntas|reuniones|tarea|tareas|examenes|escritorio|carro|coche|celular|cel|brackets|yeso|muletas|renta|alquiler|tramites|filas|uniforme|modem|wifi|internet|impresora|reloj+checador|bondi|metro|camion|guagua|oficina|depa|edificio';

export const goodbyeToAThing: string[] = [
  // "adiós para siempre al papeleo", "bye pa siempre a las juntas", "chao para siempre al pinche tráfico".
  `adios|bye|chao|chau|adiosito|hasta+nunca para+siempre|pa+siempre|por+siempre al|a+la|a+las|a+los|a+el|a+mi|a+mis maldito|maldita|pinche|bendito|bendita|viejo|vieja|famoso|famosa|eterno|eterna? ${thing}`,
];

export const goingWishedForever: string[] = [
  // Opens on the going's last word, or the everyday place it leaves (a shift, work, home; never a bridge): "ya me voy,
  // quisiera que fuera para siempre", "me voy del turno y ojalá fuera para siempre".
  'voy|fui|despido|largo del+turno|del+trabajo|de+la+chamba|de+la+oficina|del+grupo|a+casa|pa+casa|pa+la+casa? ,? y? a+veces? quisiera|ojala|quiero|desearia|deseo _ que? _ fuera|fuese|sea|seria _ para+siempre|pa+siempre',
];

export const wishedTime: string[] = [
  // "ojalá no despertara mañana", "quisiera no amanecer mañana", "quiero no despertar nunca".
  'ojala|quisiera|quiero|deseo|desearia _ no _ despertar|despertara|despertase|despertarme|despierte|amanecer|amaneciera|amaneciese|amanezca|levantarme _ manana|hoy|nunca|mas|@tiempo',
  // "ojalá mañana ya no despierte", "quisiera que mañana no amaneciera".
  'ojala|quisiera|desearia _ que? _ manana|hoy|@tiempo _ ya? no despierte|despertara|despertase|amanezca|amaneciera|amaneciese',
  // A passing thought told as "if": "pienso que si no despierto mañana no pasaría nada", "si mañana no amanezco, nadie lo nota".
  // The "si" supposes; it sets no time. "mañana ya no despierto" has no "si" and stays a time set.
  'si _ no _ despierto|amanezco|despertara|amaneciera|me+despierto|me+levanto _ manana|hoy|nunca|mas|@tiempo',
  'si _ manana|hoy|@tiempo _ ya? no despierto|amanezco|despertara|amaneciera|me+despierto|me+levanto',
];

/**
 * The wish itself, read wherever the going is ("ya me voy, ojalá sea para siempre"): once read only when no comma stood between
 * the going and "para siempre". It is a wish (possible), so a means or a place beside it still makes it imminent. Nothing
 * may stand between the going and the wish: "me voy de vacaciones y ojalá fuera para siempre" wishes the holiday longer.
 */
export const goingWishedForeverRead: Record<string, string[]> = {
  'wish-dead': ['me voy|fui|despido|largo ,? y? a+veces? quisiera|ojala|desearia _ que? _ fuera|fuese|sea|seria _ para+siempre|pa+siempre'],
};
