import { hints } from './concepts.js';
import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const AWAY_FOR = frameId('awayFor');
const FREE_TIME = frameId('freeTime');
const CARED_FOR_A_WHILE = frameId('caredForAWhile');
const LEAVING = frameId('leaving');
const RETURNING = frameId('returning');

/**
 * "i won't be around to cover friday, dentist", "wont be around to open tomorrow, got court": an absence told with an everyday
 * reason just after it in its own sentence (frame `awayFor`) is a day off, not a going. read.ts clears the absence when it is the
 * message's only sign beside times and records the message as a going explained, so the learned opinion, which reads "won't be around" as the
 * goodbyes it was trained on, adds no route of its own. A reason in another sentence explains nothing ("…not coming back. i
 * mean that in the final way").
 */
export function absenceGivenReason(perSentence: readonly Hit[][], found: ReadonlySet<string>): boolean {
  for (const concept of found) if (concept !== 'absence' && hints[concept]?.kind !== 'time') return false;
  return absenceToldWithReason(perSentence);
}

/**
 * Whether an absence is told with its everyday reason after it in its own sentence, whatever else read it: "ya no voy a estar
 * mañana, tengo día libre", whose absence an idiom already cleared, is still a going explained for the learned opinion.
 */
export function absenceToldWithReason(perSentence: readonly Hit[][]): boolean {
  return perSentence.some((hits) => hits.some((reason) => reason.concept === AWAY_FOR && hits.some((absence) => absence.concept === 'absence' && absence.start < reason.start && reason.start - absence.end <= REASON_REACH)));
}

/**
 * "wont be back until after the holidays", "not gonna be here till monday": an absence with the day it ends, said with "until"
 * right after it in its own sentence, is a time away. Only "until" and its spellings: "not going to be here for the holidays"
 * and "wont be around after" name no return.
 */
export function absenceUntilReturn(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  return perSentence.some((hits, index) =>
    hits.some((absence) => {
      if (absence.concept !== 'absence') return false;
      const next = sentences[index]![absence.end];
      return next !== undefined && untilWords.has(next.norm) && hits.some((frame) => (frame.concept === LEAVING || frame.concept === RETURNING) && frame.start === absence.end);
    }),
  );
}

const untilWords: ReadonlySet<string> = new Set(['until', 'till', 'til', 'untill', 'hasta']);

/**
 * How many words after the absence its reason may stand ("wont be around to cover friday, dentist"), also as the object of a
 * short clause of errands ("wont be here tomorrow, taking my kid to the dentist").
 */
const REASON_REACH = 8;

/**
 * "no plans this weekend lol": the reading found nothing but plans denied as free time (frame `freeTime`) beside times; read.ts
 * records it as a going explained, so the learned opinion adds no route of its own. "no plans for the future" is no free time.
 */
export function plansLeftFree(perSentence: readonly Hit[][], hinted: readonly string[]): boolean {
  const signs = hinted.filter((concept) => hints[concept]?.kind !== 'time');
  return signs.length > 0 && signs.every((concept) => concept === 'plan-talk') && inAny(perSentence, FREE_TIME);
}

/**
 * "please look after my dog for me this weekend": when the reading found nothing (read.ts asks only then), a pet, a child or plants are asked to be looked
 * after for a bounded time (frame `caredForAWhile`); read.ts records it as a going explained, so the learned opinion, which reads
 * a pet handed on as the preparations it was trained on, adds no route of its own. "look after my dog for me. love you all" has
 * no bounded time and a goodbye the patterns read.
 */
export function careAskedForAWhile(perSentence: readonly Hit[][]): boolean {
  return inAny(perSentence, CARED_FOR_A_WHILE);
}
