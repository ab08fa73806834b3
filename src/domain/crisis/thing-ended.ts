import { startsWithin } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const THING_ENDED = frameId('thingEnded');
const JOKE = frameId('joke');
/** The signs an ending is read as ("end it", "terminar con todo"); a preparation ("dejé los expedientes listos") is never a chore ended. */
const endings: ReadonlySet<string> = new Set(['intent', 'suicidal-thoughts']);
/** The most tokens a next sentence that only names the thing may have ("... el papeleo."). */
const BARE_THING = 3;

/**
 * "gonna end it with my gym membership", "end it all... the homework", "mi plan es terminar con todo... el papeleo": the ending
 * is of a chore, a paper or a relationship named right after it, in its sentence or opening the next when the ending closes its
 * own (Spanish splits at "..."): then only a bare name or a laughing punchline ("voy a terminar con todo. la tarea no importa
 * ya" stays). Never a means: "terminar con todo, la cuerda ya está" names none of the things ended.
 */
export function thingEndedNamed(sentence: Sentence, all: readonly Hit[], nextSentence: Sentence | undefined, next: readonly Hit[] | undefined, hit: Hit): boolean {
  // "he says he's going to end things with me": a threat read over an ending of a relationship with the writer is a break-up.
  if (hit.concept === 'other-disclosure' || hit.concept === 'threat') return othersEndingOfAThing(sentence, all, hit);
  if (!endings.has(hit.concept)) return false;
  if (startsWithin(all, THING_ENDED, hit.end - 1, hit.end + 2)) return true;
  if (endingReach(all, hit) < sentence.length || nextSentence === undefined || !startsWithin(next, THING_ENDED, 0, 0)) return false;
  return nextSentence.length <= BARE_THING || startsWithin(next, JOKE, 0, Infinity) || thingsListed(next) >= 2;
}

/**
 * "my sister says she's gonna end things with her", "he said he's going to end it with them tonight": someone else's ending read
 * over a relationship named right after its verb ("end" + "things with her", frame `thingEnded`) is a break-up, nobody's crisis.
 * "she said she's going to end her life" names no relationship and stays hers.
 */
function othersEndingOfAThing(sentence: Sentence, all: readonly Hit[], hit: Hit): boolean {
  return all.some((thing) => thing.concept === THING_ENDED && thing.start > hit.start && thing.start < hit.end && endVerbs.has(sentence[thing.start - 1]?.lemma ?? ''));
}

const endVerbs: ReadonlySet<string> = new Set(['end', 'ending', 'ends', 'ended']);

/** A last word or an absence that opens on an ending of a thing ("end it with him this weekend") is that ending, whoever ends it. */
export function hintEndsAThing(all: readonly Hit[], hint: Hit): boolean {
  return (hint.concept === 'absence' || hint.concept === 'finality') && startsWithin(all, THING_ENDED, hint.start, hint.start + 1);
}

/** "acabar con todo... el Netflix, el HBO y el Disney": a next sentence that lists things ended is that list. */
function thingsListed(hits: readonly Hit[] | undefined): number {
  let count = 0;
  if (hits !== undefined) for (const hit of hits) if (hit.concept === THING_ENDED) count++;
  return count;
}

/** Where the ending reaches: "he decidido acabar" ends where the "acabar con todo" read over it ends. */
function endingReach(all: readonly Hit[], hit: Hit): number {
  let end = hit.end;
  for (const other of all) if (endings.has(other.concept) && other.start < end && hit.start < other.end && other.end > end) end = other.end;
  return end;
}
