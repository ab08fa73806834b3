import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "communities like this are why i'm still here", "my kids are why i'm still alive", "that's why i'm still here": a "why" right
 * after a verb of being names the reason the writer lives on, an answer, not the wonder "why am i still here" or "idk why i'm
 * still alive". Read only for a hit that opens on "why" (the wish said as a question, languages/en/own-risk.ts).
 */
export function reasonGivenForLiving(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const copulas = lexicon.reasonCopulas;
  return copulas !== undefined && sentence[hit.start]?.norm === 'why' && copulas.has(sentence[hit.start - 1]?.norm ?? '');
}
