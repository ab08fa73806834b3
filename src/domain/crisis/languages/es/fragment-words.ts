import type { FragmentWords } from '../../fragments.js';

/** Spanish words for messages of bare fragments (fragments.ts); see ../en/fragment-words.ts. */
export const spanishFragmentWords: FragmentWords = {
  pieces: {
    place: ['puente', 'el puente', 'la azotea', 'azotea', 'el techo', 'las vias', 'la via', 'la cochera', 'el garaje', 'el rio', 'el barranco', 'el acantilado', 'el balcon', 'el ultimo piso'].flatMap((place) => [place, `en ${place}`, `desde ${place}`]),
    taken: ['me las tome', 'ya me las tome', 'las tome', 'ya las tome', 'me las tome todas', 'tome todas', 'todas', 'trague todo', 'ya trague todo', 'me lo tome', 'me lo tome todo', 'me tome todo', 'ya me tome todo', 'el frasco entero', 'todo el frasco', 'pastillas adentro', 'ya lo hice', 'lo hice'],
    present: ['el carro encendido', 'el motor encendido', 'carro prendido', 'el carro prendido', 'motor prendido', 'la soga lista', 'la cuerda lista', 'la soga puesta', 'el nudo hecho', 'la pistola cargada', 'cargada', 'mirando abajo', 'en la orilla', 'en el borde'],
    plan: ['decidido', 'ya decidi', 'ya esta decidido', 'esta decidido', 'lo decidi', 'ya no hay vuelta atras', 'no hay vuelta atras'],
    gone: ['ya no bajo', 'no bajo', 'no vuelvo', 'ya no vuelvo', 'no voy a volver', 'ya no regreso', 'no regreso'],
    forever: ['para siempre', 'ahora si para siempre'],
    afraid: ['tengo miedo', 'miedo'],
    means: ['pastillas', 'las pastillas', 'mis pastillas', 'la soga', 'la cuerda', 'la pistola', 'el cuchillo', 'la navaja', 'veneno', 'el veneno'],
    goodbye: ['ya', 'ya esta', 'es la hora', 'ya es hora', 'me voy', 'ya me voy', 'adios', 'perdon', 'perdoname', 'perdonenme', 'perdonen', 'lo siento', 'los quiero', 'los amo', 'los quiero mucho', 'gracias por todo', 'no lloren', 'no es su culpa', 'no es tu culpa', 'cuiden a mi mama', 'cuiden a mi perro', 'estoy bien', 'esta bien'],
    sealed: ['puerta cerrada', 'la puerta cerrada', 'puerta con llave', 'la carta escrita', 'carta escrita', 'cartas escritas', 'todo pagado', 'todo arreglado', 'todo en orden', 'telefono apagado'],
    time: ['hoy', 'esta noche', 'ahora', 'ahorita', 'manana', 'ya mismo', 'hoy mismo', 'madrugada'],
    day: ['antes de que despierten', 'al amanecer', 'es hoy', 'hoy es', 'hoy es el dia', 'es esta noche', 'esta noche es', 'hoy si', 'hoy si es', 'ahora si', 'cuando se duerman', 'cuando todos duerman', 'cuando todos se duerman', 'cuando se duerman todos', 'esta noche cuando se duerman'],
  },
  glue: new Set(['la', 'el', 'los', 'las', 'lo', 'ya', 'mi', 'mis', 'de', 'en', 'y', 'aqui', 'estoy', 'es', 'esta']),
  leadingTimes: new Set(['hoy', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'temprano']),
  now: new Set(['ahora', 'ahorita']),
};
