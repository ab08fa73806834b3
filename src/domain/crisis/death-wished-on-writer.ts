import type { Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

/**
 * "my mom keeps telling me i should have died", "he says he wishes i was never born": a wish to be dead that lies inside
 * harm told to the writer (a threat whose teller is named before it) is the teller's wish on the writer, not the writer's
 * own. Only a wish to be dead: "told me to kill myself" keeps the writer's reading of thoughts of suicide as well.
 */
export function deathWishedOnWriter(hits: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== 'wish-dead') return false;
  return hits.some((harm) => harm.concept === 'threat' && harm.start < hit.start && hit.start < harm.end);
}

/** Own-risk readings of an ending of "my life" that someone else may be the subject of. */
const endingSigns: ReadonlySet<string> = new Set(['intent', 'suicidal-thoughts', 'acting-now']);
const endVerbs: ReadonlySet<string> = new Set(['end', 'ending', 'ends', 'ended', 'take', 'taking', 'takes', 'took']);

/**
 * "he says hes going to end my life", "my ex swears he'll end my life", "my husband threatened to take my life": the writer's life
 * ended by someone else is a threat to the writer, not the writer's own intent. Needs the threat read over the same words and a
 * third person as the subject of the ending ("i'm going to end my life" and "he said i should end my life" stay the writer's).
 */
export function lifeEndedByAnother(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hit: Hit): boolean {
  if (!endingSigns.has(hit.concept)) return false;
  const verb = endingVerbAt(sentence, hit);
  if (verb < 0) return false;
  if (!hits.some((harm) => harm.concept === 'threat' && harm.start <= verb && verb < harm.end)) return false;
  return subjectOf(lexicon, sentence, { ...hit, start: verb }) === 'other';
}

/** Where "end"/"take" stands before "my life" inside the hit, or -1. */
function endingVerbAt(sentence: Sentence, hit: Hit): number {
  for (let i = hit.start; i + 2 < sentence.length && i < hit.end; i++) {
    if (endVerbs.has(sentence[i]!.norm) && sentence[i + 1]!.norm === 'my' && sentence[i + 2]!.norm === 'life') return i;
  }
  return -1;
}
