import { has, inAny } from './hit-queries.js';
import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const RETURNING = frameId('returning');
const TIRING_STRETCH = frameId('tiringStretch');
const HABIT_QUIT = frameId('habitQuit');
/** Life itself named beside a habit quit ("dejo de fumar y de vivir"): no habit's end. */
const LIVING = new Set(['vivir', 'existir', 'respirar', 'despertar', 'estar', 'sufrir']);
const ABSENCE = 'absence';

/**
 * A message whose own words give the everyday reason for what could sound like a going or a weariness: not being back,
 * with the return named in the same sentence ("i won't be back until tuesday"), or, in Spanish, the work that tired the writer
 * ("estoy cansado del trabajo, mano"). read.ts asks it only when the patterns found nothing, and tells the learned opinion, which reads
 * "won't be back" or "cansado" as the goodbyes and weariness it was trained on (the nineteenth session's retraining added
 * both). A return named beside other words ("i see her tomorrow but im worried about tonight", "nobody would even notice if i was gone
 * till monday") stays the opinion's: wider rules lost 13, then 4, development lines it had caught.
 */
export function everydayReasonNamed(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  // Spanish only: in English a tiring stretch is often the opening of a long message that turns ("been a weird week. worked
  // doubles… ive got the date set"), which the opinion reads rightly.
  if (lexicon.language === 'es' && inAny(perSentence, TIRING_STRETCH)) return true;
  // "mañana dejo de fumar, ya tengo el plan y los parches": the plan is a habit's end, not the writer's (Spanish, fresh batch 101).
  if (inAny(perSentence, HABIT_QUIT) && !sentences.some((sentence) => sentence.some((token) => LIVING.has(token.norm)))) return true;
  // "won't be back until tuesday": an absence said as not being back, with its return in the same sentence (not "i'm not going
  // to be here for the holidays", nor "i see her tomorrow" after a client's words, which the opinion reads rightly).
  return perSentence.some((hits, at) => has(hits, RETURNING) && hits.some((hit) => hit.concept === ABSENCE && sentences[at]!.slice(hit.start, hit.end).some((token) => token.norm === 'back')));
}
