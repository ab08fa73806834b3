import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import { harmLandsOnOther } from './harm-lands-on.js';
import { addressedAt } from './named-not-actor.js';
import type { Sentence } from './tokens.js';
import { afterPreposition, isObject, isReportVerb, subjectClauseStart } from './clause-persons.js';
import { possessors } from './possessor-after.js';
import { reportedByOther } from './reported-by-other.js';

/** Who is harmed: the writer when the match names them ("hit me"), else a third person as the object right after it ("raped her"). */
export function victimOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  // "she told me he threatened to kill her": the writer told is not the one hurt.
  if (writerHurtIn(lexicon, sentence, hit)) return 'self';
  // "her husband choked her", "a black eye he gave her": a match that ends on someone else as the object.
  if (endsOnOther(sentence, hit)) return 'other';
  // "threatened her with a knife", "el novio la amenaza", "my friend's dad is really scary", "me enseñó los moretones".
  if (harmLandsOnOther(lexicon, sentence, hit)) return 'other';
  // "her dad is drunk and throwing things", "his ex keeps showing up": the one who harms is someone else's.
  if (possessors.has(sentence[hit.start - 1]?.norm ?? '') && sentence[hit.start]!.pos === 'NOUN') return 'other';
  const next = sentence[hit.end];
  if (next !== undefined && !next.punct && next.pos === 'PRON') {
    if (lexicon.thirdPerson.has(next.norm) && !lexicon.subjectPronouns.has(next.norm)) return 'other';
    if (lexicon.firstPerson.has(next.norm)) return 'self';
  }
  // "she's being beaten", "client reports being kicked", "he's scared to go home": harm told of its subject.
  if (sufferedBySubject(lexicon, sentence, hit)) {
    const subject = personBefore(lexicon, sentence, hit);
    if (subject !== 'unsaid') return subject;
  }
  // "client reports DV incident: partner strangled her", "participant states she was assaulted": harm in a case note is the person's.
  return reportedByOther(lexicon, sentence, hit, true) ? 'other' : 'unsaid';
}

/** The writer in a harm's match, except as the one told or shown ("she told me he...", "me dijo que..."). */
function writerHurtIn(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) {
    const token = sentence[i]!;
    if (!lexicon.firstPerson.has(token.norm)) continue;
    const told = token.norm === 'me' && i + 1 < hit.end && ((i > 0 && isReportVerb(lexicon, sentence[i - 1]!)) || isReportVerb(lexicon, sentence[i + 1]!));
    if (!told) return true;
  }
  return false;
}

/** The match's last word is "her", "him" or "them" right after a verb ("scared of him", "with him" are the one who harms). */
function endsOnOther(sentence: Sentence, hit: Hit): boolean {
  const last = sentence[hit.end - 1]!.norm;
  return (last === 'her' || last === 'him' || last === 'them') && hit.end - hit.start >= 2 && sentence[hit.end - 2]!.pos === 'VERB';
}

/** Words a harm starts with when its subject is the one it lands on: "got jumped", "being beaten", "scared to go home". */
const sufferedStarts: ReadonlySet<string> = new Set(['being', 'been', 'got', 'get', 'gets', 'getting', 'scared', 'afraid', 'terrified', 'frightened', 'sleeping', 'hiding', 'staying', 'can']);

/** A harm said in the passive or as a state of its subject ("was raped", "is being trafficked", "got hit by"). */
function sufferedBySubject(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const first = sentence[hit.start]!;
  if (sufferedStarts.has(first.norm)) return true;
  const before = sentence[hit.start - 1];
  // "got SA'd": chat's "'d" participle is often tagged a name.
  const participle = (first.pos === 'VERB' && /(?:ed|en|wn)$/.test(first.norm)) || /'d$/.test(first.norm);
  return before !== undefined && (before.lemma === 'be' || before.lemma === 'get') && participle && !lexicon.firstPerson.has(first.norm);
}

/** The nearest person before a hit in its clause, skipping objects after a preposition ("homegirl from my caseload got jumped"). */
function personBefore(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    if (afterPreposition(sentence, i)) continue;
    // "a woman at the shelter where i run groups was SA'd": the writer inside a relative clause that closes before the harm is
    // no subject of it; the person named before the clause is.
    if (lexicon.firstPerson.has(token.norm) && relativeClosedBefore(sentence, i, hit)) continue;
    if (lexicon.firstPerson.has(token.norm)) return 'self';
    if ((lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma)) && !isObject(sentence, i) && !addressedAt(lexicon, sentence, i)) return 'other';
  }
  return 'unsaid';
}

/** "where i run groups was…", "who i sponsor got…": "i" right after a relative word, with its own verb and more before the hit. */
function relativeClosedBefore(sentence: Sentence, at: number, hit: Hit): boolean {
  return relativeWords.has(sentence[at - 1]?.norm ?? '') && sentence[at + 1]?.pos === 'VERB' && at + 2 < hit.start;
}

const relativeWords = new Set(['where', 'who', 'whom', 'that']);
