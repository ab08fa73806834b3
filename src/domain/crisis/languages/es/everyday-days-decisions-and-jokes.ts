/**
 * Spanish everyday talk read since the forty-eighth fresh batch (notation in ../../patterns.ts): the day's pills, goodbyes at
 * work, a decision named, a chore or a nuisance that makes a wish a sigh. Part of the Spanish frames (../es.ts).
 *
 * `dayDoseTold` (prescribed, everyday-frames.ts takenAsPrescribed): the day's pills ("las pastillas del día", "las de hoy"), the
 * meal or work that follows ("ahora sí a desayunar"), a pill for a hangover or a headache ("la pastilla pal guayabo"), a reminder
 * asked ("que alguien me recuerde tomarme la pastilla"). "todas las pastillas del día" names the whole supply and stays.
 *
 * The rest is read right after the sign (idiom, read.ts):
 * `farewellAtWork`: goodbyes at a workplace ("me despedí de todos en la planta"); "de todos en el grupo" stays.
 * `cardForGroup`: a farewell letter for the writer's participants or pupils ("para los participantes del grupo").
 * `decisionNamed`: what was decided, named right after ("ya lo decidí, renuncio", "tomé la decisión, me mudo a Lima").
 * `pettyCondition`: a wish or a threat to oneself tied to a nuisance ("me pego un tiro como tenga otra reunión", "me mato si me
 * toca otra vez el turno"); "si me deja me mato" names no nuisance and stays.
 * `effortAtStudy`: killing oneself at an exam or a chore ("me mato con el examen de mañana").
 * `sleepBounded`: a sleep with its length named ("no despierto en tres días").
 *
 * `jokeTakenBack` (retract): "jaja mentira" after a wish, as "mentira jaja" already was.
 * `subscriptionsEnded` (thingEnded): streaming named after "acabar con todo… el Netflix, el HBO".
 */

export const dayDoseTold: string[] = [
  'pastillas|pastillitas|medicinas|meds|vitaminas|pildoras del dia',
  'pastillas|pastillitas|medicinas|meds|vitaminas|pildoras de hoy',
  'ahora|ahorita si? a desayunar|almorzar|comer|cenar|chambear|trabajar|currar|laburar|clases|la+chamba|la+oficina|la+escuela',
  'pastilla|pastillita|pildora|aspirina|sal+de+frutas|alka+seltzer pal|pa|para|para+el|para+la|pa+la|pa+el guayabo|cruda|resaca|raton|chuchaqui|goma|jaqueca|cabeza|colico|colicos|mareo|dolor',
  'recuerde|recuerdes|recuerden|recuerda|avise|avisen|avisa me? tomar|tome',
  'siempre se me pasa|olvida',
];

const workplace = 'planta|oficina|chamba|trabajo|curro|laburo|pega|centro|clinica|escuela|colegio|empresa|fabrica|tienda|turno|hospital|sucursal|obra|banco|restaurante|bodega|almacen|call+center|taller';

// Starts on the goodbye's last word and needs the new start told after the place ("…en la planta, el lunes entro a la nueva"),
// so "me empujó frente a todos en la bodega" is no farewell.
export const farewellAtWork: string[] = [
  `todos|todas|equipo|companeros|companeras|chavos|cabros|muchachos en|de la|el|mi ${workplace} ,? _ entro|empiezo|arranco|comienzo|me+cambio|me+mudo|me+jubilo|me+retiro|renuncie|nueva|nuevo`,
];

export const cardForGroup: string[] = ['para|a los|las|mis participantes|alumnos|alumnas|estudiantes|voluntarios|voluntarias|usuarios|usuarias|pacientes|chicos+del+grupo'];

// Starts on the decision's last word ("decidí", "decisión"), so "renuncié" after any other sign is not read as a plan.
const decided = 'decidi|decidido|decision|mind ,?';
export const decisionNamed: string[] = [
  `${decided} renuncio|renuncie|renunciar|me+caso|nos+casamos|me+mudo|nos+mudamos|me+inscribo|me+cambio|estudio|me+pongo+a|cambio+de+carrera`,
  `${decided} dejo|dejar|cambio _ la|el|mi _ chamba|trabajo|curro|laburo|pega|carrera|uni|empleo|gym|gimnasio|depa|piso`,
  `${decided} me|nos voy|vamos _ a|con|pa|para _ el|la? _ job|chamba|trabajo|beca|maestria|estudiar|vivir`,
];

export const pettyCondition: string[] = [
  'como|si _ tenga|tengo|me+toca|me+toque|me+ponen|me+pongan|me+hacen|me+hagan|me+mandan|me+manden|me+dan|me+den|me+vuelven+a+poner|hay _ otra|otro|otra+vez _ el|la|una|un? _ reunion|junta|turno|guardia|examen|parcial|tarea|clase|llamada|zoom|reporte|informe|domingo|lunes',
];

export const effortAtStudy: string[] = [
  'con _ el|la|los|las|este|esta|ese|esa _ examen|parcial|final|tarea|tareas|proyecto|informe|tesis|exposicion|mudanza|inventario|cierre',
];

export const sleepBounded: string[] = ['en|por _ dos|tres|cuatro|cinco|una|un _ dias|semana|semanas|ano|mes'];

export const jokeTakenBack: string[] = ['jaj*|jej*|jsj*|xd mentira|mentiras|mentirita'];

const subscriptions = 'netflix|hbo|disney|spotify|prime|max|suscripciones|plataformas|streaming|cable';
export const subscriptionsEnded: string[] = [subscriptions, `el|la|los|las|mi|mis ${subscriptions}`];

/**
 * `topicOfStudy` (training, spanning the sign so it is what is studied: topic-talk.ts askedAbout): a thesis, a protocol or a
 * course about suicide or violence ("mi tesis es sobre la prevención del suicidio", "el protocolo de riesgo suicida"), and the
 * protocol's case ("para cuando alguien en el grupo hable de suicidio"). "mi tesis me tiene pensando en suicidarme" names no topic;
 * a workshop or a module is left out, as it is where writers find their own story ("en el módulo de autolesiones me di cuenta").
 */
const topics = 'ideacion+suicida|riesgo+suicida|conducta+suicida|suicidio|suicida|suicidas|autolesion|autolesiones|sobredosis|violencia|autolesionarse';
export const topicOfStudy: string[] = [
  `tesis|investigacion|protocolo|protocolos|formacion|capacitacion|curso|diplomado|seminario|webinar|plantilla es|son|trata? sobre|de|del|acerca+de _ ${topics}`,
  // The document's state said before its topic: "el protocolo actualizado de riesgo suicida", "la guía nueva sobre autolesiones".
  `protocolo|protocolos|guia|guias|plantilla|formulario|manual|curso|capacitacion actualizado|actualizada|actualizados|nuevo|nueva|vigente|viejo|vieja|oficial|interno|interna|institucional de|del|sobre _ ${topics}`,
  `cuando|si alguien|algun|alguna|un|una|la+gente __ hable|hablen|diga|digan|mencione|mencionen|cuente|cuenten de|que|sobre? _ ${topics}`,
];
