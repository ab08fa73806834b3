import { startsWithin } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "therapist asked if i had thoughts of self harm and i honestly said no", "el médico me preguntó si tenía pensamientos de
 * muerte y le dije que no", "me preguntaste si estoy pensando en hacerme daño: no, para nada": a screening question put to
 * the writer holds the sign, and the writer's answer is no. The sign is the question's words, not the writer's state.
 * Never when the answer is taken back after it ("i said no. i lied", "le dije que no, pero sí lo pienso"), nor when the
 * answer is yes: a "no" must follow the sign, in its sentence or opening the next.
 */

const ASKED = frameId('askedIf');
const SAID_NO = frameId('saidNo');
const NOT_SO = frameId('notSo');

/** How many tokens the question's words may stand before the sign ("asked me if i had been having any thoughts of"). */
const ASK_REACH = 8;

export function deniedWhenAsked(sentences: readonly Sentence[], perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  const here = perSentence[index]!;
  if (!here.some((h) => h.concept === ASKED && h.end <= hit.start && hit.start - h.end <= ASK_REACH)) return false;
  // The answer: after the sign in its sentence, or at the next sentence's start ("...thoughts of suicide? honestly no").
  const answered = startsWithin(here, SAID_NO, hit.end, Infinity) || startsWithin(perSentence[index + 1], SAID_NO, 0, 2);
  if (!answered) return false;
  // "...and i said no. i lied", "le mentí, le dije que no": anything after the sign that takes the answer back keeps it.
  for (let i = index; i < sentences.length; i++) {
    for (const h of perSentence[i]!) if (h.concept === NOT_SO && (i > index || h.start >= hit.end)) return false;
  }
  return true;
}
