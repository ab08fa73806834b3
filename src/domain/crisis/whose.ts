import { clauseOf, clauseStart, isBreak } from './clauses.js';
import { routeOfConcept } from './concepts.js';
import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import { harmLandsOnOther } from './harm-lands-on.js';
import { reportVerbBefore } from './reported-condition.js';
import { addressedAt, ownerOnly, ownsMeans } from './named-not-actor.js';
import type { Sentence, Token } from './tokens.js';
import { personToldByWriter } from './told-by-writer.js';

/**
 * Whose risk or harm a match is: the writer's, someone else's, or unsaid. Read from the words in the
 * match, the nearest subject before it in its clause, and who is addressed or harmed.
 */

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

const possessors = new Set(['her', 'his', 'their']);

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

/** "in my group", "to me", "from my caseload", "a client of mine", "de mi clase": a person word right after a preposition (and "my") is no subject. */
function afterPreposition(sentence: Sentence, at: number): boolean {
  const word = sentence[at]!.norm;
  // Spanish "una chica de mi clase", "el hijo de mis vecinos": the writer's after "de" names whose, not who.
  if (word === 'mi' || word === 'mis') return sentence[at - 1]?.norm === 'de';
  // "the girl who lives next to our office": the writers' place after a preposition is no subject either.
  if (word !== 'my' && word !== 'me' && word !== 'mine' && word !== 'our' && word !== 'us') return false;
  return prepositionsBeforeWriter.has(sentence[at - 1]?.norm ?? '');
}

const prepositionsBeforeWriter = new Set(['to', 'with', 'at', 'for', 'from', 'in', 'on', 'of', 'about', 'into', 'near', 'by']);

/**
 * "called me from a hotel room saying he's got a bag ... nobody would miss him", "participant disclosed SI w plan, pills
 * hoarded in his drawer": a match inside words a third person reports earlier in the sentence, with no "i" as a subject
 * between, is theirs. A case note writes the person's verbs without a subject ("disclosed", "reports", "endorses").
 * `notesOnly` counts only a case note's verbs ("he told me he'd kill the dog" is told to the writer, about the writer).
 */
export function reportedByOther(lexicon: Lexicon, sentence: Sentence, hit: Hit, notesOnly = false): boolean {
  for (let i = hit.start - 1; i >= 0; i--) {
    const token = sentence[i]!;
    if (token.norm === 'i' || token.norm === 'we') {
      // "my buddy i did treatment with": "i" in a relative clause after a person is not the one speaking.
      if (i > 0 && isPersonNoun(lexicon, sentence[i - 1]!) && !addressedAt(lexicon, sentence, i - 1) && !personToldByWriter(lexicon, sentence, i - 1)) return true;
      return false;
    }
    if (lexicon.noteVerbs?.has(token.norm) && !writerBefore(sentence, i) && !lexicon.firstPerson.has(sentence[i + 1]?.norm ?? '')) return true;
    if (notesOnly && !lexicon.noteVerbs?.has(token.norm)) continue;
    if (isReportVerb(lexicon, token) || token.norm === 'saying') {
      for (let k = i - 1; k >= Math.max(0, i - REPORTER_REACH); k--) {
        const word = sentence[k]!;
        if (word.norm === 'i' || word.norm === 'we') break;
        if ((lexicon.thirdPerson.has(word.norm) || lexicon.thirdPerson.has(word.lemma)) && !objectPronouns.has(word.norm) && !isObject(sentence, k) && !addressedAt(lexicon, sentence, k)) return true;
      }
    }
  }
  return false;
}

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

/** How far before a report verb its speaker may be named ("one of the guys in my group pulled me aside and said"). */
const REPORTER_REACH = 4;
/** How far before "tells me" the teller may be named ("another peer specialist on my team keeps telling me"). */
const TELLER_REACH = 6;
/** "i reported", "writer reports being assaulted" (a note about oneself): the writer as the one reporting. */
function writerBefore(sentence: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (writerWords.has(sentence[k]!.norm)) return true;
  return false;
}

const writerWords = new Set(['i', 'we', 'writer', 'author']);

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
    if (lexicon.firstPerson.has(word)) return false;
    const possessive = sentence[i + 1]?.norm === "'s" || sentence[i + 1]?.norm === "'";
    // "said goodbye to my kids tonight": a person after "to (my)", "for (the)" is an object, not the subject; "my freind" is spelt any way; "dads gun is in" names an owner.
    if (namesThirdPerson(lexicon, sentence[i]!) && !objectPronouns.has(word) && !possessive && !(sentence[i + 1]?.pos === 'NOUN' && ownsMeans(lexicon, sentence, i)) && !isObject(sentence, i) && !addressedAt(lexicon, sentence, i)) return true;
  }
  return reportedByOther(lexicon, sentence, hit);
}

/** "a voice memo to my bf", "goodbye to my kids": a person after a preposition (and "my") is an object. */
function isObject(sentence: Sentence, at: number): boolean {
  // "living with a man who sleeps with a gun": a person before "who" is the subject of the clause that follows.
  if (sentence[at + 1]?.norm === 'who') return false;
  const marker = determiners.has(sentence[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return marker >= 0 && prepositions.has(sentence[marker]!.norm);
}

const prepositions = new Set(['to', 'for', 'with', 'being']); // "being a peer worker while my own…": a role the writer holds, no one else.
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
    if (lexicon.firstPerson.has(word) && i > 0 && isPersonNoun(lexicon, sentence[i - 1]!) && !addressedAt(lexicon, sentence, i - 1) && !personToldByWriter(lexicon, sentence, i - 1)) return 'other';
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

/** "pills in his drawer", "a rope under her bed", "mi roomie… vi una nota de despedida en su escritorio" (someone named before). */
function possessorAfter(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const at = sentence[hit.end]?.norm ?? '', owner = sentence[hit.end + 1]?.norm ?? '';
  return ((at === 'in' || at === 'under' || at === 'from') && possessors.has(owner)) || ((at === 'en' || at === 'sobre') && owner === 'su' && sentence.slice(0, hit.start).some((t) => lexicon.thirdPerson.has(t.norm)));
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

export function isReportVerb(lexicon: Lexicon, token: Token): boolean {
  return lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma);
}

function isPersonNoun(lexicon: Lexicon, token: Token): boolean {
  return lexicon.thirdPerson.has(token.norm) && (token.pos === 'NOUN' || token.pos === 'PROPN');
}
