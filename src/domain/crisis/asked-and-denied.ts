import { startsWithin } from './hit-queries.js';
import { bareDenial, type HyperboleWords } from './hyperbole.js';
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

/**
 * `told`, when given, is told the sign was answered no (its `goingExplained` is set): the learned opinion, which reads "pensamientos
 * de hacerme daño" as the disclosures it was trained on, then adds no route of its own ("el bot me preguntó si tengo pensamientos
 * de hacerme daño y le dije que no, solo hambre").
 */
export function deniedWhenAsked(words: HyperboleWords, sentences: readonly Sentence[], perSentence: readonly Hit[][], index: number, hit: Hit, told?: { goingExplained?: boolean }): boolean {
  const here = perSentence[index]!;
  if (!here.some((h) => h.concept === ASKED && h.end <= hit.start && hit.start - h.end <= ASK_REACH)) return false;
  // The answer: after the sign in its sentence, or at the next sentence's start ("...thoughts of suicide? honestly no"),
  // or a bare "i'm not" after a comma or as the next sentence ("people ask if i'm suicidal because i'm quiet. i'm not").
  const answered = startsWithin(here, SAID_NO, hit.end, Infinity) || startsWithin(perSentence[index + 1], SAID_NO, 0, 2) || deniedBare(words, sentences[index]!, hit.end) || (sentences[index + 1] !== undefined && deniedBare(words, sentences[index + 1]!, -1));
  if (!answered) return false;
  // "...and i said no. i lied", "le mentí, le dije que no": anything after the sign that takes the answer back keeps it.
  for (let i = index; i < sentences.length; i++) {
    for (const h of perSentence[i]!) if (h.concept === NOT_SO && (i > index || h.start >= hit.end)) return false;
  }
  if (told !== undefined) told.goingExplained = true;
  return true;
}

/**
 * "i'm not", "i'm not, just tired": the words after a comma past `after` (or from the start of the sentence when `after` is -1)
 * up to the next comma only say no ("i'm not sure" says more, so it is no answer).
 */
function deniedBare(words: HyperboleWords, sentence: Sentence, after: number): boolean {
  let from = 0;
  if (after >= 0) {
    from = sentence.findIndex((token, i) => i >= after && token.norm === ',') + 1;
    if (from === 0) return false;
  }
  const comma = sentence.findIndex((token, i) => i >= from && token.norm === ',');
  return bareDenial(words, comma < 0 ? sentence : sentence.slice(0, comma), from);
}
