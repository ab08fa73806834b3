import type { Lexicon } from './lexicon.js';
import { compilePattern, matchAt, type CompiledPattern, type Slot } from './patterns.js';
import type { Sentence } from './tokens.js';
import { memoizeWord } from './word-memo.js';

/**
 * Where patterns match: a language file compiled once, its concept and frame patterns indexed by the
 * words they can start with, and the search that tries at each token only those that can start there.
 */

/** A language file, compiled once: concept and frame patterns indexed by the words they can start with. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Every pattern, by id. */
  patterns: CompiledPattern[];
  /** Per pattern id: the pattern says "not" itself, so a negator inside its match is meant. */
  negates: boolean[];
  /**
   * Per pattern id, the lists of words it needs later in the sentence (`wordsNeeded`), each list by its number (a list
   * written alike in many patterns has one), laid out flat: from `needsFrom[id]` to `needsFrom[id + 1]`.
   */
  needsFrom: Int32Array;
  needs: Int32Array;
  /** What a token's spellings start and stand for, worked out once per list of spellings (`TokenStarts`). */
  startsOf: (forms: readonly string[]) => TokenStarts;
  /** Per pattern id, the most tokens a match can cover: its needed words must stand that near its start. */
  spans: Int32Array;
  /**
   * Per list of needed words, by its number, the nearest place one of its words stands after the token being searched,
   * as the sentence is read from its end: `sentencesSeen × SENTENCE_STRIDE + index` (older sentences' places are all smaller).
   */
  nextAt: Int32Array;
  sentencesSeen: number;
}

/** The patterns a spelling can start, and their ids beside them: most are turned away by their `checks` alone. */
export interface Starters {
  patterns: readonly CompiledPattern[];
  ids: Int32Array;
  /**
   * Per pattern, in the same order, what its check reads, laid out flat so the search reads one array front to back: the
   * most tokens a match can cover (`spans`), how many lists of needed words it has, then those lists' numbers.
   */
  checks: Int32Array;
}

/**
 * A token's patterns to try (every spelling's starters, each once, in the order the spellings come) and the lists of
 * needed words its spellings stand in, by number. Tokens and their lists of spellings are shared across messages (english-model.ts,
 * es/tokens.ts), so this is worked out once per list: the search then asks one weak map per token instead of two maps
 * per spelling, and no longer marks which patterns it has tried at a token.
 */
export interface TokenStarts extends Starters {
  neededIds: Int32Array;
}

