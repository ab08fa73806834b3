import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * Whether a sign is the topic of a story, a game or a training rather than the writer's life: media and training
 * talk, as read.ts weighs it.
 */

const TRAINING = frameId('training');

/** Media or training talk in the sentence, unless it is the thing compared after "than" (at `thanAt`, -1 when none). */
export function topical(hits: readonly Hit[], concept: string, thanAt: number): boolean {
  for (const hit of hits) if (hit.concept === concept && (thanAt < 0 || hit.start < thanAt || hit.start > thanAt + 3)) return true;
  return false;
}

/** "irl", "in real life", "for real life": the sentence says it is not about a game or a story. */
export function saysRealLife(sentence: Sentence): boolean {
  for (let i = 0; i < sentence.length; i++) if (sentence[i]!.norm === 'irl' || (sentence[i]!.norm === 'real' && sentence[i + 1]?.norm === 'life')) return true;
  return false;
}

/** "ready to ask directly about suicide": the risk word as the thing a training asks about. */
export function askedAbout(hits: readonly Hit[], hit: Hit): boolean {
  for (const h of hits) if (h.concept === TRAINING && h.start < hit.start && hit.start < h.end) return true;
  return false;
}
