/**
 * Spanish: the time over which thoughts were had (frame `pastTime`, read by read-sentence.ts; notation in ../../patterns.ts).
 * "he tenido pensamientos suicidas esta semana", "tuve ideas de morirme toda la tarde", "hoy regresaron las ganas de no
 * existir": the day or the week tells when the thoughts came, not when anything is set to happen, so it does not turn the
 * thoughts into intent. A time said of an act ("esta noche me las tomo", "mañana lo hago") stays a time set.
 */
const thoughts = 'pensamientos|pensamiento|ideas|idea|ganas|ideacion';
const span = 'esta+semana|este+mes|este+finde|este+fin+de+semana|esta+manana|esta+tarde|toda+la+semana|todo+el+dia|toda+la+tarde|toda+la+noche|toda+la+manana|todo+el+finde|todo+el+mes|ultimamente|estos+dias';

export const timeThoughtsWereHad: string[] = [
  // The having, then the thoughts, then the span: "he tenido pensamientos suicidas esta semana".
  `he+tenido|tuve|he+estado+con|estuve+con|he+andado+con|he+traido|traje _ ${thoughts} __ ${span}`,
  // The span first, then the thoughts coming back: "hoy volvieron los pensamientos", "anoche regresaron las ideas".
  `hoy|ayer|anoche|${span} volvieron|regresaron|vinieron|llegaron|aparecieron|han+vuelto|han+regresado|me+dieron|me+vinieron _ los|las|esos|esas|mis? _ ${thoughts}`,
];
