import type { Lexicon } from './lexicon.js';
import type { ScreenLanguage } from './screen.js';

/**
 * Which language a message is in, by counting each language's common words. When the counts are
 * close the message is read in every language (a sentence of Spanish inside English chat is common),
 * and so it is when a language's own words of risk appear ("ya escribi mi suicide note").
 */
export function guessLanguages(folded: string, lexicons: Lexicon[]): { language: ScreenLanguage; readIn: Lexicon[] } {
  const scores: number[] = [];
  const marked: boolean[] = [];
  for (const lexicon of lexicons) {
    const counted = countWords(folded, wordTrie(lexicon));
    scores.push(counted.common);
    marked.push(counted.marked);
  }
  claimForDialects(folded, lexicons, scores);
  const best = scores.indexOf(Math.max(...scores));
  const top = scores[best]!;
  if (top === 0) {
    // No common word of any language ("coworker found dead, suicide"): a language's own words of risk say which it is; with
    // none, every language reads it. Read as Spanish too, "suicide" became "suicidio" with no one named: the writer's own.
    const markedIn = lexicons.filter((_, i) => marked[i]);
    return markedIn.length === 0 ? { language: lexicons[best]!.language, readIn: lexicons } : { language: markedIn[0]!.language, readIn: markedIn };
  }
  // Spanglish: a word of risk from another language has that language read too.
  const readIn = lexicons.filter((_, i) => scores[i]! >= top * 0.75 || i === best || marked[i]);
  return { language: lexicons[best]!.language, readIn };
}

/**
 * "bredda mi tie di rope already": a dialect's own words in the message make the words it shares with another language
 * (patois "mi", "di") count for the dialect's language and not for the other. Most messages name no dialect word and
 * are left as counted.
 */
function claimForDialects(folded: string, lexicons: Lexicon[], scores: number[]): void {
  lexicons.forEach((lexicon, i) => {
    const dialect = lexicon.dialect;
    if (dialect === undefined) return;
    // Counted over a trie first: cutting every word out of every message only to find no marker was a tenth of its garbage.
    if (countWords(folded, markerTrie(dialect)).common < 2) return;
    const words = folded.match(/[a-z]+/g) ?? [];
    for (const word of words) {
      if (!dialect.claims.has(word)) continue;
      lexicons.forEach((other, j) => {
        if (j !== i && other.commonWords.has(word)) scores[j]!--;
      });
      if (!lexicon.commonWords.has(word)) scores[i]!++;
    }
  });
}

/**
 * A language's common words and markers as a trie over a–z, so a message's words (its runs of a–z,
 * as `/[a-z]+/g` finds them) are counted in one pass without cutting a string for each.
 */
interface WordTrie {
  /** Per node, 26 children (0: none; the root is node 0 and never a child). */
  next: Int32Array;
  /** Per node: 1 when a common word ends there, 2 when a marker does. */
  ends: Uint8Array;
}

const COMMON = 1;
const MARKER = 2;
const tries = new WeakMap<Lexicon, WordTrie>();
const dialectTries = new WeakMap<NonNullable<Lexicon['dialect']>, WordTrie>();

function wordTrie(lexicon: Lexicon): WordTrie {
  const known = tries.get(lexicon);
  if (known) return known;
  const trie = trieOf([
    [lexicon.commonWords, COMMON],
    [lexicon.markers ?? [], MARKER],
  ]);
  tries.set(lexicon, trie);
  return trie;
}

/** A dialect's markers, each counted as a common word is (`countWords(...).common` is how many stand in the text). */
function markerTrie(dialect: NonNullable<Lexicon['dialect']>): WordTrie {
  const known = dialectTries.get(dialect);
  if (known) return known;
  const trie = trieOf([[dialect.markers, COMMON]]);
  dialectTries.set(dialect, trie);
  return trie;
}

/** Words of a–z only (no other word is ever one of `/[a-z]+/g`'s runs), each with its flag. */
function trieOf(lists: [Iterable<string>, number][]): WordTrie {
  const words = lists.flatMap(([list]) => [...list]).filter((word) => /^[a-z]+$/.test(word));
  const size = 1 + words.reduce((n, word) => n + word.length, 0);
  const trie: WordTrie = { next: new Int32Array(size * 26), ends: new Uint8Array(size) };
  let nodes = 1;
  const add = (word: string, flag: number) => {
    if (!/^[a-z]+$/.test(word)) return;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const at = node * 26 + word.charCodeAt(i) - 97;
      if (trie.next[at] === 0) trie.next[at] = nodes++;
      node = trie.next[at]!;
    }
    trie.ends[node]! |= flag;
  };
  for (const [list, flag] of lists) for (const word of list) add(word, flag);
  return trie;
}

/** How many of the text's a–z words are common words (each occurrence counts), and whether a marker is among them. */
function countWords(text: string, trie: WordTrie): { common: number; marked: boolean } {
  let common = 0;
  let marked = false;
  // The trie node the current word has reached: 0 before a word, -1 once the word has left the trie.
  let node = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (node >= 0) {
        const child = trie.next[node * 26 + code - 97]!;
        node = child === 0 ? -1 : child;
      }
      inWord = true;
      continue;
    }
    if (inWord && node > 0) {
      const ends = trie.ends[node]!;
      if (ends & COMMON) common++;
      if (ends & MARKER) marked = true;
    }
    node = 0;
    inWord = false;
  }
  return { common, marked };
}
