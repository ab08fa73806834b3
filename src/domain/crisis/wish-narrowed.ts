import type { Hit } from './match.js';

/** The signs a leaving denied after them narrows: a wish to be gone and thoughts of it. */
const wishes: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts']);

/**
 * "i want to disappear, not a vacation, not a new city. just not be": a leaving denied after a wish in its sentence says what the
 * wish means, not that a trip was a cover story (everyday-frames.ts). A cover story is a leaving told to others and then denied
 * ("told her it was for a trip. there is no trip"); here nobody was told anything, and the wish is read on its own (possible).
 */
export function leavingNarrowsWish(hits: readonly Hit[], leaving: Hit): boolean {
  return hits.some((hit) => wishes.has(hit.concept) && hit.start < leaving.start);
}

/** The words of the denial that opens a sentence of its own: "not a vacation." */
const DENIAL_OPENING = 3;

/**
 * "wish i could just not exist for a while. not a vacation.": the same narrowing said as a short sentence of its own right after
 * the wish, with the leaving at its start (`words` is the sentence's length, `most` the longest bare denial).
 */
export function leavingNarrowsWishBefore(before: readonly Hit[] | undefined, leaving: Hit, words: number, most: number): boolean {
  return before !== undefined && leaving.start < DENIAL_OPENING && words <= most && before.some((hit) => wishes.has(hit.concept));
}
