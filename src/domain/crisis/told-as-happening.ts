/** Whether a message tells a crisis as happening now: help on its way, or a time of now. Read by read.ts. */
import { has } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

const TRAINING = frameId('training');
const CURRENT = frameId('current');
const TOLD_OF_ONE = frameId('toldOfOne');

/**
 * The message tells something as happening: help called (not asked about), a time of now ("tonight", "20 minutes ago"), or one
 * person's words told as already said ("a peer who said…", frame `toldOfOne`): a real one, not a case for training.
 */
export function toldAsHappening(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  const { helpCalledWords: helpCalled, looseNowWords: looseNow } = lexicon;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const asked = sentence[sentence.length - 1]?.norm === '?' || has(perSentence[index], TRAINING);
    if (!asked) for (const token of sentence) if (helpCalled.has(token.norm)) return true;
    if (has(perSentence[index], TOLD_OF_ONE)) return true;
    for (const hit of perSentence[index]!) if (hit.concept === CURRENT && !looseNow.has(sentence[hit.start]!.norm)) return true;
  }
  return false;
}
