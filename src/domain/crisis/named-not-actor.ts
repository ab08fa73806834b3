import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';
import { personToldByWriter } from './told-by-writer.js';

/**
 * People named in a clause who are not the one acting in it: the reader addressed at its start ("bro i cant do this
 * anymore", "compa traigo la pistola del apá", "dude took all of them") and the owner of a means the writer uses
 * ("got his old rifle out of the truck", "took my dad's pills"). whose.ts skips them when it looks for the subject.
 */

/**
 * A word that addresses the reader at the start of a sentence, not its subject: a vocative (Lexicon `addressees`) at the
 * start, after an opener ("idk man", "oye compa") or the writer's "mi" ("mi pana"), followed by a comma, by the writer
 * ("i", "me", "quiero", a verb said by "yo") or the reader ("you"), or, for words that only ever address ("bro", "dude",
 * "guys"), by a verb that is neither reported speech nor said of one other person ("bro said he wants to die", "dude is
 * drunk again", "compa ya no aguanta" keep their subject).
 */
export function addressedAt(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  if (token === undefined || at > ADDRESS_REACH || !lexicon.addressees?.has(token.norm)) return false;
  if (!opensSentence(lexicon, sentence, at)) return false;
  let k = at + 1;
  if (sentence[k]?.norm === ',') return true;
  while (k < sentence.length && lexicon.addresseeFillers?.has(sentence[k]!.norm)) k++;
  const next = sentence[k];
  if (next === undefined || next.punct) return false;
  if (lexicon.firstPerson.has(next.norm) || lexicon.secondPerson?.has(next.norm)) return true;
  if (next.forms.some((form) => form.endsWith('.yo'))) return true;
  if (lexicon.firstPersonEndings?.some((ending) => next.norm.endsWith(ending))) return true;
  if (!lexicon.onlyAddressees?.has(token.norm)) return false;
  if (next.pos !== 'VERB' || lexicon.reportVerbs.has(next.norm) || lexicon.reportVerbs.has(next.lemma) || saidOfOne(next.norm)) return false;
  // "bro just got narcanned", "dude got jumped": a passive tells what befell its subject.
  return !(next.lemma === 'get' && /(?:ed|en)$/.test(sentence[k + 1]?.norm ?? ''));
}

/** How far into a sentence an address may stand ("ok so idk man i ..."), so the check stays a few steps per word. */
const ADDRESS_REACH = 4;

/** "wants", "takes", "is", "was", "has": a verb said of one other person names its subject before it. */
function saidOfOne(word: string): boolean {
  return word === 'is' || word === 'was' || word === 'has' || word === 'does' || (word.endsWith('s') && !word.endsWith('ss'));
}

/** At the sentence start, or after openers ("idk", "yo", "oye") or the writer's own "my"/"mi" ("mi pana ya vendí..."). */
function opensSentence(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const word = sentence[i]!.norm;
    if (!(lexicon.addresseeOpeners?.has(word) || word === ',' || (i === at - 1 && (word === 'my' || word === 'mi')))) return false;
  }
  return true;
}

/** The sentence opens on an addressee: the writer is speaking to them ("guys im done for good", "dude took all of them"). */
export function opensOnAddressee(lexicon: Lexicon, sentence: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (addressedAt(lexicon, sentence, i)) return true;
  return false;
}

/**
 * "his", "her", "their" in a match only as the owner of a means ("got his old rifle", "took their pills", "with her
 * husband's gun"): the owner is named, not the one acting. Not "his life", "herself", "her wrists" (a body is no means).
 */
export function ownerOnly(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  let owners = 0;
  for (let i = hit.start; i < hit.end; i++) {
    const word = sentence[i]!.norm;
    if (!lexicon.thirdPossessive.has(word) && !lexicon.thirdPerson.has(word)) continue;
    if (!ownsMeans(lexicon, sentence, i)) return false;
    owners++;
  }
  return owners > 0;
}

/** The person at `at` is followed, within two words ("his old hunting rifle", "my dad's pills"), by a means. */
export function ownsMeans(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  let k = at + 1;
  if (sentence[k]?.norm === "'s" || sentence[k]?.norm === "'") k++;
  for (const end = k + 3; k < end && k < sentence.length; k++) {
    const token = sentence[k]!;
    if (lexicon.ownedMeans?.has(token.norm) || lexicon.ownedMeans?.has(token.lemma)) return true;
    if (token.punct || token.pos === 'VERB' || token.pos === 'PRON' || token.pos === 'ADP') return false;
  }
  return false;
}

/** Words a relative clause about a person closes on before the main verb: "the vet i have been working with called…". */
const closingPrepositions: ReadonlySet<string> = new Set(['with', 'for', 'at', 'to', 'from', 'in', 'on', 'of', 'about', 'by']);

/**
 * "vet ive been working with called me from a bridge tonight", "my buddy i served with texted me from the bridge": the writer's
 * "i" at `at` opens a relative clause after a person (the subject), and the clause closes on a preposition right before a verb
 * ahead of the hit at `hitStart`. "after my last client im walking down to the river" has no such close, and stays the writer's.
 */
export function relativeAfterPerson(lexicon: Lexicon, sentence: Sentence, at: number, hitStart: number): boolean {
  const person = sentence[at - 1];
  if (sentence[at]?.norm !== 'i' || person === undefined || !lexicon.thirdPerson.has(person.norm) || (person.pos !== 'NOUN' && person.pos !== 'PROPN')) return false;
  if (addressedAt(lexicon, sentence, at - 1) || personToldByWriter(lexicon, sentence, at - 1)) return false;
  for (let k = at + 1; k + 1 < hitStart; k++) if (closingPrepositions.has(sentence[k]!.norm) && sentence[k + 1]!.pos === 'VERB') return true;
  return false;
}
