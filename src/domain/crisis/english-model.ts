import { setFlagsFromString } from 'node:v8';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { squeeze } from './normalize.js';
import type { Sentence, Token } from './tokens.js';
import { correctSpelling } from './typos.js';
import { KeyMemo, memoizeWord } from './word-memo.js';

let loaded: WinkMethods | null = null;

/**
 * What wink keeps for a document it has read: per token four numbers (tkSize in wink-nlp's constants.js:
 * the lexeme's number, preceding spaces or a contraction's normal, part of speech and lemma, negation),
 * and per sentence its first and last token. Reading them here spares the arrays of strings wink's
 * `out()` builds for every message (a sixth of the screen's garbage); screen-fast-path.test.ts holds the
 * result against `out()` on every development line.
 */
interface RawDocument {
  tokens: number[];
  sentences: [number, number, ...number[]][];
  cache?: { lookup?: (text: string) => number[] | null };
}

/** The model's addons, with `readabilityStats` (which the screen never asks for) handing back wink's raw document. */
const rawDocument = (rdd: RawDocument) => rdd;

/**
 * wink-nlp with its English model, which ships inside the npm package (nothing is downloaded).
 * Loaded once, on first use; `loadEnglishModel()` lets a process pay the cost at start instead.
 */
export function loadEnglishModel(): WinkMethods {
  if (loaded) return loaded;
  keepDocumentsYoung();
  loaded = winkNLP({ ...model, addons: { ...model.addons, readabilityStats: rawDocument } } as typeof model, ['sbd', 'pos']);
  rememberLookups(loaded.readDoc('').out(loaded.its.readabilityStats) as unknown as RawDocument | undefined);
  return loaded;
}

/**
 * What kept every message's token arrays alive past the message (the young collections' p99): V8's
 * allocation-site pretenuring. After a few rounds V8 decides that the arrays wink's `readDoc` makes for a
 * document (`rdd.tokens`, `rdd.sentences`, each sentence, `markings`, `document`) live long, and allocates
 * them straight in the old generation. The token array then grows (`push` in dd-wrapper.js
 * `addTokenIfInCache`) into new backing stores in the young generation, and a dead old array's pointer
 * to its young store is a root for every young collection until the next full one: each message's token
 * store (and sentences) survived the collection after it and was promoted, ~1 MB each time, growing with
 * the young generation (wink's `readDoc` alone: ~1.1 MB, ~15 KB with `--no-allocation-site-pretenuring`;
 * `%InYoungGeneration` finds those arrays young after one round of the benchmark, old after six). Pretenuring
 * is a speed heuristic only, so it is turned off for the process before wink first reads: NODE_OPTIONS refuses
 * the flag, and one in the start script would miss the tests and benchmarks. See the README's "## Speed".
 */
function keepDocumentsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/**
 * wink's tokenizer looks every word up in its lexicon, and each look-up builds a new array (a third of what
 * wink allocates for a message). Its callers only read the array, and a word once found keeps its entry for
 * the life of the process (wink only adds words), so a found word's array is remembered and handed out again.
 * A word not found is asked afresh every time, as wink may add it later.
 */
function rememberLookups(raw: RawDocument | undefined): void {
  const cache = raw?.cache;
  const lookup = cache?.lookup;
  if (cache === undefined || typeof lookup !== 'function') return;
  const found = new KeyMemo<string, number[]>();
  cache.lookup = (text: string) => {
    const known = found.get(text);
    if (known !== undefined) return known;
    const entry = lookup(text);
    // A copy of exactly its length: wink's own has room for seventeen numbers.
    if (entry !== null) found.set(text, entry.length === 1 ? [entry[0]!] : [...entry]);
    return entry;
  };
}

/**
 * wink splits "mom's" into "mom" + "'s" until it has met the word whole (at the end of a clause: "not her mom's."),
 * then keeps it whole for the rest of the process. Splitting before wink reads makes a message read the same
 * whatever the process read before it.
 */
export function splitPossessives(text: string): string {
  // "my dad's been saying goodbye": an "'s" before "been" is "has", never a possessive (batch 70).
  return text.includes("'s") ? text.replace(/\b([a-z0-9]+)'s been\b/g, '$1 has been').replace(/\b([a-z0-9]+)'s\b/g, "$1 's") : text;
}

/** What a spelling alone decides about a token, worked out once per word. */
interface WordShape {
  symbolic: boolean;
  squeezed: string;
  corrected: string | null;
  /** `[word]`, shared by every token whose only spelling is the word itself (most of them). */
  alone: readonly string[];
}

const shapeOf = memoizeWord(
  (norm: string): WordShape => ({ symbolic: /^[\p{P}]+$/u.test(norm), squeezed: squeeze(norm), corrected: correctSpelling(norm), alone: [norm] }),
);

/**
 * What a token's lexeme and part of speech decide, worked out once per pair and shared by every token of
 * that pair in every message: frozen, so quotation marks a twin instead (tokens.ts `setQuoted`).
 */
