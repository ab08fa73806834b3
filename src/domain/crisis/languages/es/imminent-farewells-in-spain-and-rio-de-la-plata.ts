/**
 * Spanish imminent own risk said as a farewell in Spain's and the Río de la Plata's wording, added after fresh batch 109
 * (notation in ../../patterns.ts): an absence said with "vosotros" ("no me vais a ver más"), the writer's traces deleted
 * ("he borrado casi todo"), a message for whoever reads it later ("si alguien lee esto mañana…"), "la última vez que me ves", and a call made only to say
 * "te quiero" ("llamé a mi abuela para decirle que la quiero").
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts); a deletion or a call
 * alone routes nothing. Borrowed books given back are left unread: a trip to the library is as common.
 */
const kin = 'abuela|abuelo|mama|papa|vieja|viejo|viejos|hermana|hermano|hermanos|hija|hijo|hijos|madre|padre|tia|tio|novia|novio|pareja';

export const imminentFarewellsInSpainAndRioDeLaPlata: Record<string, string[]> = {
  absence: [
    // "no me vais a ver más por aquí", "ya no me van a ver nunca más".
    'no _ me _ vais|vas|volveis|volvereis _ a? _ ver|leer _ mas|nunca',
  ],
  'accounts-hint': [
    // The writer's traces deleted: "he borrado casi todo", "borré mis fotos y mis redes".
    'he+borrado|borre|ya+borre|eliminado|elimine _ casi? _ todo|todas+mis+fotos|mis+fotos|mis+redes|mis+cuentas',
  ],
  finality: [
    // A message for whoever reads it later: "si alguien lee esto mañana, gracias por…".
    'si _ alguien|alguno|alguna|algun _ lee|leeis|leen|ve _ esto _ manana|mas+tarde|despues|luego',
    // "esta es la última vez que me ves": an ending like "mi última noche"; quoted from another, their crisis (others-words.ts).
    'es|sera _ la _ ultima _ vez _ que _ me _ ves|veis|ven|vas+a+ver|vais+a+ver|van+a+ver',
  ],
  'goodbye-hint': [
    // A call made only to say it: "llamé a mi abuela para decirle que la quiero".
    `llame|escribi|hable+con|fui+a+ver _ a? _ mi|mis _ ${kin} _ para _ decirle|decirles _ que _ la|lo|los|las _ quiero|amo`,
  ],
};
