import type { Lexicon } from './lexicon.js';
import { isNegated } from './clauses.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const EVERYDAY = frameId('everyday');

/**
 * "at the bridge now. the fishing is terrible": a next sentence that opens on an everyday use (not denied: "... not for fishing")
 * explains the place. It explains the place only, never a means told beside it: "i've got the rope in the car and i'm driving to
 * the reservoir after i clock out. coffee pot needs descaling." keeps the reservoir, since the rope in hand has no use told.
 * An everyday word said as the going's time ("going at sunset") is no use.
 */
export function placeUseToldNext(lexicon: Lexicon, here: readonly Hit[], next: Sentence | undefined, hits: readonly Hit[] | undefined): boolean {
  if (next === undefined || hits === undefined) return false;
  if (here.some((sign) => sign.concept === 'means-hint' || sign.concept === 'method')) return false;
  return hits.some((use) => use.concept === EVERYDAY && use.start <= 2 && !isNegated(lexicon, next, use) && !toldAsATime(hits, use));
}

/** "walk into the water. going at sunset": the everyday word is when the going is, a time, not a use of the place. */
function toldAsATime(hits: readonly Hit[], use: Hit): boolean {
  return hits.some((time) => time.concept === 'timing' && time.start <= use.start && time.end >= use.end);
}
