import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * Signs that a harm lands on someone else, read where whose.ts `victimOf` finds no writer in the match: the person hurt
 * is named as the verb's object ("threatened her with a knife", "la amenazó con matarla"), the harm's doer is someone
 * else's ("my friend's dad is really scary"), the marks are shown to the writer ("me enseñó los moretones"), or the state
 * is told of someone else with its verb ("tiene moretones", "tiene miedo de volver a su casa").
 * The writer's own harm keeps its route: each check gives way to the writer named in the match.
 */
export function harmLandsOnOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  // "i have to send him a photo", "tengo miedo, mi esposo ... la saca": with the writer as a subject, "him" or "la" is the one who harms or a thing.
  const objectNamed = !writerSubjectBefore(lexicon, sentence, hit) && (objectInside(lexicon, sentence, hit) || cliticBefore(lexicon, sentence, hit));
  return objectNamed || doerIsSomeonesElse(lexicon, sentence, hit) || doerAndPlaceOthers(lexicon, sentence, hit) || marksShown(lexicon, sentence, hit) || stateOfOther(lexicon, sentence, hit) || arrivedMarked(lexicon, sentence, hit);
}

/** How many words may stand between a verb of turning up and its "with" ("turned up at the drop in with"). */
const ARRIVED_REACH = 5;

/**
 * "client came in w a black eye from her boyfriend", "my cousin showed up to group with bruises from him", "she turned up
 * at the drop in with a split lip": a harm after "with" and a verb of turning up is the marks of the one who turned up,
 * named before the verb. "i came in with a black eye" (the writer turning up) stays the writer's.
 */
function arrivedMarked(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const withWords = lexicon.arrivedWith;
  const arrived = lexicon.arrivedWithVerbs;
  if (withWords === undefined || arrived === undefined || writerSubjectBefore(lexicon, sentence, hit)) return false;
  // "with a fresh black eye": articles and describing words may stand between "with" and the harm.
  let at = hit.start - 1;
  while (at > 0 && (sentence[at]!.pos === 'DET' || sentence[at]!.pos === 'ADJ' || sentence[at]!.pos === 'NUM')) at--;
  if (!withWords.has(sentence[at]?.norm ?? '')) return false;
  for (let i = at - 1; i >= Math.max(0, at - 1 - ARRIVED_REACH); i--) {
    const word = sentence[i]!;
    if (word.punct) return false;
    if (arrived.has(word.norm)) return personBefore(lexicon, sentence, i - 1);
  }
  return false;
}

/** Words for the writer that are no subject: "my client", "me dijo", "mi prima". */
const writerNotSubject = new Set(['my', 'me', 'mine', 'our', 'us', 'mi', 'mis']);

function writerSubjectBefore(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = 0; i < hit.start; i++) if (lexicon.firstPerson.has(sentence[i]!.norm) && !writerNotSubject.has(sentence[i]!.norm)) return true;
  return false;
}

/** "threatened her with a knife", "been threatening him with": a third person as the object right after the harm's verb. */
function objectInside(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const objects = lexicon.harmObjects;
  if (objects === undefined) return false;
  for (let i = hit.start + 1; i < hit.end; i++) {
    const before = sentence[i - 1]!;
    // "threatened her kids": still someone else's; "her boyfriend" opening a subject is not an object (the verb stands before it).
    if (objects.has(sentence[i]!.norm) && before.pos === 'VERB' && !lexicon.reportVerbs.has(before.norm) && !lexicon.reportVerbs.has(before.lemma)) return true;
  }
  return false;
}

/** Spanish "el novio la amenaza con...", "su ex la sigue": an object pronoun before the verb that opens the match. */
function cliticBefore(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const clitics = lexicon.objectClitics;
  const first = sentence[hit.start]!;
  return clitics !== undefined && first.pos === 'VERB' && clitics.has(sentence[hit.start - 1]?.norm ?? '');
}

/** "my friend's dad is really scary", "my neighbor's kid keeps...": a person's person is named as the one in the harm. */
function doerIsSomeonesElse(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const person = (at: number) => lexicon.thirdPerson.has(sentence[at]?.norm ?? '');
  // "the client's boyfriend blocked the door and wouldn't let me leave", "showed up at our office": the writer is the one it lands on.
  for (let i = hit.start; i < sentence.length; i++) if ((lexicon.firstPerson.has(sentence[i]!.norm) && sentence[i]!.norm !== 'my') || writersPlace.has(sentence[i]!.norm)) return false;
  // The match may open on the owner ("aunt 's boyfriend is really scary") or on the one owned.
  if (sentence[hit.start + 1]?.norm === "'s" && person(hit.start) && person(hit.start + 2)) return true;
  return sentence[hit.start - 1]?.norm === "'s" && person(hit.start - 2) && person(hit.start);
}

