import { isBreak } from './clauses.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence, Token } from './tokens.js';

/** The most words of when between a report verb and the "i" it reports ("last night"). */
const REPORT_TIME_WORDS = 2;

/** The position before the words of when ending at `at` ("told me today i": from "today" back to "me"); `at` when there are none. */
export function beforeReportTimes(lexicon: Lexicon, sentence: Sentence, at: number): number {
  let k = at;
  for (let skipped = 0; skipped < REPORT_TIME_WORDS && lexicon.reportTimes?.has(sentence[k]?.norm ?? '') === true; skipped++) k--;
  return k;
}

/** How far back from the main clause's "i" the condition's own "i" may stand ("if i go back to that group home ill"). */
const CONDITION_REACH = 12;

/**
 * Where the report verb whose words an "i" at `at` opens should stand (whose.ts checks the verb and its teller): right
 * before it ("she said i"), before "me" ("he texted me i"), either with a time of the telling after it ("told me today i"),
 * or before a condition on "i" that leads to it ("drop in kid said if i go back there ill end it", "she told me that when i
 * get out im gonna finish it"): the "i" of the clause a reported condition leads to belongs to the same speaker as the
 * condition's "i". -1 when none can.
 */
export function reportVerbBefore(lexicon: Lexicon, sentence: Sentence, at: number): number {
  let verb = at - 1;
  // "participant told me today im gonna…", "she said last night i": a time of the telling between the verb and the words.
  verb = beforeReportTimes(lexicon, sentence, verb);
  if (verb >= 0 && !isReport(lexicon, sentence[verb]!) && sentence[verb]!.norm !== 'me') verb = conditionBefore(lexicon, sentence, at);
  if (sentence[verb]?.norm === 'me' && verb > 0 && isReport(lexicon, sentence[verb - 1]!)) verb--;
  return verb;
}

/** The word before a condition that opens on "i" and leads to the clause at `at` (before "that" too), or -1. */
function conditionBefore(lexicon: Lexicon, sentence: Sentence, at: number): number {
  const openers = lexicon.conditionOpeners;
  if (openers === undefined) return -1;
  for (let k = at - 1; k >= Math.max(2, at - CONDITION_REACH); k--) {
    const token = sentence[k]!;
    // Any mark ends the search: "she asked when im home, i want to die" is the writer's own clause after her question.
    if (isBreak(lexicon, token)) return -1;
    // "he said that if i call the cops he'll make sure i don't walk out": another subject between leads to its own clause.
    if (lexicon.subjectPronouns.has(token.norm) && lexicon.thirdPerson.has(token.norm)) return -1;
    // "coworker keeps saying if the audit goes bad im just gonna end it": a condition on a thing, opening right after the report
    // verb (or its "that", its "me"), leads to the speaker's own "i" as a condition on "i" does.
    if (openers.has(token.norm) && !lexicon.subjectPronouns.has(sentence[k + 1]?.norm ?? '')) {
      const before = sentence[k - 1]!.norm === 'that' ? k - 2 : k - 1;
      const said = sentence[before]?.norm === 'me' ? sentence[before - 1] : sentence[before];
      if (said !== undefined && isReport(lexicon, said) && !lexicon.askVerbs?.has(said.lemma)) return before;
    }
    if (token.norm !== 'i' || !openers.has(sentence[k - 1]!.norm)) continue;
    const verb = sentence[k - 2]!.norm === 'that' ? k - 3 : k - 2;
    // "she asked if i was ok": a question asked of the writer, whose answer is the writer's own.
    const asked = sentence[verb]?.norm === 'me' ? sentence[verb - 1] : sentence[verb];
    return lexicon.askVerbs?.has(asked?.lemma ?? '') ? -1 : verb;
  }
  return -1;
}

function isReport(lexicon: Lexicon, token: Token): boolean {
  return lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma);
}
