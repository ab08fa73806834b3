import { isNegated } from './clauses.js';
import { frameId, type CompiledLexicon, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import { wordCount, type Sentence } from './tokens.js';

/** What the message's everyday frames say: a leaving told plainly, a leaving denied (a cover story), and where donations are told. */
export interface EverydayFrames {
  leaving: boolean;
  coverStory: boolean;
  donationSentences: ReadonlySet<number>;
}

/**
 * "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
 * "regale mi perro, le dije que me mudaba. no me mudo": a leaving denied in a few words, or a bare "its not." right after it.
 */
export function everydayFrames(compiled: CompiledLexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): EverydayFrames {
  let coverStory = false;
  let leavingUnquoted = false;
  const donationSentences = new Set<number>();
  for (let index = 0; index < perSentence.length; index++) {
    const sentence = sentences[index]!;
    for (const hit of perSentence[index]!) {
      if (hit.concept === DONATION) donationSentences.add(index);
      if (hit.concept !== LEAVING) continue;
      if (!coverStory && (sentence[hit.start]!.pos === 'NOUN' || wordCount(sentence) <= DENIAL_WORDS) && isNegated(compiled.lexicon, sentence, hit)) coverStory = true;
      if (!coverStory && isBareDenial(compiled.lexicon, sentences[index + 1])) coverStory = true;
      if (!leavingUnquoted && !insideQuotes(sentence, hit.start)) leavingUnquoted = true;
    }
  }
  return { leaving: !coverStory && leavingUnquoted, coverStory, donationSentences };
}

/**
 * Clears the signs an everyday frame explains: a leaving (a trip, a move, a new job) explains them in every sentence,
 * a donation only in its own sentences ("regale mi ropa" explains the giving, not a goodbye told elsewhere).
 */
export function clearEverydaySigns(found: Set<string>, frames: EverydayFrames, hintSentences: ReadonlyMap<string, ReadonlySet<number>>): void {
  const explainedIn = frames.leaving ? everySentence : frames.donationSentences.size > 0 ? (index: number) => frames.donationSentences.has(index) : null;
  if (explainedIn !== null) clearExplained(found, everydayWhenLeaving, hintSentences, explainedIn);
}

/** A frame explains these signs in the sentences `explainedIn` accepts: a sign goes when every sentence it was found in is one of them. */
function clearExplained(found: Set<string>, signs: readonly string[], hintSentences: ReadonlyMap<string, ReadonlySet<number>>, explainedIn: (index: number) => boolean): void {
  for (const sign of signs) if (everyIn(hintSentences.get(sign), explainedIn)) found.delete(sign);
}

function everyIn(indexes: ReadonlySet<number> | undefined, explainedIn: (index: number) => boolean): boolean {
  if (indexes !== undefined) for (const index of indexes) if (!explainedIn(index)) return false;
  return true;
}

const everySentence = () => true;

const LEAVING = frameId('leaving');
const DONATION = frameId('donation');

/** The signs an everyday leaving (a trip, a move, a new job) or a donation explains. */
const everydayWhenLeaving = ['preparation-hint', 'farewell-hint', 'goodbye-hint', 'finality', 'absence', 'calm', 'last-words'];

/** The most words a sentence that only denies has: "no me mudo", "its not", "im not moving". */
const DENIAL_WORDS = 5;

/** "its not.", "no lo es", "not really": a sentence of three words or fewer that only says no. */
function isBareDenial(lexicon: Lexicon, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && wordCount(sentence) <= 3 && sentence.some((token) => lexicon.negators.has(token.norm));
}

/** Whether a token stands between quotation marks in its sentence. */
function insideQuotes(sentence: Sentence, at: number): boolean {
  let marks = 0;
  for (let i = 0; i < at; i++) if (sentence[i]!.norm === '"' || sentence[i]!.norm === "'") marks++;
  return marks % 2 === 1;
}
