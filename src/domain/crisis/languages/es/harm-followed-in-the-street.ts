/**
 * Spanish stalking told as the street sees it, read since fresh batch 95 (Mexico City, Buenos Aires; notation in
 * ../../patterns.ts, joined in ../es.ts):
 * - followed by strangers from a station, a stop or work ("me siguieron dos tipos en moto desde el metro", "me vinieron siguiendo
 *   unos pibes hasta la parada"); "seguimos a la banda en el bondi" and "me siguieron en instagram" name no one on the street;
 * - an ex who knows the writer's hours or turns up where they wait ("mi ex sabe mi horario y aparece siempre en la parada", "mi
 *   ex se aparece otra vez en el laburo"); "mi vieja me espera en la parada" and "mi ex sabe mi horario porque compartimos a los nenes" names no turning up.
 */
const strangers = 'tipos|tipo|hombres|hombre|pibes|chabones|chabon|vatos|vato|manes|flacos|flaco|weones|sujetos|motochorros|moto|motos|auto|carro|camioneta';
const places = 'metro|subte|estacion|parada|casa|trabajo|laburo|chamba|escuela|facu|gym|gimnasio|super|mercado|bondi|colectivo';
const exes = 'ex|exnovio|exnovia|expareja|exmarido|exesposo|exesposa';
export const harmFollowedInTheStreet: Record<string, string[]> = {
  stalking: [
    `me siguieron|persiguieron|vinieron+siguiendo|venian+siguiendo|seguian|estuvieron+siguiendo _ dos|tres|unos|unas|un|una|varios _ ${strangers} __ desde|hasta _ el|la|mi _ ${places}`,
    `${exes} __ aparece|se+aparece|me+espera|me+cae|esta+esperando _ siempre|todos+los+dias|cada+vez|otra+vez _ en|afuera+de|a+la+salida+de _ la|el|mi _ ${places}|salida`,
  ],
};
