import type { Lexicon } from './lexicon.js';
import type { ScreenLanguage } from './screen.js';

/**
 * Which language a message is in, by counting each language's common words. When the counts are
 * close the message is read in every language (a sentence of Spanish inside English chat is common),
 * and so it is when a language's own words of risk appear ("ya escribi mi suicide note").
 */
export function guessLanguages(folded: string, lexicons: Lexicon[]): { language: ScreenLanguage; readIn: Lexicon[] } {
  const words = folded.match(/[a-z]+/g) ?? [];
  const scores = lexicons.map((lexicon) => words.reduce((n, word) => n + (lexicon.commonWords.has(word) ? 1 : 0), 0));
  const best = scores.indexOf(Math.max(...scores));
  const top = scores[best]!;
  // Spanglish: a word of risk from another language has that language read too.
  const readIn = lexicons.filter((lexicon, i) => scores[i]! >= top * 0.75 || i === best || words.some((word) => lexicon.markers?.has(word)));
  return { language: lexicons[best]!.language, readIn: top === 0 ? lexicons : readIn };
}
