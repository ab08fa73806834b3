/**
 * Spanish everyday talk read since the fifty-eighth fresh batch (notation in ../../patterns.ts; joined to the frames in
 * ./frames.ts and ./frames-asked.ts).
 *
 * `newsAsDoer` (littleDoer: the doer named right before the act): "me pegó (duro)" said of news, a relapse, a death or a loss
 * ("la recaída de mi ahijado me pegó duro", "la noticia me pegó fuerte", "lo de mi jefa me golpeó"): an emotional blow, not a
 * person hitting the writer. Only such a word standing right before "me" counts, alone or with whose it is ("de mi ahijado");
 * "mi pareja me pegó duro" and "la noticia... y mi esposo me pegó" keep their harm.
 *
 * `newsAfterBlow` (idiom, right after "me pegó"): the same blow with the news named after it ("me pegó duro la noticia",
 * "me pegó fuerte lo de mi abuela"). "me pegó duro con el cinturón" names no news and stays.
 *
 * `vehicleAsDoer` (littleDoer): the same with the vehicle named before the blow ("si un carro me pega"). A wish to be hit is
 * read in ./own-risk-said-softly.ts.
 *
 * `vehicleAfterGrab` (idiom, right after "me agarra/me pisa"): the one that grabs is a bus or a car ("casi me agarra un bondi",
 * "me pisó un carro en la esquina"): a near miss or an accident, no person's harm. A wish to be hit is read in
 * ./own-risk-wished-sideways.ts. "me agarró del brazo" names no vehicle and stays harm.
 *
 * `cycleClosedAtWork` (leaving): a cycle or a stage closed at a place of work or study ("hoy cierro mi ciclo en la fundación",
 * "cerré mi etapa en la clínica"), so a goodbye said with it is the job's. "cierro mi ciclo" alone names no place and stays.
 *
 * `seeingEachOtherAgain` (leaving): a goodbye that promises to meet again ("nos seguimos viendo en las capacitaciones", "nos
 * vemos en el taller", "seguimos en contacto"): a life ending has no next time. A bare "nos vemos" is too often said last, so
 * it counts only with the place or the occasion after it.
 */

const events = 'noticia|noticias|recaida|muerte|perdida|partida|diagnostico|divorcio|separacion|ruptura|despido|fallecimiento|accidente|enfermedad|internacion|arresto|deportacion|mensaje|llamada|carta|resultado|resultados';
const whose = 'ahijado|ahijada|padrino|madrina|hijo|hija|mama|papa|madre|padre|abuelo|abuela|abue|tio|tia|primo|prima|hermano|hermana|amigo|amiga|compa|pana|cuate|parcero|parcera|cliente|clienta|paciente|participante|companero|companera|jefe|jefa|vecino|vecina|perro|perrita|perrito|gato|gata|sobrino|sobrina|nieto|nieta|esposo|esposa|pareja|ex';

export const newsAsDoer: string[] = [
  `la|el|esa|ese|esta|este|tu|su|sus|las|los _ ${events}`,
  `${events} _ de|del _ mi|su|tu|la|el|nuestro|nuestra? _ ${whose}`,
  // "lo de mi abuela me pegó duro": what happened, named by whom it happened to.
  `lo _ de|del _ mi|su|tu|la|el? _ ${whose}`,
];

/** The doer is a vehicle ("si un carro me pega el seguro paga", "el camión me pegó en la esquina"): an accident, no person's blow. */
export const vehicleAsDoer: string[] = [
  'un|una|el|la|ese|esa|otro|otra _ bondi|colectivo|micro|guagua|camion|bus|carro|auto|coche|tren|metro|trailer|moto|combi|buseta|troca',
];

export const newsAfterBlow: string[] = [
  `pego|pega|golpeo|golpea|pegaron duro|fuerte|durisimo|re+duro|bien+duro|feo|gacho|machin ,? la|el|lo|eso|esto|esa|ese|las|los|que _ ${events}|de|murio|fallecio|recayo|falleciera|muriera|recayera`,
];

export const vehicleAfterGrab: string[] = [
  'agarra|agarro|agarrara|pisa|piso|pisara|arrolla|arrollo|atropella|atropello _ un|una|el|la _ bondi|colectivo|micro|guagua|camion|bus|carro|auto|coche|tren|metro|trailer|moto|combi|buseta|troca',
];

const workPlaces = 'fundacion|organizacion|asociacion|ong|clinica|hospital|centro|programa|agencia|oficina|empresa|trabajo|chamba|curro|laburo|pega|escuela|colegio|universidad|uni|proyecto|grupo|equipo|iglesia|comunidad|albergue|refugio';
export const cycleClosedAtWork: string[] = [
  `cierro|cerre|cierra|cerramos|cerrando|termino|termine|concluyo|concluye _ mi|un|este|esta|el|la _ ciclo|etapa|periodo|proceso _ en|de _ la|el|esta|este|mi|nuestra? _ ${workPlaces}`,
];

export const seeingEachOtherAgain: string[] = [
  'nos _ seguimos|seguiremos|vamos+a+seguir|volveremos+a|volvemos+a _ viendo|ver|encontrando|encontrar',
  'seguimos|sigamos _ en _ contacto',
  'nos vemos|veremos|topamos|vidrios|estamos+viendo _ en|el+lunes|el+martes|el+miercoles|el+jueves|el+viernes|la+otra+semana|la+proxima _ las|los|la|el|la+proxima|el+proximo? _ capacitaciones|capacitacion|taller|talleres|reunion|reuniones|junta|juntas|grupo|curso|evento|eventos|cursos|semana|clase|clases|congreso|jornada|jornadas',
];
