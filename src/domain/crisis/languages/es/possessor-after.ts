import type { Lexicon } from '../../lexicon.js';
import type { Hit } from '../../match.js';
import type { Sentence } from '../../tokens.js';

/**
 * "mi roomie… vi una nota de despedida en su escritorio": a match followed by "en/sobre su …" is in someone else's place when
 * someone is named before it ("su" alone is also the formal "your", so a person named earlier decides).
 */
export function spanishPossessorAfter(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const at = sentence[hit.end]?.norm ?? '', owner = sentence[hit.end + 1]?.norm ?? '';
  return (at === 'en' || at === 'sobre') && owner === 'su' && sentence.slice(0, hit.start).some((t) => lexicon.thirdPerson.has(t.norm));
}
