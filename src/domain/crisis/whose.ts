import { clauseOf, clauseStart, isBreak } from './clauses.js';
import { routeOfConcept } from './concepts.js';
import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import { beforeReportTimes, reportVerbBefore } from './reported-condition.js';
import { addressedAt, ownerOnly, ownsMeans, relativeAfterPerson } from './named-not-actor.js';
import type { Sentence } from './tokens.js';
import { personToldByWriter } from './told-by-writer.js';
import { afterPreposition, isObject, isPersonNoun, isReportVerb, objectPronouns, REPORTER_REACH, subjectClauseStart } from './clause-persons.js';
import { possessorAfter } from './possessor-after.js';
import { reportedByOther } from './reported-by-other.js';

export { isReportVerb } from './clause-persons.js';
export { reportedByOther } from './reported-by-other.js';
export { victimOf } from './victim-of.js';

/**
 * Whose risk or harm a match is: the writer's, someone else's, or unsaid. Read from the words in the
 * match, the nearest subject before it in its clause, and who is addressed or harmed (who is harmed: victim-of.ts).
 */

/**
 * "she said i just dont see myself being around", "he texted me i'm gonna end it tonight": someone named, a report verb, and
 * right after it an "i" that opens the clause of the writer's own-risk sign is their "I", reported without quotation marks.
 * Not a report about the writer: "he said i should kill myself" (told to), "she said i was suicidal" (described), nor a sign
 * of harm or of someone else's crisis, whose "i" the harm reading weighs.
 */
function theirIReported(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const about = lexicon.saidAboutWriter;
  if (about === undefined) return false;
  const route = routeOfConcept(hit.concept);
  if (route === 'harm-from-others' || route === 'someone-else') return false;
  const from = clauseStart(lexicon, sentence, hit.start);
  let at = -1;
  for (let i = from; i <= hit.start && i < sentence.length; i++) if (sentence[i]!.norm === 'i') at = i;
  if (at < 0 || !reportOpens(lexicon, sentence, at)) return false;
  for (let i = at + 1; i < hit.start; i++) if (about.has(sentence[i]!.norm)) return false;
  return !about.has(sentence[at + 1]?.norm ?? '');
}

/** Whether the "i" at `at` comes right after a report verb (or "told me") whose teller, someone else, is named before it. */
function reportOpens(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  const verb = reportVerbBefore(lexicon, sentence, at);
  if (verb < 1 || !isReportVerb(lexicon, sentence[verb]!)) return false;
  for (let k = verb - 1; k >= Math.max(0, verb - REPORTER_REACH); k--) {
    const word = sentence[k]!;
    if (word.punct || lexicon.firstPerson.has(word.norm)) return false;
    if ((lexicon.thirdPerson.has(word.norm) || lexicon.thirdPerson.has(word.lemma)) && !objectPronouns.has(word.norm) && !isObject(sentence, k) && !addressedAt(lexicon, sentence, k)) return true;
  }
  return false;
}

/** How far before "tells me" the teller may be named ("another peer specialist on my team keeps telling me"). */
const TELLER_REACH = 6;

/** "you", "your" in the quoted clause around a hit (or, with `inMatch`, in the match itself): words said to the writer. */
export function addressesReader(lexicon: Lexicon, sentence: Sentence, hit: Hit, inMatch = false, quoted = true): boolean {
  const [from, to] = inMatch ? [hit.start, hit.end] : clauseOf(lexicon, sentence, hit);
  for (let i = from; i < to; i++) if ((!quoted || sentence[i]!.quoted) && lexicon.secondPerson?.has(sentence[i]!.norm)) return true;
  return false;
}

/** "he texted me you're dead if you leave": someone reports words before the hit, in its sentence. */
export function reportedBefore(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  // "he always asks where are you, who are you with, it's cute": a question asked reports no words said at the writer.
  for (let i = 0; i < hit.start; i++) if ((lexicon.reportVerbs.has(sentence[i]!.norm) || lexicon.reportVerbs.has(sentence[i]!.lemma)) && !askForms.has(sentence[i]!.norm)) return true;
  return false;
}

const askForms: ReadonlySet<string> = new Set(['ask', 'asked', 'asks', 'asking']);

export function mentionsOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  // "took his old pills": the owner of a means the writer uses is named, not the one acting.
  if (ownerOnly(lexicon, sentence, hit)) return false;
  for (let i = hit.start; i < hit.end; i++) if (lexicon.thirdPerson.has(sentence[i]!.norm)) return true;
  return false;
}

export function involvesWriter(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return true;
  return false;
}

/** "had suicidal thoughts during the training video": chat leaves out "I"; the clause opens with its verb. */
export function subjectLeftOut(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const [from] = clauseOf(lexicon, sentence, hit);
  const first = sentence[from];
  return first !== undefined && from < hit.start && (lexicon.subjectlessOpeners?.has(first.norm) ?? false);
}

