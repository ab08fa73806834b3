/**
 * Spanish frames for a screening question answered no (asked-and-denied.ts; notation in ../../patterns.ts): "el médico me
 * preguntó si tenía pensamientos de muerte y le dije que no". Part of the Spanish frames (../es.ts).
 */
import type { Lexicon } from '../../lexicon.js';

export const spanishFramesOfAsking: Pick<Lexicon['frames'], 'askedIf' | 'saidNo' | 'notSo'> = {
  // The question put to the writer: "me preguntó si", "me preguntaste si", "me pregunta si", "me preguntaron si".
  askedIf: ['pregunto|pregunta|preguntaste|preguntaron|preguntan|pregunte|preguntaba _ si'],
  // The answer: "le dije que no", "le contesté que no", "dije que no", ": no, para nada".
  saidNo: [
    'dije|conteste|respondi|dijo|dijimos|digo|contesto|respondo _ que _ no',
    'respuesta _ fue|es _ no',
    ': no',
    'no , para+nada|nada|jamas|nunca|que+va',
    'para nada',
  ],
  // The answer taken back: "le menti", "pero", "aunque", "la verdad es que si".
  notSo: ['menti|mentira|mentirle|mentido|pero|aunque|sin+embargo|la+verdad+es+que+si'],
};
