/**
 * Spanish imminent risk as it is typed in chat, each a hint that counts beside a means, a place or own risk (branch
 * t-quiet-es; notation in ../../patterns.ts, macros in ../es.ts; hint weights in ../../concepts.ts, ../../hint-weights.ts):
 * the means in the hand or the lap ("tengo la pistola en la mano"), the moment ("ahora mismo", "es cuestión de horas",
 * waiting for the train to pass), goodbyes to another life ("nos vemos en otra vida", "si no contesto más ya saben"), what was
 * left injected ("me metí lo que me quedaba"), pills taken with drink ("me tomé las pastillas con la botella de ron"), and an
 * overdose said on purpose in Spanglish ("voy a hacer OD on purpose"). Alone, each stays quiet: "ahora mismo salgo", "nos
 * vemos en la otra clase", "tengo el celular en la mano".
 */
const drugs = '@pastillas|pastis|pastias|pastiyas|de+dormir';

export const imminentSaidInChat: Record<string, string[]> = {
  present: [
    // The means held now: "tengo la pistola en la mano", "el gun de mi dad en mi lap", "las pastillas en la mano".
    'tengo|traigo|tengo+aqui|agarro _ el|la|las|los|mi|mis _ @medio|arma|gun|pills __ en _ la|mi|las|mis _ mano|manos|lap|regazo|piernas',
    'ahora+mismo|en+este+momento|en+este+instante|ahorita+mismo',
    // "es cuestión de horas": the time is near.
    'cuestion _ de _ horas|minutos',
    // Waiting for a train or a truck to pass: "esperando que pase", "a que venga el tren".
    'esperando|espero _ que|a+que _ pase|venga|llegue _ el|un? _ tren|metro|camion|trailer|pase|venga|llegue',
  ],
  'goodbye-hint': [
    'nos vemos|veremos _ en _ otra|la+otra _ vida',
    'nos vemos|veremos _ en+el+cielo|del+otro+lado|en+el+mas+alla',
    // Silence foretold: "si no contesto más ya saben", "si ya no respondo, ya sabes".
    'si si-no|no _ contesto|respondo|escribo _ mas _ ya _ sabes|saben|sabe',
  ],
  'taken-hint': [
    // What was left, injected or swallowed: "ya me inyecté lo que quedaba", "me metí todo lo que tenía".
    'inyecte|meti|inyectado|metido|tome|trague|me+inyecte|me+meti _ lo+que+quedaba|lo+que+me+quedaba|todo+lo+que+tenia|todo+lo+que+me+quedaba|todo+lo+que+habia',
  ],
  'acting-now': [
    // Pills with drink, the pills first: "acabo de tomarme las pastillas con la botella de whisky".
    `tome|trague|me+tome|me+trague|acabo+de+me+tomar|acabo+de+tomar _ las|los|mis|unas _ ${drugs} __ con|y _ la|el|una|un|mucho|mucha? _ botella|vino|alcohol|ron|whisky|tequila|vodka|cerveza|cervezas|guaro|pisco|aguardiente|licor|trago|tragos`,
  ],
  intent: [
    // An overdose on purpose, in Spanglish: "me voy a OD on purpose", "voy a hacer overdose a propósito".
    'od|overdose|sobredosis|sobredosear _ on+purpose|a+proposito|adrede|aproposito',
  ],
};
