import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';

const JOKE = frameId('joke');
const MISHAP = frameId('mishap');
const STAKES = frameId('pettyStakes');

/**
 * "qué jartera esa reunión, me quería tirar por la ventana jaja mentiras", "si boca no gana el domingo me pego un tiro jajaja no":
 * an act said over a trivial stake (a meeting, a game, a day off lost), laughed at and then taken back, is talk even when a day
 * is named. All three must stand in the message: a laugh alone never clears risk ("me quiero matar jajaja"), nor a taking-back
 * with no nuisance named, nor anything said in earnest ("no es broma"). A means or a place at hand is never laughed off.
 */
export function laughedOffOverStakes(perSentence: readonly Hit[][], takenBack: boolean, hinted: readonly string[]): boolean {
  if (!takenBack || !inAny(perSentence, JOKE)) return false;
  if (hinted.includes('means-hint') || hinted.includes('place')) return false;
  return inAny(perSentence, MISHAP) || inAny(perSentence, STAKES);
}
