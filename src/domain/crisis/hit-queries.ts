import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * Questions the reading (read.ts) asks of a message's hits and words. They loop instead of filtering into arrays and
 * closures: the reading runs on every message, and its garbage is what sets the slowest messages' time.
 */

/** Some sentence has a hit of this concept. */
export function inAny(perSentence: readonly Hit[][], concept: string): boolean {
  for (const hits of perSentence) if (has(hits, concept)) return true;
  return false;
}

/** This sentence has a hit of this concept. */
export function has(hits: readonly Hit[] | undefined, concept: string): boolean {
  if (hits === undefined) return false;
  for (const hit of hits) if (hit.concept === concept) return true;
  return false;
}

/** A hit of this concept starts at a token from `from` to `to`, both included. */
export function startsWithin(hits: readonly Hit[] | undefined, concept: string, from: number, to: number): boolean {
  if (hits === undefined) return false;
  for (const hit of hits) if (hit.concept === concept && hit.start >= from && hit.start <= to) return true;
  return false;
}

/** A hit of this concept spans the token at `at`. */
export function covers(hits: readonly Hit[], concept: string, at: number): boolean {
  for (const hit of hits) if (hit.concept === concept && hit.start <= at && at < hit.end) return true;
  return false;
}

/** Where a word first stands in a sentence, or -1. */
export function indexOfWord(sentence: Sentence, word: string): number {
  for (let i = 0; i < sentence.length; i++) if (sentence[i]!.norm === word) return i;
  return -1;
}

/** An act under way said as being at a place ("im at the overpass"): the same words as a place hint. */
export function overlapsPlace(hits: readonly Hit[], hit: Hit): boolean {
  for (const other of hits) if (other.concept === 'place' && other.start < hit.end && hit.start < other.end) return true;
  return false;
}
