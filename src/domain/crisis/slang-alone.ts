import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/** The concept id of kms and its cousins said alone, which read.ts settles once the whole message is read. */
export const SLANG_ALONE = 'slang-alone';

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
export function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}
