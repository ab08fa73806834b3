/**
 * Spanish farewells said to a job, a school or a thing, not to people (notation in ../../patterns.ts; part of the Spanish `idiom`
 * frame, ../es/frames.ts): "adiós para siempre a mi chamba del almacén, el lunes empiezo en el centro", "bye para siempre al
 * turno de noche", "adiós a mis brackets". Read right after the goodbye, so the thing must be what it is said to: "adiós para
 * siempre a todos" and "adiós para siempre a mi familia" stay goodbyes. Only after "para siempre": "me mata si voy a la escuela" stays a
 * threat.
 */
const thing = 'chamba|trabajo|jale|curro|pega|laburo|empleo|oficina|almacen|fabrica|bodega|turno|turnos|horario|uni|escuela|prepa|colegio|facu|facultad|depa|departamento|carro|coche|celular|cel|fleco|pelo|cabello|brackets|frenillos|dieta|deuda|deudas|cigarro|cigarros|vicio|refresco|azucar|ciudad|rancho|equipo|uniforme|jefe|jefa|noche|madrugadas|lunes';

export const farewellToAThing: string[] = [
  `siempre a|al _ mi|la|el|los|las|mis|este|esta|ese|esa? _ viejo|vieja|antiguo|antigua|maldito|maldita? ${thing}`,
  `para|pa siempre a|al _ mi|la|el|los|las|mis|este|esta|ese|esa? _ viejo|vieja|antiguo|antigua|maldito|maldita? ${thing}`,
];

/**
 * A farewell letter or message from a boss or a colleague leaving work, named right after it ("me llegó la carta de despedida del
 * antiguo jefe", "el correo de despedida de la profe"). "Jefe", "jefa" and "doctor" only as the former one: "las pastillas de mi
 * jefa" are a mother's, "las del doctor" a prescription, and "la carta de despedida de mi hermano" names no one at work.
 */
const atWork = 'gerente|supervisor|supervisora|director|directora|coordinador|coordinadora|profe|profesor|profesora|colega|rector|rectora|companero+de+trabajo|companera+de+trabajo|practicante|pasante';
const of = 'del|de+la|de+los|de+las|de+mi|de+mis|de+nuestro|de+nuestra';
export const farewellFromWork: string[] = [
  `despedida ${of} antiguo|antigua|ex|anterior jefe|jefa|doctor|doctora|${atWork}`,
  `despedida ${of} exjefe|exjefa|${atWork}`,
];