type TokenShape = Readonly<Token>;

const TOKEN_SIZE = 4;
const CONTRACTION = 65535;
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;

/** Per `aliasOf`, the token shapes worked out, by lexeme number × 64 + part of speech number. */
const shapesByAlias = new Map<((norm: string) => string | null) | undefined, KeyMemo<number, TokenShape>>();

/**
 * English text (contractions already expanded) as wink reads it: sentences of tokens with lemmas and
 * parts of speech. `aliasOf` may give a word one more spelling patterns can match (a drug name read
 * as "medname"); it should be memoised by the caller, as it runs for every word.
 */
export function englishSentences(text: string, aliasOf?: (norm: string) => string | null): Sentence[] {
  const nlp = loadEnglishModel();
  const its = nlp.its;
  const doc = nlp.readDoc(splitPossessives(text));
  const raw = doc.out(its.readabilityStats) as unknown as RawDocument;
  if (!looksRaw(raw)) return sentencesFromOut(doc, its, aliasOf);
  let shapes = shapesByAlias.get(aliasOf);
  if (shapes === undefined) shapesByAlias.set(aliasOf, (shapes = new KeyMemo<number, TokenShape>()));
  const lemmaOf = its.lemma as unknown as (index: number, rdd: RawDocument, addons: typeof model.addons) => string;
  const normalOf = its.normal as unknown as (index: number, rdd: RawDocument) => string;
  const posOf = its.pos as unknown as (index: number, rdd: RawDocument) => string;
  const sentences: Sentence[] = new Array<Sentence>(raw.sentences.length);
  for (let s = 0; s < raw.sentences.length; s++) {
    const [from, to] = raw.sentences[s]!;
    const sentence: Token[] = new Array<Token>(to - from + 1);
    for (let i = from; i <= to; i++) {
      const at = i * TOKEN_SIZE;
      // A contraction wink expanded reads its normal and lemma from the expansion: worked out each time (they are few).
      const contraction = raw.tokens[at + 1]! > CONTRACTION;
      const key = raw.tokens[at]! * 64 + ((raw.tokens[at + 2]! & POS_MASK) >>> BITS_FOR_LEMMA);
      let shape = contraction ? undefined : shapes.get(key);
      if (shape === undefined) {
        shape = shapeOfToken(normalOf(i, raw), posOf(i, raw), lemmaOf(i, raw, model.addons), aliasOf);
        if (!contraction) shapes.set(key, Object.freeze(shape));
      }
      sentence[i - from] = shape as Token;
    }
    sentences[s] = sentence;
  }
  return sentences;
}

/** wink's raw document as this file reads it: four numbers a token, sentences ending at the last token. */
function looksRaw(raw: RawDocument | undefined): raw is RawDocument {
  if (raw === undefined || !Array.isArray(raw.tokens) || !Array.isArray(raw.sentences) || raw.tokens.length % TOKEN_SIZE !== 0) return false;
  const last = raw.sentences[raw.sentences.length - 1];
  return last === undefined ? raw.tokens.length === 0 : last[1] === raw.tokens.length / TOKEN_SIZE - 1;
}

function shapeOfToken(norm: string, pos: string | undefined, lemmaRead: string | undefined, aliasOf?: (norm: string) => string | null): TokenShape {
  const shape = shapeOf(norm);
  const punct = pos === 'PUNCT' || shape.symbolic;
  const lemma = lemmaRead ?? norm;
  const corrected = punct ? null : shape.corrected;
  const alias = punct || aliasOf === undefined ? null : aliasOf(norm);
  let forms = shape.alone;
  if (lemma !== norm || shape.squeezed !== norm || corrected !== null || alias !== null) {
    const more = [norm];
    if (lemma !== norm) more.push(lemma);
    if (shape.squeezed !== norm) more.push(shape.squeezed);
    if (corrected !== null) more.push(corrected);
    if (alias !== null) more.push(alias);
    forms = more;
  }
  return { norm, lemma, pos: pos ?? 'X', forms, quoted: false, punct };
}

/** The same reading through wink's public `out()` alone, which tests hold the raw reading against. */
export function englishSentencesFromOut(text: string, aliasOf?: (norm: string) => string | null): Sentence[] {
  const nlp = loadEnglishModel();
  return sentencesFromOut(nlp.readDoc(splitPossessives(text)), nlp.its, aliasOf);
}

/** Through wink's public `out()`: used only if its raw document is not as this file expects (another wink version). */
function sentencesFromOut(doc: ReturnType<WinkMethods['readDoc']>, its: WinkMethods['its'], aliasOf?: (norm: string) => string | null): Sentence[] {
  const all = doc.tokens();
  const norms = all.out(its.normal);
  const lemmas = all.out(its.lemma as unknown as typeof its.normal);
  const pos = all.out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens = norms.map((norm, i): Token => ({ ...shapeOfToken(norm, pos[i], lemmas[i], aliasOf) }));
  return spans.map(([from, to]) => tokens.slice(from, to + 1));
}
