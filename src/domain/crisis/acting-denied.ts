import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const ACTING_DENIED = frameId('actingDenied');

/**
 * Whether the writer says, in their own words, that they are not acting on their thoughts ("not acting on it. just needed to
 * say it somewhere", "im not in danger this second but im not ok"). read.ts then lets only acts (a means, a place, a thing
 * taken, letters) raise the message: an absence or a goodbye read in the wish's own words ("the wanting to not be here is
 * back") or a time stays a hint, so the wish told with the denial stays possible. The corpus reads such messages so, and
 * asking the writer is the next step, not an emergency. A denial in quotation marks is someone else's.
 */
export function actingDeniedIn(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  return perSentence.some((hits, index) => hits.some((hit) => hit.concept === ACTING_DENIED && !sentences[index]![hit.start]!.quoted));
}
