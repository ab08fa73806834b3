/**
 * The writer owning, in Spanish, a thought or a crisis just told of someone else or of "uno" (the `sameHere` frame, read by
 * ../../recognised-in-another.ts and ../../impersonal-owned.ts): "¿es normal pensar en matarse? porque me pasa seguido",
 * "uno piensa en morirse a veces, a mí me pasa", "mi amiga se corta. yo también". Each pattern is a whole short clause:
 * "me pasa que no sé qué decir" or "¿qué me pasa?" are no owning, and the readers ask that nothing but marks follow it.
 */
const often = 'seguido|mucho|diario|siempre|seguidito|bastante|harto|arto|frecuente|seguidamente|igual|tambien|todo+el+tiempo|a+menudo|cada+rato|a+cada+rato|muy+seguido|casi+diario|todos+los+dias|a+veces|de+vez+en+cuando|ultimamente|cada+noche|cada+dia';

export const sameHereEs: string[] = [
  `me pasa|sucede|ocurre|late ${often}?`,
  `a mi tambien|igual? me pasa|sucede|ocurre|ha+pasado ${often}?`,
  `yo tambien|igual|mero|mismo lo? pienso|siento|he+pensado|pensaba|hago ${often}?`,
  `yo lo pienso|he+pensado|pensaba|siento ${often}`,
  'a mi tambien|igual',
  'yo tambien|igual',
  'lo mismo me pasa|siento|pienso|hago',
  'me identifico|identifique|siento+identificado|siento+identificada',
];