const writersPlace = new Set(['our', 'us', 'nuestra', 'nuestro', 'nos']);

const othersOwner = new Set(['her', 'his', 'their']);

/**
 * "clients ex showed up at her work with a knife", "her ex showed up at her job with a gun": a doer owned by someone else (after
 * "her", "his", "their", or a person written with the plural's s for the possessive, "clients ex"), harming at a place or a
 * person that is theirs ("her work"), with no writer after the doer. "my ex showed up at my work" and "her ex threatened me"
 * stay the writer's (branch t-en96).
 */
function doerAndPlaceOthers(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const ownerAt = (at: number) => {
    const word = sentence[at];
    if (word === undefined) return false;
    return othersOwner.has(word.norm) || (word.norm !== word.lemma && word.norm.endsWith('s') && lexicon.thirdPerson.has(word.lemma));
  };
  const doer = ownerAt(hit.start - 1) ? hit.start : ownerAt(hit.start) ? hit.start + 1 : -1;
  if (doer < 0 || doer >= hit.end || !lexicon.thirdPerson.has(sentence[doer]!.norm)) return false;
  let othersAfter = false;
  for (let i = doer + 1; i < sentence.length && !sentence[i]!.punct; i++) {
    if (lexicon.firstPerson.has(sentence[i]!.norm) || writersPlace.has(sentence[i]!.norm)) return false;
    if (othersOwner.has(sentence[i]!.norm)) othersAfter = true;
  }
  return othersAfter;
}

/** "una participante me enseñó los moretones", "she showed me the bruises": marks someone else shows the writer are theirs. */
function marksShown(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const show = lexicon.showVerbs;
  if (show === undefined || !lexicon.harmMarks?.has(sentence[hit.start]!.norm)) return false;
  for (let i = hit.start - 1; i >= Math.max(1, hit.start - 3); i--) {
    const word = sentence[i]!;
    if (show.has(word.norm) || show.has(word.lemma)) return lexicon.firstPerson.has(sentence[i - 1]!.norm) || lexicon.firstPerson.has(sentence[i + 1]?.norm ?? '') ? personBefore(lexicon, sentence, i - 1) : false;
  }
  return false;
}

/** A person named (not the writer) within a few words before `at`: the one who shows. */
function personBefore(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  for (let k = at; k >= Math.max(0, at - 5); k--) {
    const word = sentence[k]!.norm;
    if (word === 'i' || word === 'yo') return false;
    if (namesThirdPerson(lexicon, sentence[k]!) && !lexicon.firstPerson.has(word)) return true;
  }
  return false;
}

/**
 * Spanish "tiene moretones visibles", "tiene miedo de volver a su casa": a state told with a verb said of someone else;
 * "llegó con moretones": marks someone else turned up with.
 */
function stateOfOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const verb = sentence[hit.start - 1];
  // Only marks and fear: "tiene pistola" is a means the one who harms holds.
  const first = sentence[hit.start]!.norm;
  if (!lexicon.harmMarks?.has(first) && !lexicon.harmStates?.has(first)) return false;
  // "la clienta llegó con moretones", "vino con marcas": someone else turning up with the marks.
  if (verb?.norm === 'con' && lexicon.arrivedWithVerbs?.has(sentence[hit.start - 2]?.norm ?? '')) return true;
  if (marksSeenOnOther(lexicon, sentence, hit)) return true;
  if (verb === undefined || verb.pos !== 'VERB' || !lexicon.stateVerbs?.has(verb.lemma)) return false;
  return verb.forms.some((form) => form.endsWith('.el')) && !verb.forms.some((form) => form.endsWith('.yo'));
}

/**
 * "hoy la vi con moretones", "vi a la vecina con marcas en los brazos", "le vi moretones en la cara": marks the writer saw on
 * someone named as the seeing's object (a clitic before the verb, or "a" and a person after it) are that person's. "me vi
 * moretones" names the writer and stays.
 */
function marksSeenOnOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const seen = lexicon.seenVerbs;
  if (seen === undefined || !lexicon.harmMarks?.has(sentence[hit.start]!.norm)) return false;
  const clitics = lexicon.objectClitics;
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 6); i--) {
    const word = sentence[i]!;
    if (word.punct) return false;
    if (!seen.has(word.norm)) continue;
    const before = sentence[i - 1]?.norm ?? '';
    if (clitics?.has(before) || before === 'le' || before === 'les') return true;
    // "vi a mi vecina con...", "vi a la señora con...": the person named within two words after "a".
    if (sentence[i + 1]?.norm !== 'a') return false;
    for (let k = i + 2; k < Math.min(i + 4, hit.start); k++) if (namesThirdPerson(lexicon, sentence[k]!)) return true;
    return false;
  }
  return false;
}