/** A hint is someone else's when the nearest subject before it is another person; "texted him the passwords" is still mine. */
export function hintIsOthers(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (theirIReported(lexicon, sentence, hit)) return true;
  for (let i = hit.start; i < hit.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return false;
  // "a member called and said goodbye to everyone": a clause opening with its verb shares the subject before "and".
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const word = sentence[i]!.norm;
    // "my cousin send me an audio saying goodbye": the writer sent to is not the one saying it.
    if (word === 'me' && i > 0 && isReportVerb(lexicon, sentence[i - 1]!)) continue;
    if (lexicon.firstPerson.has(word)) return relativeAfterPerson(lexicon, sentence, i, hit.start);
    const possessive = sentence[i + 1]?.norm === "'s" || sentence[i + 1]?.norm === "'";
    // "said goodbye to my kids tonight": a person after "to (my)", "for (the)" is an object, not the subject; "my freind" is spelt any way; "dads gun is in" names an owner.
    if (namesThirdPerson(lexicon, sentence[i]!) && !objectPronouns.has(word) && !possessive && !(sentence[i + 1]?.pos === 'NOUN' && ownsMeans(lexicon, sentence, i)) && !isObject(sentence, i) && !addressedAt(lexicon, sentence, i)) return true;
  }
  return reportedByOther(lexicon, sentence, hit);
}

/** "they're in envelopes on the desk", "it's in my trunk": a clause about where things are, not what someone does. */
export function thingsLocated(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 4); i--) {
    const word = sentence[i]!.norm;
    if ((word === 'they' || word === 'it') && sentence[i + 1]?.lemma === 'be' && sentence[i + 2]?.pos === 'ADP') return true;
  }
  return false;
}

/**
 * Whose risk it is: words in the match ("myself" / "himself"), quotation by someone else, or the
 * nearest subject before it in the clause. With nobody named, the writer is speaking of themselves.
 */
export function speakerOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (sentence[hit.start]!.quoted) return 'other';
  if (theirIReported(lexicon, sentence, hit)) return 'other';
  // "puso en facebook nos vemos del otro lado": someone else's sign that opens on a verb whose form names someone else as the
  // speaker (Spanish "puso", "escribió") holds their words after it; the "nos" of their goodbye is theirs, not the writer.
  const theirWords = routeOfConcept(hit.concept) === 'someone-else' && lexicon.reportVerbsOfOthers?.has(sentence[hit.start]!.norm) === true;
  if (!theirWords && anyInMatch(sentence, hit, lexicon.firstPerson)) return 'self';
  // "got his old rifle out of the truck": the owner of a means is named, not the one using it; the subject says whose.
  let owner = ownerOnly(lexicon, sentence, hit);
  const othersSign = routeOfConcept(hit.concept) === 'someone-else';
  if (!owner && (anyInMatch(sentence, hit, lexicon.thirdPossessive) || herThing(sentence, hit))) return 'other';
  const from = subjectClauseStart(lexicon, sentence, hit);
  // "bro i cant do this anymore", "dude took all of them": the one addressed is not the subject; the writer is.
  let addressed = false;
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    const word = token.norm;
    // "she keeps telling me…", "she showed me…": the writer as the one addressed or shown is not the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isReportVerb(lexicon, sentence[i - 1]!)) continue;
    // "keeps telling me i'm worthless": the teller's words about the writer, not the writer's own.
    if (word === 'i' && toldToWriter(lexicon, sentence, i)) return 'other';
    // "talking to me about not wanting to be alive", "one of the guys in my group": the writer after a preposition is no subject. "took 8 of them bars": "them" before a noun is a spoken "those".
    if (afterPreposition(sentence, i) || (word === 'them' && sentence[i + 1]?.pos === 'NOUN')) continue;
    // "the guy i sponsor…", "a woman i support…": a relative clause; the person named before it is the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isPersonNoun(lexicon, sentence[i - 1]!, sentence[i - 2]) && !addressedAt(lexicon, sentence, i - 1) && !personToldByWriter(lexicon, sentence, i - 1)) return 'other';
    // "my freind ODd": "my" before a person (spelt any way) names that person, not the writer.
    if (word === 'my' && sentence[i + 1] !== undefined && namesThirdPerson(lexicon, sentence[i + 1]!) && !isObject(sentence, i + 1) && !addressedAt(lexicon, sentence, i + 1)) return 'other';
    // "my roomate took his adderal": beside an owner, "my" before a person misspelt is that person, not the writer.
    if (owner && word === 'my' && sentence[i + 1]?.pos === 'NOUN' && i + 1 < hit.start) return 'other';
    // "have her sleeping pills counted out": her as the owner just before a means the writer acts on ("found her pills missing"
    // is her crisis: a sign of someone else's is about the owner).
    if (lexicon.ownerPossessives?.has(word) && !othersSign && ownsMeans(lexicon, sentence, i)) {
      owner = true;
      continue;
    }
    if (lexicon.firstPerson.has(word)) return 'self';
    if (addressedAt(lexicon, sentence, i)) addressed = true;
    else if ((lexicon.thirdPerson.has(word) || lexicon.thirdPerson.has(token.lemma)) && !isObject(sentence, i)) return 'other';
  }
  // With nobody named, the verb that opens its clause ("took my dads pills", "got his old rifle out") is the writer's.
  if (addressed || (owner && clauseOpensSentence(lexicon, sentence, from, hit))) return 'self';
  if (owner) return 'other';
  if (verblessPersonBefore(lexicon, sentence, from) || possessorAfter(lexicon, sentence, hit)) return 'other';
  return reportedByOther(lexicon, sentence, hit) ? 'other' : 'unsaid';
}

