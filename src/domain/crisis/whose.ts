import { clauseOf, clauseStart } from './clauses.js';
import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence, Token } from './tokens.js';

/**
 * Whose risk or harm a match is: the writer's, someone else's, or unsaid. Read from the words in the
 * match, the nearest subject before it in its clause, and who is addressed or harmed.
 */

/** Who is harmed: the writer when the match names them ("hit me"), else a third person as the object right after it ("raped her"). */
export function victimOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (involvesWriter(lexicon, sentence, hit)) return 'self';
  const next = sentence[hit.end];
  if (next === undefined || next.punct || next.pos !== 'PRON') return 'unsaid';
  if (lexicon.thirdPerson.has(next.norm) && !lexicon.subjectPronouns.has(next.norm)) return 'other';
  return lexicon.firstPerson.has(next.norm) ? 'self' : 'unsaid';
}

/** "you", "your" in the quoted clause around a hit (or, with `inMatch`, in the match itself): words said to the writer. */
export function addressesReader(lexicon: Lexicon, sentence: Sentence, hit: Hit, inMatch = false, quoted = true): boolean {
  const [from, to] = inMatch ? [hit.start, hit.end] : clauseOf(lexicon, sentence, hit);
  for (let i = from; i < to; i++) if ((!quoted || sentence[i]!.quoted) && lexicon.secondPerson?.has(sentence[i]!.norm)) return true;
  return false;
}

/** "he texted me you're dead if you leave": someone reports words before the hit, in its sentence. */
export function reportedBefore(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = 0; i < hit.start; i++) if (lexicon.reportVerbs.has(sentence[i]!.norm) || lexicon.reportVerbs.has(sentence[i]!.lemma)) return true;
  return false;
}

export function mentionsOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
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
  for (let i = hit.start; i < hit.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return false;
  // "a member called and said goodbye to everyone": a clause opening with its verb shares the subject before "and".
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const word = sentence[i]!.norm;
    if (lexicon.firstPerson.has(word)) return false;
    const possessive = sentence[i + 1]?.norm === "'s" || sentence[i + 1]?.norm === "'";
    // "said goodbye to my kids tonight": a person after "to (my)", "for (the)" is an object, not the subject.
    if (lexicon.thirdPerson.has(word) && !objectPronouns.has(word) && !possessive && !isObject(sentence, i)) return true;
  }
  return false;
}

/** "a voice memo to my bf", "goodbye to my kids": a person after a preposition (and "my") is an object. */
function isObject(sentence: Sentence, at: number): boolean {
  const marker = determiners.has(sentence[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return marker >= 0 && prepositions.has(sentence[marker]!.norm);
}

const prepositions = new Set(['to', 'for', 'with']);
const determiners = new Set(['my', 'our', 'the', 'a', 'his', 'her', 'their']);

/** "they're in envelopes on the desk", "it's in my trunk": a clause about where things are, not what someone does. */
export function thingsLocated(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 4); i--) {
    const word = sentence[i]!.norm;
    if ((word === 'they' || word === 'it') && sentence[i + 1]?.lemma === 'be' && sentence[i + 2]?.pos === 'ADP') return true;
  }
  return false;
}

// "they're in envelopes in my car": they and them are as often things as people.
const objectPronouns = new Set(['him', 'her', 'them', 'his', 'their', 'hers', 'they']);

/**
 * Whose risk it is: words in the match ("myself" / "himself"), quotation by someone else, or the
 * nearest subject before it in the clause. With nobody named, the writer is speaking of themselves.
 */
export function speakerOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (sentence[hit.start]!.quoted) return 'other';
  if (anyInMatch(sentence, hit, lexicon.firstPerson)) return 'self';
  if (anyInMatch(sentence, hit, lexicon.thirdPossessive)) return 'other';
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    const word = token.norm;
    // "she keeps telling me…", "she showed me…": the writer as the one addressed or shown is not the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isReportVerb(lexicon, sentence[i - 1]!)) continue;
    // "the guy i sponsor…", "a woman i support…": a relative clause; the person named before it is the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isPersonNoun(lexicon, sentence[i - 1]!)) return 'other';
    // "my freind ODd": "my" before a person (spelt any way) names that person, not the writer.
    if (word === 'my' && sentence[i + 1] !== undefined && sentence[i + 1]!.forms.some((form) => lexicon.thirdPerson.has(form)) && !isObject(sentence, i + 1)) return 'other';
    if (lexicon.firstPerson.has(word)) return 'self';
    if ((lexicon.thirdPerson.has(word) || lexicon.thirdPerson.has(token.lemma)) && !isObject(sentence, i)) return 'other';
  }
  return 'unsaid';
}

/**
 * The grammatical subject before a hit: the nearest person followed by its verb ("he had a plan",
 * "she has the gun"), so an object in between ("texted my mom goodbye") is not taken for it.
 */
export function subjectOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    let k = i + 1;
    while (sentence[k]?.pos === 'ADV') k++;
    const verbAfter = sentence[k]?.pos === 'VERB' || sentence[k]?.pos === 'AUX';
    if (verbAfter && lexicon.firstPerson.has(token.norm)) return 'self';
    if (verbAfter && (lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma))) return 'other';
  }
  return 'unsaid';
}

/**
 * Where to look for a hit's subject: its clause, or, when the clause starts with a verb after "and"
 * ("he has the gun out and wants to say goodbye"), the clause before, whose subject it shares.
 */
function subjectClauseStart(lexicon: Lexicon, sentence: Sentence, hit: Hit): number {
  let [from] = clauseOf(lexicon, sentence, hit);
  for (;;) {
    let first = from;
    while (sentence[first]?.pos === 'ADV' && first < hit.end) first++;
    const verb = sentence[first]?.pos === 'VERB' || sentence[first]?.pos === 'AUX';
    if (!verb || from < 2 || !lexicon.clauseBreaks.has(sentence[from - 1]!.norm)) return from;
    from = clauseStart(lexicon, sentence, from - 1);
  }
}
function anyInMatch(sentence: Sentence, hit: Hit, words: ReadonlySet<string>): boolean {
  for (let i = hit.start; i < hit.end; i++) if (words.has(sentence[i]!.norm)) return true;
  return false;
}

function isReportVerb(lexicon: Lexicon, token: Token): boolean {
  return lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma);
}

function isPersonNoun(lexicon: Lexicon, token: Token): boolean {
  return lexicon.thirdPerson.has(token.norm) && (token.pos === 'NOUN' || token.pos === 'PROPN');
}
