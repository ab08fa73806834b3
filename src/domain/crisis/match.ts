import type { Lexicon } from './lexicon.js';
import { compilePattern, matchAt, tokenFits, type CompiledPattern } from './patterns.js';
import type { Sentence } from './tokens.js';

/**
 * Where patterns match: a language file compiled once, its concept and frame patterns indexed by the
 * words they can start with, and the search that tries at each token only those that can start there.
 */

/** A language file, compiled once: concept and frame patterns indexed by the words they can start with. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  byWord: Map<string, CompiledPattern[]>;
  byPrefix: CompiledPattern[];
  /** Every pattern, by id. */
  patterns: CompiledPattern[];
  /** Per pattern id: the pattern says "not" itself, so a negator inside its match is meant. */
  negates: boolean[];
  /** Per pattern id, the last token it was tried at: a pattern reached through two spellings of one token is tried once. */
  triedAt: Float64Array;
  tokensSeen: number;
  /**
   * Per pattern id, the words one of its later required slots must meet (its rarest), or null: a pattern whose
   * anchor meets no word of the sentence cannot match there, so it is not tried at any of its starts.
   */
  anchors: (ReadonlySet<string> | null)[];
  /** Per pattern id, the sentence its anchor was last looked up in, and whether the anchor was there. */
  anchorSentence: Float64Array;
  anchorFound: Uint8Array;
  sentencesSeen: number;
}

export const frameKinds = ['distantPast', 'recent', 'media', 'training', 'joke', 'serious', 'leaving', 'idiom', 'purpose', 'pastTime', 'resumed', 'everyday', 'mishap', 'farewell', 'concern', 'retract'] as const;
export type FrameKind = (typeof frameKinds)[number];
export const frameId = (kind: FrameKind) => `frame:${kind}`;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byWord = new Map<string, CompiledPattern[]>();
  const byPrefix: CompiledPattern[] = [];
  const all: [string, string[]][] = [...Object.entries(lexicon.concepts), ...frameKinds.map((kind) => [frameId(kind), lexicon.frames[kind] ?? []] as [string, string[]])];
  const patterns: CompiledPattern[] = [];
  for (const [concept, sources] of all) {
    for (const source of lexicon.phraseLists ? sources.flatMap(phraseList) : sources) {
      const pattern = compilePattern(concept, source, lexicon.macros, patterns.length);
      patterns.push(pattern);
      const first = pattern.slots[0]!;
      if (first.prefixes.length > 0) byPrefix.push(pattern);
      const starts = [...first.words, ...first.phrases.map((phrase) => phrase[0]!)];
      for (const word of new Set(starts)) {
        const list = byWord.get(word);
        if (list) list.push(pattern);
        else byWord.set(word, [pattern]);
      }
    }
  }
  const negates = patterns.map((pattern) => patternNegates(lexicon, pattern));
  return {
    lexicon,
    byWord,
    byPrefix,
    patterns,
    negates,
    triedAt: new Float64Array(patterns.length),
    tokensSeen: 0,
    anchors: patterns.map(anchorOf),
    anchorSentence: new Float64Array(patterns.length),
    anchorFound: new Uint8Array(patterns.length),
    sentencesSeen: 0,
  };
}

/** The required slot after the first with the fewest words and no prefixes (a word there must be in the sentence), or null. */
function anchorOf(pattern: CompiledPattern): ReadonlySet<string> | null {
  let best: Set<string> | null = null;
  for (const slot of pattern.slots.slice(1)) {
    if (slot.optional || slot.gap > 0 || slot.prefixes.length > 0) continue;
    const words = new Set([...slot.words, ...slot.phrases.map((phrase) => phrase[0]!)]);
    if (best === null || words.size < best.size) best = words;
  }
  return best;
}

/** "me violo|me violaron|abuso de mi": without a gap, a list of phrases reads as one pattern per phrase. */
function phraseList(source: string): string[] {
  const pieces = source.split('|');
  return pieces.length > 1 && !source.includes('_') && pieces.every((piece) => piece.trim().includes(' ')) ? pieces : [source];
}

export interface Hit {
  concept: string;
  start: number;
  end: number;
  /** The pattern says "not" itself ("won't let me", "didn't stop"), so a negator inside the match is meant. */
  negates: boolean;
}

/** Where a language's patterns match in a sentence. */
export type HitFinder = (compiled: CompiledLexicon, sentence: Sentence) => Hit[];

/** Tries at each token only the patterns that can start with one of its spellings. */
export function findHits(compiled: CompiledLexicon, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  const serial = ++compiled.sentencesSeen;
  let present: Set<string> | null = null;
  const anchored = (pattern: CompiledPattern): boolean => {
    const anchor = compiled.anchors[pattern.id];
    if (anchor === null || anchor === undefined) return true;
    if (compiled.anchorSentence[pattern.id] !== serial) {
      present ??= formsIn(sentence);
      compiled.anchorSentence[pattern.id] = serial;
      compiled.anchorFound[pattern.id] = meets(anchor, present) ? 1 : 0;
    }
    return compiled.anchorFound[pattern.id] === 1;
  };
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.punct) continue;
    const at = ++compiled.tokensSeen;
    for (const form of token.forms) {
      const starting = compiled.byWord.get(form);
      if (starting !== undefined) for (const pattern of starting) if (anchored(pattern)) tryAt(compiled, pattern, sentence, i, at, hits);
    }
    for (const pattern of compiled.byPrefix) if (tokenFits(pattern.slots[0]!, token) && anchored(pattern)) tryAt(compiled, pattern, sentence, i, at, hits);
  }
  return hits;
}

/** Every spelling of every word in a sentence. */
function formsIn(sentence: Sentence): Set<string> {
  const forms = new Set<string>();
  for (const token of sentence) if (!token.punct) for (const form of token.forms) forms.add(form);
  return forms;
}

function meets(anchor: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  if (anchor.size <= present.size) {
    for (const word of anchor) if (present.has(word)) return true;
  } else for (const word of present) if (anchor.has(word)) return true;
  return false;
}

function tryAt(compiled: CompiledLexicon, pattern: CompiledPattern, sentence: Sentence, start: number, at: number, hits: Hit[]): void {
  if (compiled.triedAt[pattern.id] === at) return;
  compiled.triedAt[pattern.id] = at;
  const end = matchAt(pattern, sentence, start);
  if (end >= 0) hits.push({ concept: pattern.concept, start, end, negates: compiled.negates[pattern.id]! });
}
function patternNegates(lexicon: Lexicon, pattern: CompiledPattern): boolean {
  return pattern.slots.some((slot) => [...lexicon.negators].some((word) => slot.words.has(word) || slot.phrases.some((phrase) => phrase.includes(word))));
}