/** "stockpiling her clonazepam": "her" before a thing in the match is someone else's ("kill her" is not a thing). */
function herThing(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end - 1; i++) if (sentence[i]!.norm === 'her' && sentence[i + 1]!.pos === 'NOUN') return true;
  return false;
}

/**
 * "sponsee in the ER, took a bottle of pills", "participant at 2pm, stated ...": a clause that opens with its verb after a
 * comma shares the subject of a clause before it with no verb, only a person ("mom is asleep, took them all" has a verb).
 */
function verblessPersonBefore(lexicon: Lexicon, sentence: Sentence, from: number): boolean {
  const opener = sentence[from];
  // A list of states ("participant stable, taking meds as prescribed") describes; a finite verb ("took", "stated") tells.
  if (opener === undefined || opener.pos !== 'VERB' || opener.norm.endsWith('ing') || sentence[from - 1]?.norm !== ',') return false;
  let person = false;
  for (let i = from - 2; i >= 0 && !isBreak(lexicon, sentence[i]!); i--) {
    const token = sentence[i]!;
    if (token.pos === 'VERB' || token.pos === 'AUX' || lexicon.firstPerson.has(token.norm)) return false;
    if ((lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma)) && !addressedAt(lexicon, sentence, i)) person = true;
  }
  return person;
}

/** "he keeps telling me i'm worthless", "she told me that i am a burden": "i" right after a third person's "tells me (that)". */
function toldToWriter(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  let k = at - 1;
  if (sentence[k]?.norm === 'that') k--;
  k = beforeReportTimes(lexicon, sentence, k); // "he told me today i'm worthless": a time of the telling between.
  if (sentence[k]?.norm !== 'me' || k < 1 || !isReportVerb(lexicon, sentence[k - 1]!)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 2 - TELLER_REACH); j--) {
    const word = sentence[j]!;
    if (word.norm === 'i') return false;
    if (lexicon.thirdPerson.has(word.norm) && !objectPronouns.has(word.norm)) return true;
  }
  return false;
}

/**
 * The grammatical subject before a hit: the nearest person followed by its verb ("he had a plan",
 * "she has the gun"), so an object in between ("texted my mom goodbye") is not taken for it.
 */
export function subjectOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (theirIReported(lexicon, sentence, hit)) return 'other';
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    let k = i + 1;
    while (sentence[k]?.pos === 'ADV') k++;
    const verbAfter = sentence[k]?.pos === 'VERB' || sentence[k]?.pos === 'AUX';
    if (verbAfter && lexicon.firstPerson.has(token.norm)) return 'self';
    if (verbAfter && (lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma)) && !addressedAt(lexicon, sentence, i) && !ownsMeans(lexicon, sentence, i)) return 'other';
  }
  return 'unsaid';
}

/**
 * The hit's clause opens the sentence and only verbs and adverbs stand before the hit ("just took his pills", "have her
 * pills counted out"), so chat left out "I"; not after an appositive ("the woman from outreach, ..., stopped taking her insulin").
 */
function clauseOpensSentence(lexicon: Lexicon, sentence: Sentence, from: number, hit: Hit): boolean {
  for (let i = 0; i < from; i++) if (!sentence[i]!.punct) return false;
  for (let i = from; i < hit.start; i++) if (!clauseOpeners.has(sentence[i]!.pos) && !sentence[i]!.punct && !lexicon.ownerPossessives?.has(sentence[i]!.norm)) return false;
  return true;
}

const clauseOpeners: ReadonlySet<string> = new Set(['ADV', 'VERB', 'AUX', 'PART']);

function anyInMatch(sentence: Sentence, hit: Hit, words: ReadonlySet<string>): boolean {
  for (let i = hit.start; i < hit.end; i++) if (words.has(sentence[i]!.norm)) return true;
  return false;
}

