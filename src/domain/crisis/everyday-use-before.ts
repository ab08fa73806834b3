import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const EVERYDAY = frameId('everyday');

/**
 * "anyone want to go climbing saturday? ive got an extra rope and harness": an everyday use asked or told in the sentence right
 * as a question right before a means or a place explains it as one in its own sentence does, when it stands within `reach` tokens
 * of it across the break (the question mark cuts the sentence, not the thought). A use told, not asked ("the foreman thinks im on
 * my lunch. i have the rifle in the cab"), or further back ("had a nice hike today. ...") explains nothing.
 */
export function everydayUseBefore(previous: Sentence | undefined, previousHits: readonly Hit[] | undefined, hit: Hit, reach: number): boolean {
  if (previous === undefined || previousHits === undefined || previous[previous.length - 1]?.norm !== '?') return false;
  return previousHits.some((use) => use.concept === EVERYDAY && previous.length - use.start + hit.start <= reach);
}
