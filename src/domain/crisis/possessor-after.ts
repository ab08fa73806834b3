import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';
import { spanishPossessorAfter } from './languages/es/possessor-after.js';

/** Words that name someone else as an owner: "her dad", "his ex", "in his drawer". */
export const possessors = new Set(['her', 'his', 'their']);

/** "pills in his drawer", "a rope under her bed": a match followed by a place someone else owns (Spanish: languages/es/possessor-after.ts). */
export function possessorAfter(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const at = sentence[hit.end]?.norm ?? '', owner = sentence[hit.end + 1]?.norm ?? '';
  return ((at === 'in' || at === 'under' || at === 'from') && possessors.has(owner)) || spanishPossessorAfter(lexicon, sentence, hit);
}
