/**
 * Spanish everyday checks, help and services that look like control or harm, read after the seventy-seventh fresh batch (notation
 * in ../../patterns.ts; macros in ../es.ts). Joined to the Spanish frames by ./frames.ts and ./frames-asked.ts.
 */

/**
 * `craftChecked` (idiom, right after "me checa todo"): everything checked is what the writer cooks, writes or makes, a
 * relative's fussing ("mi suegra me revisa todo lo que guiso", "mi mamá me checa todo lo que escribo para la escuela").
 * What the writer spends, says or buys is no craft: "me checa todo lo que gasto" stays control.
 */
export const craftChecked: string[] = ['lo+que cocino|cocinamos|guiso|preparo|horneo|escribo|dibujo|pinto|tejo|coso|bordo|plancho|siembro|planto|estudio|traduzco'];

/**
 * `restrictionTold` (idiom, right after "ya no puedo"): "ya no puedo ni salir a la tienda sin que me marque" tells what someone lets the
 * writer do, not despair: the "without" names someone's permission or watch. "ya no puedo ni levantarme de la cama" stays.
 */
export const restrictionTold: string[] = [
  'ni __ sin avisarle|avisarles|avisar|permiso|pedirle|pedirles|preguntarle|reportarme|mandarle|mandarles',
  'ni __ sin que _ me? revis*|llam*|marq*|marc*|pregunt*|sig*|reclam*|regan*|grit*|cel*|enoj*|sepa|sepan|vigil*|rastre*',
];

/**
 * `kinHelpsOut` (read by ../../kin-helps-out.ts when nothing else was read): a relative waiting for the writer at a station or to
 * take them on an errand ("mi suegra me espera en la central a las 8", "mi tío me recoge afuera de la clínica para ir al súper"),
 * or anyone checking their schoolwork ("mi hermana me corrige los ensayos"). An ex or a partner waiting is no relative here.
 */
const kin = 'mama|mami|papa|papi|apa|ama|suegra|suegro|abuela|abuelo|abue|abuelita|abuelito|tia|tio|hermana|hermano|hija|hijo|prima|primo|comadre|compadre|madrina|padrino|sobrina|sobrino|nieta|nieto|cunada|cunado';
export const kinHelpsOut: string[] = [
  `${kin} me? espera|esperaba|esperan|recoge|recogia|recogen|va+a+esperar|va+a+recoger|pasa+por+mi|va+a+pasar+por+mi __ aeropuerto|central|terminal|estacion|parada|para+ir|para+llevarme|para+comer|para+desayunar|para+almorzar|para+cenar|para+el+mandado|para+hacer+el+super|al+mercado|al+super|a+misa|consulta|cita`,
  'me revisa|revisaba|checa|checaba|corrige|corregia|ayuda+con _ la|las|los|el|mis|mi tarea|tareas|ensayo|ensayos|ortografia|redaccion|deberes|apuntes|examen|examenes|curriculum|cv|proyecto|ejercicios|pronunciacion',
];

/**
 * `serviceNamedByViolence` (training, spanning the harm's words): a line, a shelter or a programme named by the violence it serves
 * ("¿le paso el número de la línea de violencia doméstica?", "el refugio para violencia familiar está lleno"): the words are its
 * name, not harm told. Word by word, so "la línea se cortó y él me pegó" names no service.
 */
export const serviceNamedByViolence: string[] = [
  'linea|lineas|hotline|telefono|numero|refugio|refugios|albergue|casa+de+acogida|centro|programa|servicio|servicios|unidad|fiscalia|chat _ de|del|contra|para|sobre|en la? violencia+domestica|violencia+familiar|violencia+intrafamiliar|violencia+de+genero|violencia+de+pareja|violencia+machista|maltrato',
];
