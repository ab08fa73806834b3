/**
 * Spanish own risk said as reasons to stay gone, read since fresh batch 92 (notation in ../../patterns.ts, joined in ../es.ts):
 * - nobody left to live for, or the reason taken (hopelessness): "ya no tengo por quién seguir", "para qué me quedo si ya me
 *   quitaron a mis hijos"; "para qué me quedo en la fiesta" names no loss;
 * - a life told as already lived (hopelessness): "ya viví lo que tenía que vivir"; said of a parent it is their crisis (whose.ts);
 * - a death nobody would notice for days (burden), read with its "hasta el lunes" so that the day is not read as a goodbye
 *   ("nos vemos hasta el lunes"): "si me muero nadie se daría cuenta hasta el lunes".
 * test/unit/domain/crisis/spanish-handed-out-and-reasons-gone-92.test.ts holds each beside its look-alikes.
 */
export const ownRiskReasonsGone: Record<string, string[]> = {
  hopelessness: [
    'ya no _ tengo|me+queda _ por+quien|por+quienes _ vivir|seguir|luchar|aguantar|quedarme|levantarme',
    'para+que|pa+que _ me _ quedo|sigo|aguanto|vivo _ si _ ya? _ me? _ quitaron|se+llevaron|murio|murieron|se+murio|se+murieron|perdi',
    'ya _ vivi|vivio|vivido _ lo+que _ tenia|tocaba|me+tocaba|le+tocaba _ que? _ vivir',
  ],
  burden: [
    // The death right before who would notice ("si me muero de hambre nadie se da cuenta" is hunger).
    'si _ me muero|muriera|muera|mori|pasa+algo|pasara+algo ,? hoy|manana|aqui|aca|sola|solo|ahorita|un+dia? nadie|ni+quien _ se+daria+cuenta|se+da+cuenta|se+enteraria|notaria|me+encontraria _ hasta _ el|la|los|las|dentro+de|que _ lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|mes|dias|huela|apeste|oliera|apestara|olor',
  ],
};
