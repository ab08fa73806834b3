import type { Sentence } from './tokens.js';

/**
 * Two everyday sighs the learned opinion reads as risk (branch t-en106), told so only when the patterns found nothing
 * (read.ts `goingExplained`):
 * - staying in bed on a lazy day: "ion even wanna get out of bed, it's saturday and it's raining". Bed is given its
 *   everyday reason (a day off, the weekend, the weather) in its own sentence; "couldnt get out of bed, whats the point"
 *   is read by the patterns and never reaches here.
 * - a child or a roommate threatening to move out: "my daughter keep threatening to move out when she turn 18". A
 *   partner's threat to leave with the kids is no child's and stays the opinion's.
 */

const lazyDays: ReadonlySet<string> = new Set(['saturday', 'sunday', 'weekend', 'holiday', 'raining', 'rainy', 'rain', 'snowing', 'snow', 'cold', 'freezing', 'gloomy']);
/** How far before "out of bed" its reason may not stand, and how far after it still may ("…out of bed, it's saturday"). */
const REASON_REACH = 8;

export function bedOnALazyDay(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => {
    const bed = sentence.findIndex((token, i) => token.norm === 'out' && sentence[i + 1]?.norm === 'of' && sentence[i + 2]?.norm === 'bed');
    if (bed < 0) return false;
    for (let i = Math.max(0, bed - REASON_REACH); i < Math.min(sentence.length, bed + 3 + REASON_REACH); i++) if (lazyDays.has(sentence[i]!.norm)) return true;
    return false;
  });
}

const movers: ReadonlySet<string> = new Set(['daughter', 'son', 'kid', 'kids', 'teen', 'teenager', 'child', 'stepdaughter', 'stepson', 'niece', 'nephew', 'grandson', 'granddaughter', 'roommate', 'roomate', 'housemate']);
const threatWords: ReadonlySet<string> = new Set(['threaten', 'threatening', 'threatens', 'threatened']);

export function moveOutThreatened(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => {
    const threat = sentence.findIndex((token) => threatWords.has(token.norm) || threatWords.has(token.lemma));
    if (threat < 0 || !sentence.slice(Math.max(0, threat - 4), threat).some((token) => movers.has(token.norm))) return false;
    const after = sentence.slice(threat + 1, threat + 5).map((token) => token.norm);
    const move = after.indexOf('move');
    return move >= 0 && after[move + 1] === 'out';
  });
}
