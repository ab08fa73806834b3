/** How far a distant past told in a sentence reaches. Read by read.ts. */
import { isBreak } from './clauses.js';
import { has, startsWithin } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

const DISTANT_PAST = frameId('distantPast');
const RESUMED = frameId('resumed');

/**
 * Whether the sentence's distant past covers the hit. Most pasts ("back in 2015", "in my twenties") set the time of the
 * whole sentence; a habit told as gone ("i used to run groups") sets only its own clause, so a later clause told in the
 * present is now: "i used to supervise nights and i want to die" (not "… and i wanted to die every day").
 */
export function pastReaches(lexicon: Lexicon, sentence: Sentence, frames: readonly Hit[], hit: Hit): boolean {
  const bound = lexicon.clauseBoundPast;
  if (bound === undefined) return true;
  let pasts = 0;
  for (const span of frames) {
    if (span.concept !== DISTANT_PAST) continue;
    pasts++;
    // "i'm used to it", "got used to the noise": being accustomed, not a habit gone, is left as the frame reads it.
    const habit = bound.opens.has(sentence[span.start]!.norm) && !bound.accustomed.has(sentence[span.start - 1]?.norm ?? '');
    if (!habit || span.end > hit.start || !presentClauseBetween(lexicon, sentence, span.end, hit.start)) return true;
  }
  // No past in this sentence: it came from the next one ("…that was six years ago"), and reaches all of this one.
  return pasts === 0;
}

/** A clause that opens after a break between `from` and the hit's first word, with the writer as subject of a present verb. */
function presentClauseBetween(lexicon: Lexicon, sentence: Sentence, from: number, to: number): boolean {
  const bound = lexicon.clauseBoundPast!;
  let opened = false;
  for (let i = from; i <= to && i < sentence.length; i++) {
    const token = sentence[i]!;
    // "i used to say 'i'd rather be dead'": the habit's own words, quoted, are the past too.
    if (token.quoted || token.norm === '"') continue;
    if (isBreak(lexicon, token)) {
      opened = true;
      continue;
    }
    if (!opened) continue;
    if (bound.presentSubjects.has(token.norm)) return true;
    const verb = sentence[i + 1];
    if (bound.subjects.has(token.norm) && verb !== undefined && (verb.norm === verb.lemma || bound.presentForms.has(verb.norm)) && (verb.pos === 'VERB' || verb.pos === 'AUX')) return true;
  }
  return false;
}

/** "back when i was using…", "when i was 19…": a sentence whose first words open a clause of its own past. */
export function opensOwnPast(sentence: Sentence): boolean {
  return sentence[0]?.norm === 'when' || (sentence[0]?.norm === 'back' && sentence[1]?.norm === 'when');
}

/** "he used to hit me and he started again last week": the past has come back, later in the sentence or in the next one. */
export function resumedAfter(perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  // "su marido le pega desde hace años": a frame may open on the match's last word, its verb.
  return startsWithin(perSentence[index], RESUMED, hit.end - 1, Infinity) || has(perSentence[index + 1], RESUMED);
}
