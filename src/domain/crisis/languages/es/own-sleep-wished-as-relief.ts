/**
 * Spanish: a sleep with no waking wished in the imperfect or the past subjunctive and weighed as a relief (notation in
 * ../../patterns.ts; joined by ../es.ts): "pensé que si me dormía y no despertaba sería un alivio", "si me durmiera y no
 * despertara estaría mejor", "si me quedaba dormida y no amanecía, lo mejor". The present forms ("si me duermo y no despierto")
 * were read already; the verb list has no imperfect of these two. The weighing is needed: "si me dormía y no despertaba a
 * tiempo perdía el bus" is a habit told.
 */
const slept = 'dormia|durmiera|durmiese|dormiera|quedaba+dormida|quedaba+dormido|quedara+dormida|quedara+dormido|acostaba|acostara';
const notWoken = 'despertaba|despertara|despertase|despertaria|amanecia|amaneciera|volvia+a+despertar|volviera+a+despertar|abria+los+ojos|abriera+los+ojos';
const relief = 'alivio|descanso|mejor|lo+mejor|un+regalo|una+bendicion|paz|bueno|perfecto|genial|no+pasaria+nada|nadie+lo+notaria|no+me+importaria';

export const ownSleepWishedAsRelief: Record<string, string[]> = {
  'wish-dead': [
    `si me ${slept} y _ no ${notWoken} ,? __ seria|fuera|estaria|estaria+todo|sería _ un|una|lo|todo? _ ${relief}`,
    `si me ${slept} y _ no ${notWoken} ,? __ seria|fuera|estaria _ ${relief}`,
    // "...y no volvía a despertar no me importaría".
    `si me ${slept} y _ no ${notWoken} ,? _ no+me+importaria|nadie+lo+notaria|no+pasaria+nada|mejor|mucho+mejor`,
  ],
};
