import { clauseOf, clauseStart } from './clauses.js';
import { roleAfterUnit, type Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence, Token } from './tokens.js';

/** Where a person word stands in its clause: an object, after a preposition, or where a hit's subject is looked for (whose.ts). */

/** "in my group", "to me", "from my caseload", "a client of mine", "de mi clase": a person word right after a preposition (and "my") is no subject. */
export function afterPreposition(sentence: Sentence, at: number): boolean {
  const word = sentence[at]!.norm;
  // Spanish "una chica de mi clase", "el hijo de mis vecinos": the writer's after "de" names whose, not who.
  if (word === 'mi' || word === 'mis') return sentence[at - 1]?.norm === 'de';
  // "the girl who lives next to our office": the writers' place after a preposition is no subject either.
  if (word !== 'my' && word !== 'me' && word !== 'mine' && word !== 'our' && word !== 'us') return false;
  return prepositionsBeforeWriter.has(sentence[at - 1]?.norm ?? '');
}

const prepositionsBeforeWriter = new Set(['to', 'with', 'at', 'for', 'from', 'in', 'on', 'of', 'about', 'into', 'near', 'by']);

/** "a voice memo to my bf", "goodbye to my kids": a person after a preposition (and "my") is an object. */
export function isObject(sentence: Sentence, at: number): boolean {
  // "living with a man who sleeps with a gun": a person before "who" is the subject of the clause that follows.
  if (sentence[at + 1]?.norm === 'who') return false;
  const marker = determiners.has(sentence[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return marker >= 0 && prepositions.has(sentence[marker]!.norm);
}

const prepositions = new Set(['to', 'for', 'with', 'being']); // "being a peer worker while my own…": a role the writer holds, no one else.
const determiners = new Set(['my', 'our', 'the', 'a', 'his', 'her', 'their']);

// "they're in envelopes in my car": they and them are as often things as people.
export const objectPronouns = new Set(['him', 'her', 'them', 'his', 'their', 'hers', 'they']);

/** How far before a report verb its speaker may be named ("one of the guys in my group pulled me aside and said"). */
export const REPORTER_REACH = 4;

/**
 * Where to look for a hit's subject: its clause, or, when the clause starts with a verb after "and"
 * ("he has the gun out and wants to say goodbye"), the clause before, whose subject it shares.
 */
export function subjectClauseStart(lexicon: Lexicon, sentence: Sentence, hit: Hit): number {
  let [from] = clauseOf(lexicon, sentence, hit);
  for (;;) {
    let first = from;
    while (sentence[first]?.pos === 'ADV' && first < hit.end) first++;
    const verb = sentence[first]?.pos === 'VERB' || sentence[first]?.pos === 'AUX';
    if (!verb || from < 2 || !lexicon.clauseBreaks.has(sentence[from - 1]!.norm)) return from;
    from = clauseStart(lexicon, sentence, from - 1);
  }
}

export function isReportVerb(lexicon: Lexicon, token: Token): boolean {
  return lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma);
}

export function isPersonNoun(lexicon: Lexicon, token: Token, before: Token | undefined): boolean {
  return lexicon.thirdPerson.has(token.norm) && (token.pos === 'NOUN' || token.pos === 'PROPN' || roleAfterUnit(before));
}
