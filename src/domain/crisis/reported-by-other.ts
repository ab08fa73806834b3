import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import { addressedAt } from './named-not-actor.js';
import type { Sentence } from './tokens.js';
import { personToldByWriter } from './told-by-writer.js';
import { isObject, isPersonNoun, isReportVerb, objectPronouns, REPORTER_REACH } from './clause-persons.js';

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
      if (i > 0 && isPersonNoun(lexicon, sentence[i - 1]!, sentence[i - 2]) && !addressedAt(lexicon, sentence, i - 1) && !personToldByWriter(lexicon, sentence, i - 1)) return true;
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

/** "i reported", "writer reports being assaulted" (a note about oneself): the writer as the one reporting. */
function writerBefore(sentence: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (writerWords.has(sentence[k]!.norm)) return true;
  return false;
}

const writerWords = new Set(['i', 'we', 'writer', 'author']);
