import { isReportVerb } from './clause-persons.js';
import { conceptRoutes, type ConceptId } from './concepts.js';
import { has } from './hit-queries.js';
import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';
import { mentionsOther, reportedByOther, speakerOf, subjectOf } from './whose.js';

/**
 * Someone else's words and events inside the reading (read.ts): own-risk words that belong to another person's death, attempt
 * or self-harm, hints inside a sign whose speaker is named, someone's quoted last words, and who is hurt inside a quotation.
 */

const FAREWELL = frameId('farewell');
const LAST_WORDS = frameId('lastWords');
const MEDIA = frameId('media');
const TRAINING = frameId('training');

/**
 * "j died by suicide", "attempted suicide last night": own-risk words inside someone else's death or attempt.
 * "cut her wrists", "fresh cuts on her arm": own-risk words that share their words with someone else's self-harm, overdose or disclosure.
 */
/**
 * "i found razor blades and bloody tissues in her trash": own-risk words inside someone else's self-harm, overdose or disclosure
 * that opens on the writer coming upon it; the writer found the means or the marks, someone else uses them.
 */
export function foundAmongTheirs(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hit: Hit): boolean {
  const find = lexicon.findVerbs;
  if (find === undefined) return false;
  for (const event of hits) {
    if (event.concept !== 'other-self-harm' && event.concept !== 'other-overdose' && event.concept !== 'other-disclosure') continue;
    if (event.start <= hit.start && event.end >= hit.end && find.has(sentence[event.start]!.norm) && mentionsOther(lexicon, sentence, event)) return true;
  }
  return false;
}

export function insideOthers(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hit: Hit): boolean {
  for (const event of hits) if ((event.concept === 'other-death' || event.concept === 'other-attempt') && event.start <= hit.start && event.end >= hit.end && !writersThought(lexicon, sentence, event)) return true;
  for (const event of hits) if ((event.concept === 'other-self-harm' || event.concept === 'other-overdose') && event.start < hit.end && hit.start < event.end && mentionsOther(lexicon, sentence, event)) return true;
  // "bed 4 placed on suicide watch": own-risk words inside someone else's disclosure that opens before them and names the writer nowhere.
  for (const event of hits) if ((event.concept === 'other-disclosure' || event.concept === 'other-observed') && event.start < hit.start && event.end >= hit.end && !namesWriter(lexicon, sentence, event)) return true;
  for (const event of hits) if (event.concept === 'other-disclosure' && reportGoesOn(lexicon, sentence, event, hit)) return true;
  return false;
}

/**
 * "my mom keeps saying shes a burden and wed be better off": a report of someone's words that goes on after "and" into the
 * next few words is still theirs, the "we" of it too. The writer's "i" after the "and" takes the words back ("and i'm a burden").
 */
function reportGoesOn(lexicon: Lexicon, sentence: Sentence, event: Hit, hit: Hit): boolean {
  if (sentence[event.end]?.norm !== 'and' || hit.start <= event.end || hit.start - event.end > REPORT_GOES_ON) return false;
  let reported = false;
  for (let i = event.start; i < event.end; i++) if (isReportVerb(lexicon, sentence[i]!)) reported = true;
  if (!reported) return false;
  for (let i = event.end + 1; i < hit.start; i++) if (sentence[i]!.norm === 'i' || sentence[i]!.norm === 'im') return false;
  return true;
}

/** How many words after the "and" a report may go on before the sign it carries ("and everyone would be better off"). */
const REPORT_GOES_ON = 3;

function namesWriter(lexicon: Lexicon, sentence: Sentence, event: Hit): boolean {
  for (let i = event.start; i < event.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return true;
  return false;
}

/** A hint overlapping a someone-else sign whose speaker is named as another person ("he sent a pic of a bottle of pills"). */
export function insideNamedOthers(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hit: Hit): boolean {
  for (const event of hits) {
    if (conceptRoutes[event.concept as ConceptId] !== 'someone-else' || event.end <= hit.start || hit.end <= event.start) continue;
    if (speakerOf(lexicon, sentence, event) === 'other') return true;
  }
  return false;
}

/**
 * Someone else's last words, quoted, in a sentence that is no media or training talk. With `concern`, also reported without
 * quotation marks when they close the clause ("my mentee texted that she's done and her phone is off": reportedFarewell).
 * `concern` false: only last words plain enough alone count.
 */
export function quotedFarewell(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][], happeningNow: () => boolean, concern: boolean): boolean {
  for (let index = 0; index < perSentence.length; index++) {
    const hits = perSentence[index]!;
    const sentence = sentences[index]!;
    let farewell = false;
    for (const hit of hits) if (((concern && hit.concept === FAREWELL) || hit.concept === LAST_WORDS) && sentence[hit.start]!.quoted) farewell = true;
    for (const hit of hits) if (concern && hit.concept === FAREWELL && reportedFarewell(lexicon, sentence, hit) && pressingConcern(sentences, perSentence)) farewell = true;
    // "...her phone goes straight to voicemail, what do i do": a rushed question about it is no training talk.
    if (farewell && !has(hits, MEDIA) && (!has(hits, TRAINING) || happeningNow())) return true;
  }
  return false;
}

/**
 * "texted that she's done", "said he was sorry": a word of farewell someone else is reported to have said, closing its clause
 * ("said she's done with the report", "texted he's finished his shift" are a task, and carry words after).
 */
function reportedFarewell(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (!closingFarewells.has(sentence[hit.start]!.norm) || hit.end !== hit.start + 1) return false;
  const after = sentence[hit.end];
  if (after !== undefined && !after.punct && !clauseEnders.has(after.norm)) return false;
  return reportedByOther(lexicon, sentence, hit);
}
/**
 * A concern beyond going quiet: a phone off, no answer, help called ("said she's done and went offline for the night" is the end of
 * a shift; the same with "her phone is off" is not).
 */
function pressingConcern(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  return perSentence.some((hits, index) => hits.some((hit) => hit.concept === CONCERN && !quietOnly.has(sentences[index]![hit.start]!.norm)));
}
const CONCERN = frameId('concern');
const quietOnly: ReadonlySet<string> = new Set(['left', 'went', 'gone', 'going']);
const closingFarewells: ReadonlySet<string> = new Set(['done', 'finished', 'sorry']);
const clauseEnders: ReadonlySet<string> = new Set(['and', 'but', 'then', 'now', 'so', 'lol']);

/** Inside a quotation, "me", "my": the one who said it is the one hurt ("he hit me"); "i" alone is the one who threatens. */
export function speakerHurt(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (speakerAsObject.has(sentence[i]!.norm)) return true;
  return false;
}
const speakerAsObject: ReadonlySet<string> = new Set(['me', 'my', 'myself', 'mine', 'meself']);

/**
 * "thinking about jumping off the roof today. not acting on it": an act right after a verb of thinking ("thinking about", "thought
 * of", "picturing") whose subject is not someone else is what the writer thinks of, not someone else's attempt.
 */
export function writersThought(lexicon: Lexicon, sentence: Sentence, event: Hit): boolean {
  const thought = lexicon.thoughtVerbs;
  if (thought === undefined) return false;
  for (let i = event.start - 1; i >= Math.max(0, event.start - 3); i--) {
    if (!thought.has(sentence[i]!.norm)) continue;
    return subjectOf(lexicon, sentence, { concept: event.concept, start: i, end: i + 1, negates: false }) !== 'other';
  }
  return false;
}
