import { isNegated } from './clauses.js';
import { has } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/**
 * "if I hear that ringtone one more time I'm jumping out the window (I'm on the ground floor)", "me tiro por la ventana,
 * es broma, es planta baja": a jump from a window the writer places on the ground floor has no height to fall from. The
 * floor is the joke's own tell, so it takes the jump back whatever the time or the condition. Only a sign in a sentence
 * that names the window, with the ground floor said in it or opening the next ("i'm on the ground floor now, going up to
 * the roof" names no window; "it's not the ground floor" is denied).
 */

const GROUND = frameId('groundLevel');
const WINDOW = frameId('window');

export function jumpWithNoHeight(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][], index: number): boolean {
  const here = perSentence[index]!;
  if (!has(here, WINDOW)) return false;
  const saidHere = here.some((hit) => hit.concept === GROUND && !isNegated(lexicon, sentences[index]!, hit));
  return saidHere || (perSentence[index + 1]?.some((hit) => hit.concept === GROUND && hit.start <= 4 && !isNegated(lexicon, sentences[index + 1]!, hit)) ?? false);
}
