import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/** The concept id of kms and its cousins said alone, which read.ts settles once the whole message is read. */
export const SLANG_ALONE = 'slang-alone';

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
export function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}

/**
 * Times ahead that make "kms" meant ("kms tn"); "today" is a mood. A time counted down is ahead too, read from the first
 * word of its hit: "kms in 3 hrs", "kms countdown: 2 hours" ("in" opens only a time hit of "in|within _ hours").
 */
export const timeAhead: ReadonlySet<string> = new Set(['tonight', 'tn', 'tonite', '2nite', 'tomorrow', 'tmrw', 'tmr', 'midnight', 'in', 'within', 'countdown']);
