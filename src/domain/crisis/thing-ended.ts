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
  if (!endings.has(hit.concept)) return false;
  if (startsWithin(all, THING_ENDED, hit.end - 1, hit.end + 2)) return true;
  if (hit.end < sentence.length || nextSentence === undefined || !startsWithin(next, THING_ENDED, 0, 0)) return false;
  return nextSentence.length <= BARE_THING || startsWithin(next, JOKE, 0, Infinity);
}