export const frameKinds = ['distantPast', 'recent', 'media', 'training', 'joke', 'serious', 'leaving', 'idiom', 'purpose', 'pastTime', 'resumed', 'everyday', 'mishap', 'farewell', 'lastWords', 'concern', 'retract', 'quotedAbout', 'feared', 'thingEnded', 'wellNow', 'over', 'current', 'naturalDeath', 'donation', 'prescribed', 'ailmentDose', 'errand', 'returning', 'rejoin', 'rejoinKin', 'rejoinWished', 'rejoinKinWished', 'invited', 'lostOne', 'lostOneByPronoun', 'grave', 'askedIf', 'saidNo', 'notSo', 'groundLevel', 'window', 'toYou', 'saidYes', 'pettyStakes', 'scolder', 'killMe', 'scene', 'littleDoer', 'selfSurface', 'surfaceNotMeant', 'injuryCover', 'leavingDenied', 'bodyCovered', 'leftUntold', 'sameHere', 'dyingThing', 'narrowedTo', 'deedAsRuin', 'thingLost', 'placeLeft', 'actingDenied', 'lineReached', 'methodThoughtOf', 'awayFor', 'freeTime', 'caredForAWhile', 'toldOfOne', 'tiringStretch', 'habitQuit', 'pettyThreatStakes', 'coped', 'agreed', 'harmlessDeed', 'kinHelpsOut', 'shiftTaken', 'fateShared', 'tapered', 'keptAtIt'] as const;
export type FrameKind = (typeof frameKinds)[number];
const frameIds = Object.fromEntries(frameKinds.map((kind) => [kind, `frame:${kind}`])) as Record<FrameKind, string>;
/** A frame's concept id ("frame:media"), made once: the reading compares it against every hit. */
export const frameId = (kind: FrameKind) => frameIds[kind];
/** Whether a hit is a frame ("frame:media"), which says how to read a sign and routes nothing. */
export const isFrame = (concept: string) => concept.startsWith('frame:');

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byWord = new Map<string, CompiledPattern[]>();
  const byPrefix: CompiledPattern[] = [];
  const all: [string, string[]][] = [...Object.entries(lexicon.concepts), ...frameKinds.map((kind) => [frameId(kind), lexicon.frames[kind] ?? []] as [string, string[]])];
  const patterns: CompiledPattern[] = [];
  const slotsMade = new Map<string, Slot>();
  for (const [concept, sources] of all) {
    for (const source of lexicon.phraseLists ? sources.flatMap(phraseList) : sources) {
      const pattern = compilePattern(concept, source, lexicon.macros, patterns.length, slotsMade);
      patterns.push(pattern);
      const first = pattern.slots[0]!;
      if (first.prefixes.length > 0) byPrefix.push(pattern);
      for (const word of firstWordsOf(first)) {
        const list = byWord.get(word);
        if (list) list.push(pattern);
        else byWord.set(word, [pattern]);
      }
    }
  }
  const negators = [...lexicon.negators];
  const slotNegates = new Map<Slot, boolean>();
  const negates = patterns.map((pattern) => patternNegates(negators, pattern, slotNegates));
  const starters = new Map<string, Starters>();
  const startersOf = (patterns: readonly CompiledPattern[]): Starters => ({ patterns, ids: Int32Array.from(patterns, (pattern) => pattern.id), checks: checksOf(patterns) });
  // Called only once the search runs, after needsFrom, needs and spans below are made.
  const checksOf = (patterns: readonly CompiledPattern[]): Int32Array => {
    const out: number[] = [];
    for (const { id } of patterns) {
      const from = needsFrom[id]!;
      const to = needsFrom[id + 1]!;
      out.push(spans[id]!, to - from);
      for (let n = from; n < to; n++) out.push(needs[n]!);
    }
    return Int32Array.from(out);
  };
  const startingWith = memoizeWord((form: string): Starters => {
    const byItsPrefix = byPrefix.filter((pattern) => pattern.slots[0]!.prefixes.some((prefix) => form.startsWith(prefix)));
    if (byItsPrefix.length > 0) return startersOf([...(byWord.get(form) ?? none), ...byItsPrefix]);
    let known = starters.get(form);
    if (known === undefined) starters.set(form, (known = byWord.has(form) ? startersOf(byWord.get(form)!) : noStarters));
    return known;
  });
  // Each distinct list of needed words is numbered once, and each word knows the lists it is in: the search then keeps,
  // per list, the nearest place any of its words stands, and a pattern's check reads one number per list.
  const neededWordIds = new Map<string, number>();
  const listIds = new Map<string, number>();
  const listsOfWord: number[][] = [];
  const listOf = (words: string[]) => {
    const key = [...new Set(words)].sort().join(' ');
    let id = listIds.get(key);
    if (id === undefined) {
      listIds.set(key, (id = listIds.size));
      for (const word of new Set(words)) {
        if (!neededWordIds.has(word)) neededWordIds.set(word, neededWordIds.size);
        (listsOfWord[neededWordIds.get(word)!] ??= []).push(id);
      }
    }
    return id;
  };
  const needsFrom = new Int32Array(patterns.length + 1);
  const flat: number[] = [];
  for (const pattern of patterns) {
    for (const words of wordsNeeded(pattern)) flat.push(listOf(words));
    needsFrom[pattern.id + 1] = flat.length;
  }
  const spans = Int32Array.from(patterns, longestMatch);
  const needs = Int32Array.from(flat);
  const known = new WeakMap<readonly string[], TokenStarts>();
  const startsOf = (forms: readonly string[]): TokenStarts => {
    let starts = known.get(forms);
    if (starts === undefined) known.set(forms, (starts = tokenStarts(forms, startingWith, neededWordIds, listsOfWord, checksOf)));
    return starts;
  };
  return { lexicon, patterns, negates, needsFrom, needs, startsOf, spans, nextAt: new Int32Array(listIds.size), sentencesSeen: 0 };
}

const none: readonly CompiledPattern[] = [];
const noIds = new Int32Array(0);
const noStarters: Starters = { patterns: none, ids: noIds, checks: noIds };

function tokenStarts(
  forms: readonly string[],
  startingWith: (form: string) => Starters,
  neededWordIds: ReadonlyMap<string, number>,
  listsOfWord: readonly number[][],
  checksOf: (patterns: readonly CompiledPattern[]) => Int32Array,
): TokenStarts {
  const lists = new Set<number>();
  for (const form of forms) {
    const word = neededWordIds.get(form);
    if (word !== undefined) for (const list of listsOfWord[word]!) lists.add(list);
  }
  const neededIds = lists.size === 0 ? noIds : Int32Array.from(lists);
  if (forms.length === 1) return { ...startingWith(forms[0]!), neededIds };
  const patterns = [...new Set(forms.flatMap((form) => startingWith(form).patterns))];
  return { patterns, ids: Int32Array.from(patterns, (pattern) => pattern.id), checks: checksOf(patterns), neededIds };
}

/**
 * Words a pattern needs after its first: per required word slot, its words (and the first word of each of its
 * phrases), at most NEEDED_AT_MOST of them, fewest first. A slot always takes a token, so the pattern can
 * match at a token only if, for each list, one of its words stands later in the sentence. Slots with
 * prefixes (no word list can stand for them), optional slots and gaps are left to the matcher.
 */
function wordsNeeded(pattern: CompiledPattern): string[][] {
  const needed: string[][] = [];
  for (let s = 1; s < pattern.slots.length; s++) {
    const words = slotNeeds(pattern.slots[s]!);
    if (words !== null) needed.push(words);
  }
  return needed.sort((a, b) => a.length - b.length);
}

