/**
 * "estoy en el puerto mirando el agua, re tranquilo todo": a calm told right after the writer names where they stand is
 * their calm there. The idiom list's "tranquila" and "en paz" are a peaceful death ("murió tranquila"), which must not
 * explain a place away; any other idiom near the place still does.
 */
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const IDIOM = frameId('idiom');
const calmWords: ReadonlySet<string> = new Set(['tranquilo', 'tranquila', 'tranqui', 'en', 'paz']);

/** The only idioms starting near a place hit are words of calm. */
export function calmAtAPlace(sentence: Sentence, all: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== 'place') return false;
  const near = all.filter((idiom) => idiom.concept === IDIOM && idiom.start >= hit.end - 1 && idiom.start <= hit.end + 2);
  return near.length > 0 && near.every((idiom) => calmWords.has(sentence[idiom.start]!.norm));
}
