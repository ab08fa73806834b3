/**
 * "cut myself off from everyone", "topped myself up with coffee", "burned myself out", "hung myself up on the details": a
 * particle right after the reflexive turns the verb into another one (cut off, top up, burn out, hang up), with no harm in it.
 * The verbs and their particles are the language's (Lexicon `phrasalTurns`). "cut myself off and on for years" keeps its sign:
 * "off and on" is how often.
 */
import type { Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

export function turnedByParticle(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const turns = lexicon.phrasalTurns;
  const particle = sentence[hit.end]?.norm;
  if (turns === undefined || particle === undefined) return false;
  // The particle must follow the reflexive itself ("cut myself off"), not some later word of a longer match.
  if (!turns.reflexives.has(sentence[hit.end - 1]?.norm ?? '')) return false;
  const turnsInto = (word: string) => turns.particles.get(word)?.has(particle) === true;
  const turned = sentence.slice(hit.start, hit.end).some((token) => turnsInto(token.lemma) || turnsInto(token.norm));
  return turned && !(sentence[hit.end + 1]?.norm === 'and' && sentence[hit.end + 2]?.norm === 'on');
}
