/**
 * Spanish harm read since fresh batch 101 (Colombia, Peru, Chile, Ecuador, US Spanglish; notation in ../../patterns.ts, joined
 * in ../es.ts):
 * - a partner who takes or breaks the writer's device to cut them off from people ("mi esposo me quitó el computador porque dice
 *   que hablo mucho con ustedes", "me rompió el cel para que no llame a mi mamá"); "me quitó el cel porque se le acabó la
 *   batería" names no one the writer talks to;
 * - a stranger following the writer on the ride for days ("un tipo me sigue en el metro hace días", "un man me sigue en el bus
 *   todas las mañanas"); "seguimos al bus hasta la parada" and "me sigue en insta hace días" name no one on the ride.
 */
const device = 'computador|computadora|compu|laptop|portatil|celular|cel|telefono|movil|tablet|ipad|chip';
const taker = 'me quito|quita|quitaba|escondio|esconde|rompio|rompe|quebro|tiro|boto|agarro|agarra|retiene';
const people = 'ustedes|el+grupo|mi+familia|mi+mama|mi+mami|mi+papa|mis+amigas|mis+amigos|mi+hermana|mi+hermano|nadie|gente|la+gente|otros|otras|la+psicologa|el+psicologo';
const strangers = 'tipo|man|manes|senor|hombre|hombres|sujeto|tipos|viejo|chamo|pata|patas|weon|loco';
const rides = 'metro|bus|buseta|micro|combi|transmilenio|metropolitano|subte|tren|colectivo|bondi|camion|troncal|ecovia|trole|alimentador';

export const harmCutOffAndFollowedForDays: Record<string, string[]> = {
  control: [
    `${taker} _ el|la|mi|los|mis _ ${device} __ porque|para+que|pa+que|asi _ dice|dizque? _ que? _ hablo|hable|converso|chateo|escribo|no+hable|no+llame|no+hablara|no+llamara|no+me+comunique|no+me+comunicara|no+escriba __ mucho|tanto|con _ ${people}`,
    `${taker} _ el|la|mi|los|mis _ ${device} __ para+que|pa+que _ no _ hable|llame|escriba|me+comunique|busque+ayuda|pida+ayuda`,
  ],
  stalking: [
    `un|una|el|ese|este _ ${strangers} __ me sigue|siguio|seguia|esta+siguiendo|anda+siguiendo _ en _ el|la _ ${rides} _ hace|desde|todos|todas|cada _ dias|semanas|las|los`,
    `me sigue|siguio|seguia|esta+siguiendo|anda+siguiendo _ en _ el|la _ ${rides} ,? __ se+bajo|se+bajaba _ en _ mi _ estacion|parada|paradero`,
  ],
};

/**
 * The everyday frame of the ride a stranger follows the writer on ("un tipo me sigue en el metro", part of ../es/frames.ts): "sigue
 * en el metro" there is no one still at a high place. "sigo en el puente" names no one following and stays.
 */
export const followedOnTheRide: string[] = ['me+sigue|me+siguio|me+seguia|me+persigue|me+persiguio|me+esta+siguiendo|me+anda+siguiendo|me+viene+siguiendo'];
