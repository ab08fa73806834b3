import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';

const JOKE = frameId('joke');
const MISHAP = frameId('mishap');
const STAKES = frameId('pettyStakes');
const RETRACT = frameId('retract');

/**
 * "qué jartera esa reunión, me quería tirar por la ventana jaja mentiras", "si boca no gana el domingo me pego un tiro jajaja no":
 * an act said over a trivial stake (a meeting, a game, a day off lost), laughed at and then taken back, is talk even when a day
 * is named. All three must stand in the message, the taking-back right on the laugh ("jaja mentira", "jajaja no, pero"): a laugh
 * alone never clears risk ("me quiero matar jajaja"), nor a taking-back with no nuisance named or apart from the laugh ("i'm going
 * tonight. jk about forever except not"), nor anything said in earnest ("no es broma"). A means or a place at hand is never laughed off.
 */
export function laughedOffOverStakes(perSentence: readonly Hit[][], takenBack: boolean, hinted: readonly string[]): boolean {
  if (!takenBack || !perSentence.some(takenBackOnTheLaugh)) return false;
  if (hinted.includes('means-hint') || hinted.includes('place')) return false;
  return inAny(perSentence, MISHAP) || inAny(perSentence, STAKES);
}

/** A taking-back that opens on a laugh and goes on past it: "jaja mentira", "jajaja no, pero" ("jk" alone is no laugh first). */
function takenBackOnTheLaugh(hits: readonly Hit[]): boolean {
  for (const retract of hits) if (retract.concept === RETRACT) for (const laugh of hits) if (laugh.concept === JOKE && laugh.start === retract.start && retract.end > laugh.end) return true;
  return false;
}
