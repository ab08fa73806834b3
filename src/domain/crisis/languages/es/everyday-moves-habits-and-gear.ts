/**
 * Spanish everyday talk read since the sixty-second fresh batch (branch t-es62; notation in ../../patterns.ts; joined to the
 * frames in ./frames.ts).
 *
 * `placeLeftForever` (frame `placeLeft`, read by ../../place-left.ts): a going "para siempre" whose place left is a home, a job,
 * a town or a group, named inside the going or right after it ("me voy del piso para siempre, ya firmé otro", "me largo de esta
 * empresa para siempre", "me voy para siempre de este pueblo", "nos vamos del barrio pa siempre"): a move or a resignation.
 * Home named as where a going heads is the same ("ya quiero irme a mi casa, este turno no se acaba nunca", "me voy pa la casa").
 * "me voy de este mundo para siempre", "me voy para siempre" and "me voy para siempre, perdón" name no such place and stay.
 *
 * `habitualTime` (pastTime): a time said as a habit ("pienso en morirme cada noche", "todas las noches lo pienso", "los
 * domingos me dan ganas de no despertar", "noche tras noche"): a thought that comes back is no time set, so it stays possible.
 * "esta noche lo hago", "hoy en la noche me las tomo" set a time and stay imminent.
 *
 * `timeOfCarryingOn` (pastTime): a time the writer carries on at ("pero bueno, mañana sigo", "mañana le seguimos", "mañana será
 * otro día", "mañana vuelvo al turno"): the day ahead is one of going on, not a date set. "mañana lo hago" stays a time set.
 *
 * `ropeForSport` (everyday, near a means): a rope named by its sport or chore ("una cuerda de escalada pal sábado", "la soga de
 * rapel", "cuerda para saltar", "el lazo del rodeo"). "compré una cuerda para el sábado" names none; "no es para escalar" is denied.
 *
 * `pillsOfAnAilment` (prescribed, read from the taking): the day's pills named by the ailment with "de" ("ya me tomé las
 * pastillas de la presión", "me tomo la del colesterol", "tomé las de la tiroides"); "me tomé todas las pastillas de la presión"
 * takes a whole supply and "ya junté las pastillas del colesterol" gathers them: both stay.
 *
 * `sleepForADayOff` (idiom, right after the sleep): a sleep "para siempre" that is a day off's plan ("dormir para siempre es mi
 * plan de este domingo", "...es mi meta del finde"). "dormir para siempre es mi único plan" stays a wish.
 *
 * `askingTaught` (training, spanning the risk word so it is what is taught: topic-talk.ts askedAbout): a workshop that teaches
 * to ask about suicide ("nos enseñaron a preguntar directo por suicidio", "practicamos cómo preguntar sobre ideación suicida").
 * "mi psicóloga me preguntó directo por suicidio" is asked of the writer, no lesson, and stays.
 */

const homes = 'piso|depa|departamento|apartamento|apto|depto|casa|cuarto|pieza|barrio|colonia|vecindario|pueblo|ciudad|pais|provincia|rancho|edificio|residencia|hostal|pension|cuarteria';
const jobs = 'empresa|trabajo|chamba|curro|laburo|pega|oficina|compania|agencia|tienda|fabrica|planta|sucursal|escuela|colegio|uni|universidad|facultad|grupo|equipo|club|gimnasio|iglesia|banda|liga|proyecto';

export const placeLeftForever: string[] = [
  // Home as where the going heads: "ya quiero irme a mi casa, este turno no se acaba", "me voy pa la casa".
  'a|pa|para|pal mi|la|mi+propia casa|casita|cama|cuarto|depa|cantón|canton|jato|chante|rancho|pueblo|tierra',
  `del|de+la|de+los|de+las|de+este|de+esta|de+ese|de+esa|de+mi|de+mis|de+aquel|de+aquella|de+estos|de+estas maldito|maldita|pinche|bendito|bendita|dichoso|dichosa|famoso|famosa|viejo|vieja|nuevo|nueva? ${homes}|${jobs}`,
];

const habitual = 'noche|noches|dia|dias|manana|mananas|tarde|tardes|madrugada|madrugadas|domingo|domingos|sabado|sabados|lunes|viernes|finde|findes|semana|semanas';

export const habitualTime: string[] = [
  `cada|todas+las|todos+los|casi+todas+las|casi+todos+los|siempre+en+las|siempre+por+las|diario+en+las ${habitual}`,
  'noche|dia|semana tras|a noche|dia|semana',
  // "los domingos", "en las noches", "por las noches": the plural of a day or a time of day is a habit.
  'los|las|en+las|por+las|en+los domingos|sabados|noches|madrugadas|mananas|tardes|findes',
];

export const timeOfCarryingOn: string[] = [
  'manana|lunes|el+lunes sigo|seguimos|le+sigo|le+seguimos|continuo|continuamos|vuelvo+al+turno|vuelvo+a+la+chamba|vuelvo+al+trabajo|entro+temprano',
  'manana sera|es otro dia',
];

export const ropeForSport: string[] = [
  'cuerda|cuerdas|soga|sogas|lazo|lazos|mecate|reata de|del|para|pa|pal escalada|escalar|rapel|rappel|alpinismo|montanismo|saltar|brincar|tender|rodeo|charreria|jaripeo|barco|lancha|amarre|remolque|la+carpa|la+casa+de+campana',
  'escalada|escalar|rapel|rappel|alpinismo|montanismo|boulder|via+ferrata',
];

const ailments = 'presion|tension|azucar|diabetes|tiroides|colesterol|trigliceridos|acidez|gastritis|alergia|asma|migrana|corazon|epilepsia|anemia|artritis|reuma|acne|prostata|regla';

export const pillsOfAnAilment: string[] = [
  // Read from the taking on: pills gathered ("ya junté las pastillas del colesterol") are no dose, whatever they treat.
  `tome|tomo|tomar|tomando|tomaste|tomamos|tomaba|tomarme|trague _ la|las|mi|mis|una|un? pastilla|pastillas|pastillita|pastillitas|medicina|medicinas|pildora|pildoras|capsula|capsulas|gotas|las|la de|de+la|del|de+las|pa+la|pal ${ailments}`,
];

export const sleepForADayOff: string[] = [
  // Only the plan named: an idiom clears any sign before it, and "todo el día" after "me rastrea la ubicación" is harm's length.
  'es|sera|va+a+ser|fue mi|el plan|meta|objetivo|proyecto _ de|del|para|pa|pal|este|esta|el _ domingo|sabado|finde|fin+de+semana|feriado|puente|vacaciones|dia+libre|descanso|franco',
];

const taught = 'ensenaron|ensenan|ensenaban|ensenar|ensenando|aprendimos|aprendemos|aprender|aprendi|practicamos|practicar|practicando|entrenaron|capacitaron|mostraron|explicaron';
const topics = 'suicidio|ideacion+suicida|ideas+suicidas|riesgo+suicida|pensamientos+suicidas|autolesiones|autolesion|sobredosis';

export const askingTaught: string[] = [
  `${taught} _ preguntar|preguntarle|preguntarles|le+preguntar|les+preguntar|hablar|abordar|detectar|evaluar|explorar|tamizar directo|directamente|abiertamente|claramente|sin+rodeos? por|de|sobre|acerca+de|del? el|la|las|los? ${topics}`,
];
