/**
 * Spanish work piled up, named right after a sigh and laughed at (notation in ../../patterns.ts; part of the Spanish `idiom`
 * frame, ../es/frames.ts): "que alguien me mate, tengo que hacer 40 notas de progreso antes del viernes xd", "me quiero morir,
 * me faltan 3 informes y el excel jajaja". The pile is the nuisance the sigh is about. Read only with a laugh after the pile, so
 * "me quiero morir, tengo que terminar estos informes y ya no puedo más" keeps its weight, and only right after the sign, so a
 * wish said after the pile ("tengo 3 reportes jaja pero la neta ya no quiero vivir") stays.
 */
const pile = 'notas|reportes|informes|examenes|parciales|finales|tareas|ensayos|formularios|expedientes|planillas|evaluaciones|paginas|capitulos|correos|mails|pendientes|entregas|trabajos|proyectos|diapositivas|excel|excels';
const laugh = 'xd|xdd|jaja*|jsjs*|ajaj*|lol|lmao|jeje*|jiji*';

export const tasksPiledUpLaughed: string[] = [
  `tengo|tenemos|me+faltan|me+quedan|nos+faltan|nos+quedan|faltan|quedan|aun+tengo|todavia+tengo _ ${pile} __ ${laugh}`,
  `tengo|tenemos|me+faltan|me+quedan|nos+faltan|nos+quedan|faltan|quedan|aun+tengo|todavia+tengo _ __ ${pile} __ ${laugh}`,
];
