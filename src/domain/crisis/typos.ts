import { distance } from 'fastest-levenshtein';
import { memoizeWord } from './word-memo.js';

/**
 * The key words of the screen, for small typos ("suicde", "overdoes", "myslef"). Only words of five
 * letters or more are corrected, and only when the word is not itself another common word, so
 * "will" never becomes "kill".
 */
const keyWords = ['suicide', 'suicidal', 'myself', 'overdose', 'overdosed', 'killing', 'unalive', 'burden', 'hopeless', 'worthless', 'disappear', 'strangled', 'threatened', 'matarme', 'suicidarme', 'morirme', 'quitarme', 'pastillas', 'despedida', 'desaparecer', 'quisiera', 'sentido', 'around', 'existing', 'tonight', 'already', 'bottle', 'forever', 'letters', 'partner', 'sponsor', 'everything', 'tomorrow', 'participant', 'client'];
const byFirstLetter = new Map<string, string[]>();
for (const word of keyWords) byFirstLetter.set(word[0]!, [...(byFirstLetter.get(word[0]!) ?? []), word]);
const leaveAlone = new Set(['billing', 'filling', 'willing', 'killing', 'mystery', 'burdens', 'stocking', 'mourir', 'standing', 'staying', 'starting', 'stacking', 'stalling', 'stealing', 'sticking', 'stinking', 'striking', 'stroking', 'smoking', 'shocking', 'shaking', 'battle', 'bottles', 'letter', 'partners', 'sponsors', 'alright', 'forever', 'fortnight', 'toning', 'tonights', 'tomorrows',
  // Other words a letter or two from a key word ("im homeless right now" once read as hopelessness): never corrected.
  'homeless', 'homeles', 'overdone', 'stranded', 'exiting', 'aground', 'abound', 'bottled', 'despedido']);

/** The key word a misspelt word stands for, or null. Remembered per word (word-memo.ts). */
export const correctSpelling: (word: string) => string | null = memoizeWord(correctSpellingOnce);

export function correctSpellingOnce(word: string): string | null {
  if (word.length < 5 || leaveAlone.has(word)) return null;
  for (const key of byFirstLetter.get(word[0]!) ?? []) {
    if (key === word || Math.abs(key.length - word.length) > 1) continue;
    const allowed = key.length >= 8 ? 2 : 1;
    if (distance(word, key) <= allowed || isSwap(word, key)) return key;
  }
  return null;
}

/** Two neighbouring letters swapped ("myslef"). */
function isSwap(word: string, key: string): boolean {
  if (word.length !== key.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < word.length && diff.length <= 2; i++) if (word[i] !== key[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === key[diff[1]!] && word[diff[1]!] === key[diff[0]!];
}