/** The words one slot needs to stand later in the sentence, or null when the slot can be skipped or no short list stands for it. */
function slotNeeds(slot: Slot): string[] | null {
  const listed = !slot.optional && slot.gap === 0 && slot.prefixes.length === 0 && slot.words.size + slot.phrases.length <= NEEDED_AT_MOST;
  return listed ? firstWordsOf(slot) : null;
}

/** Slots are shared by the patterns that write them alike (patterns.ts), so each one's first words are worked out once. */
const firstWordsBySlot = new WeakMap<Slot, string[]>();

/** The words a slot can begin with: its words and the first word of each of its phrases, once each. */
function firstWordsOf(slot: Slot): string[] {
  let words = firstWordsBySlot.get(slot);
  if (words === undefined) firstWordsBySlot.set(slot, (words = [...new Set([...slot.words, ...slot.phrases.map((phrase) => phrase[0]!)])]));
  return words;
}

/** The most tokens a match of the pattern can cover: a gap its length, a phrase its words, any other slot one. */
function longestMatch(pattern: CompiledPattern): number {
  let span = 0;
  for (const slot of pattern.slots) span += slot.gap > 0 ? slot.gap : Math.max(1, ...slot.phrases.map((phrase) => phrase.length));
  return span;
}

/** A bound on the work of one check, whatever a word list (`@many`) holds. */
const NEEDED_AT_MOST = 64;

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

/**
 * Tries at each token only the patterns that can start with one of its spellings, and of those only
 * the ones whose needed words (`wordsNeeded`) all stand after it, near enough for one match to reach
 * them (`spans`). The sentence is read from its end, so each needed word's nearest place after the
 * token is known; hits come back in the order of their starts, as if read from the front.
 */
export function findHits(compiled: CompiledLexicon, sentence: Sentence): Hit[] {
  const base = startSentence(compiled, sentence);
  const { nextAt } = compiled;
  // Filled as found, last start first; most sentences find nothing and never make it.
  let hits: Hit[] | null = null;
  let groups = 0;
  for (let i = sentence.length - 1; i >= 0; i--) {
    const token = sentence[i]!;
    if (token.punct) continue;
    const here = base < 0 ? -1 : base + i;
    const before = hits === null ? 0 : hits.length;
    const { patterns, ids, checks, neededIds } = compiled.startsOf(token.forms);
    for (let p = 0, c = 0; p < ids.length; p++) {
      const reach = here + checks[c]!;
      const listsTo = c + 2 + checks[c + 1]!;
      let near = true;
      for (let n = c + 2; n < listsTo && near; n++) {
        const next = nextAt[checks[n]!]!;
        near = next > here && next < reach;
      }
      c = listsTo;
      if (here >= 0 && !near) continue;
      const end = matchAt(patterns[p]!, sentence, i);
      if (end >= 0) (hits ??= []).push({ concept: patterns[p]!.concept, start: i, end, negates: compiled.negates[ids[p]!]! });
    }
    // This token is now the nearest place of each needed word it spells.
    if (here >= 0) for (let n = 0; n < neededIds.length; n++) nextAt[neededIds[n]!] = here;
    if (hits !== null && hits.length > before) groups++;
  }
  if (hits === null) return [];
  if (groups > 1) inStartOrder(hits);
  return hits;
}

/**
 * Hits found from the sentence's end (each start's hits in the order they were found) put in the order of their
 * starts, each start's hits still in that order, in place: the whole list reversed, then each start's run reversed back.
 * (An array per start, joined at the end, cost most of the search's garbage.)
 */
function inStartOrder(hits: Hit[]): void {
  hits.reverse();
  for (let from = 0; from < hits.length; ) {
    let to = from + 1;
    while (to < hits.length && hits[to]!.start === hits[from]!.start) to++;
    for (let a = from, b = to - 1; a < b; a++, b--) {
      const hit = hits[a]!;
      hits[a] = hits[b]!;
      hits[b] = hit;
    }
    from = to;
  }
}

/** Tokens a sentence may hold for the needed-words check; a longer one (only a flood of one-letter words could be) is matched without it. */
const SENTENCE_STRIDE = 2 ** 13;
/** Sentences read before positions start afresh, so `sentencesSeen × SENTENCE_STRIDE` stays below 2^30. */
const SENTENCES_BEFORE_RESTART = 2 ** 16;

/** The sentence's base for `nextAt`, or -1 when the sentence is too long to record (then every pattern is tried, as without the check). */
function startSentence(compiled: CompiledLexicon, sentence: Sentence): number {
  if (sentence.length >= SENTENCE_STRIDE) return -1;
  if (compiled.sentencesSeen >= SENTENCES_BEFORE_RESTART) {
    compiled.nextAt.fill(0);
    compiled.sentencesSeen = 0;
  }
  return ++compiled.sentencesSeen * SENTENCE_STRIDE;
}

function patternNegates(negators: readonly string[], pattern: CompiledPattern, slotNegates: Map<Slot, boolean>): boolean {
  return pattern.slots.some((slot) => {
    let says = slotNegates.get(slot);
    if (says === undefined) slotNegates.set(slot, (says = negators.some((word) => slot.words.has(word) || slot.phrases.some((phrase) => phrase.includes(word)))));
    return says;
  });
}
