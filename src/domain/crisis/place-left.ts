import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "me voy del piso para siempre, ya firmé otro", "me voy para siempre de esta empresa", "ya quiero irme a mi casa": a going
 * whose place is a home, a job, a town or a group (frame `placeLeft`), named right after the going's verb or its "para
 * siempre", is a move, a resignation or the end of a day. Only a going or a wish to be gone is so explained, never one denied
 * ("ya no voy a salir de este cuarto", "no pienso regresar pa la casa", "sería mejor no llegar nunca a la casa" are the
 * opposite of a move), nor a means, a plan or self-harm; "me voy de este mundo para siempre" names no such place.
 */
const PLACE_LEFT = frameId('placeLeft');

const goings: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts', 'intent']);

/** How far before the going a denial still reaches it ("ya no me voy a ir", "sin irme"). */
const DENIAL_REACH = 4;

export function placeLeftNamed(lexicon: Lexicon, sentence: Sentence, all: readonly Hit[], hit: Hit): boolean {
  if (!goings.has(hit.concept)) return false;
  return all.some((frame) => frame.concept === PLACE_LEFT && frame.start > hit.start && frame.start <= hit.end && placeAfterGoing(lexicon, sentence, frame.start, hit.start));
}

/**
 * "ya me quiero ir a mi casa, este turno no se acaba nunca": a message whose patterns found nothing, with a going that names
 * the home or the job it is about, gives the learned opinion no route of its own (read.ts), as a going explained by its place does.
 */
export function goingToldWithPlace(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly (readonly Hit[])[]): boolean {
  return perSentence.some((hits, i) => hits.some((frame) => frame.concept === PLACE_LEFT && placeAfterGoing(lexicon, sentences[i]!, frame.start, 0)));
}

/** The place at `at` follows a going word, and no denial stands before it since `from` (or within reach before the going). */
function placeAfterGoing(lexicon: Lexicon, sentence: Sentence, at: number, from: number): boolean {
  if (at === 0 || !lexicon.placeLeftAfter?.has(sentence[at - 1]!.norm)) return false;
  for (let i = Math.max(0, Math.min(from, at - 1 - DENIAL_REACH)); i < at; i++) if (lexicon.negators.has(sentence[i]!.norm)) return false;
  return true;
}
