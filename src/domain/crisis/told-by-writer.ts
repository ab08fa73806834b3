import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/**
 * "told my sister i want to die", "finally texted my therapist i've been thinking about killing myself", "admitted to my mom i
 * cut again": a person named right after the writer's own verb of telling is the one told, and the "i" after them opens the
 * words the writer told, so the sign is the writer's. Not a relative clause after a person ("the guy i sponsor", "my buddy i did
 * treatment with": no verb of telling before them), nor someone else telling ("she told my mom i…": a third person before).
 * `at` is the person word before the "i".
 */
export function personToldByWriter(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  let k = at - 1;
  // "my best friend", "my old sponsor": a word that describes the person may stand before them.
  if (sentence[k]?.pos === 'ADJ' && k > 0) k--;
  if (toldDeterminers.has(sentence[k]?.norm ?? '')) k--;
  if (sentence[k]?.norm === 'to') k--;
  const verb = sentence[k];
  if (verb === undefined || !(lexicon.reportVerbs.has(verb.norm) || lexicon.reportVerbs.has(verb.lemma))) return false;
  for (let j = k - 1; j >= 0; j--) {
    const word = sentence[j]!;
    if (word.punct || lexicon.clauseBreaks.has(word.norm) || lexicon.firstPerson.has(word.norm)) return true;
    if (lexicon.thirdPerson.has(word.norm) || lexicon.thirdPerson.has(word.lemma)) return false;
  }
  return true;
}

const toldDeterminers: ReadonlySet<string> = new Set(['my', 'our', 'the', 'a']);
