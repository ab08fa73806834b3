/**
 * Blows of a belt and medicine dropped, said in Central American and norteño Spanish (fresh batch 105; notation in
 * ../../patterns.ts): the belt on oneself is self-harm and by another harm; medicine dropped so that whatever comes, comes, is a
 * wish to be dead. Joined to the Spanish concepts by ../es.ts.
 */

const belts = 'cincho|cinturon|faja|fajo|chilillo|chicote|cable|vara|correa|hebilla|cuero';
// Not "las pastillas": named bare they are a means at hand, and a wish beside them would read as a plan (the dose dropped is no means).
const medicine = 'medicina|medicinas|medicamento|medicamentos|tratamiento|insulina|retrovirales|antirretrovirales|antidepresivos|litio';
/** Left to chance, death among the outcomes: "que pase lo que tenga que pasar", "que sea lo que Dios quiera". */
/** Blows named by what struck them: "cinchazos", "chilillazos", "vergazos". */
const blows = 'cinchazos|fajazos|chilillazos|cuerazos|cintarazos|correazos|chicotazos|vergazos|verguiadas|pencazos|trancazos|chingadazos';

const letItCome = 'que+pase+lo+que+tenga+que+pasar|que+pase+lo+que+pase|que+sea+lo+que+dios+quiera|que+me+lleve+la+chingada|que+me+lleve+la+fregada|morirme|me+morir|que+me+muera|no+despertar|ya+no+despertar|que+dios+decida|a+ver+si+me+muero|acabar+con+todo';

export const beltBlowsAndMedicineDropped: Record<string, string[]> = {
  'self-harm': [
    // "me pegué con el cincho yo solito anoche": the belt on oneself, said with "yo solito" (not "mi papá me pegó con el cincho", harm).
    `me pegue|golpee|azote|castigue|pego|golpeo|azoto|pegaba|golpeaba|azotaba _ con _ el|la|un|una|mi ${belts} _ yo? solito|solita|solo|sola|mismo|misma`,
    // "me di de cinchazos", "me doy fajazos cuando la riego": only the writer gives them to themself ("me dieron" is another's).
    `me di|doy _ de? ${blows}`,
  ],
  // "mi papá me da cinchazos", "me dieron de vergazos": blows from another, the writer struck.
  'partner-violence': [`me dieron|da|dan|daba|daban|dio|agarro+a|agarraron+a|agarra+a _ de? ${blows}`],
  'wish-dead': [
    // "me dan ganas de dejar de tomar mi medicina y que pase lo que tenga que pasar"; a side effect named ("porque me da sueño") is no wish.
    `dejar|dejo|deje|dejaria|dejando _ de _ tomar|tomarme|me+tomar|ponerme|me+poner|inyectarme|me+inyectar _ mi|mis|la|las|el|los? _ ${medicine} _ y? _ ${letItCome}`,
    `dejar|dejo|deje|dejaria|dejando|abandonar|abandono|abandone _ el|mi|la|las|los|mis ${medicine} _ y? _ ${letItCome}`,
  ],
};
