/**
 * Spanish words of thinking whose object is a method (frame `methodThoughtOf`, notation in ../../patterns.ts; read by
 * ../../method-thought-of.ts): "pienso en", "a veces pienso en", "se me pasa por la cabeza", "me imagino". The method right
 * after them is a thought, possible risk, unless a time, a means or a place is said beside it.
 *
 * Not read: a decision or a plan ("ya decidí", "voy a", "estoy pensando en hacerlo hoy" keeps its time), nor "pienso" as an
 * opinion without "en".
 */
export const methodThoughtOf: string[] = [
  'pienso|pensaba|pense|penso|piensa|pensando|penzando en',
  'me imagino|imaginaba|imagine|imaginando',
  'se me pasa|paso|ocurre|ocurrio _ por+la+cabeza|por+la+mente? _ ,?',
  'fantaseo|fantaseaba|fantaseando con',
];
