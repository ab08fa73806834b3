import { hints } from './concepts.js';
import { frameId, isFrame, type Hit } from './match.js';

const KEPT_AT_IT = frameId('keptAtIt');

/**
 * "i hit 6 months off nic today! the cravings still suck but im doing it": a bare "i'm doing it" closing a struggle of recovery
 * (frame `keptAtIt`, languages/en/frames-kept-at-it.ts) is the writer keeping at the recovery, not a deed about to be done. Only
 * when the message names no other sign than a time ("today" of the milestone): "the cravings suck but im doing it, the pills are
 * in my hand" keeps its intent. read-sentence.ts records it as a going explained, so the learned opinion adds no route.
 */
export function keptAtRecovery(perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  if (hit.concept !== 'intent') return false;
  if (!perSentence[index]!.some((kept) => kept.concept === KEPT_AT_IT && kept.start < hit.start && kept.end >= hit.end)) return false;
  for (const hits of perSentence) {
    for (const other of hits) {
      if (other === hit || isFrame(other.concept) || hints[other.concept]?.kind === 'time') continue;
      return false;
    }
  }
  return true;
}
