import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { squeeze } from './normalize.js';
import type { Sentence, Token } from './tokens.js';
import { correctSpelling } from './typos.js';
import { memoizeWord } from './word-memo.js';

let loaded: WinkMethods | null = null;

/**
 * wink-nlp with its English model, which ships inside the npm package (nothing is downloaded).
 * Loaded once, on first use; `loadEnglishModel()` lets a process pay the cost at start instead.
 */
export function loadEnglishModel(): WinkMethods {
  loaded ??= winkNLP(model, ['sbd', 'pos']);
  return loaded;
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
 * English text (contractions already expanded) as wink reads it: sentences of tokens with lemmas and
 * parts of speech. `aliasOf` may give a word one more spelling patterns can match (a drug name read
 * as "medname"); it should be memoised by the caller, as it runs for every word.
 */
export function englishSentences(text: string, aliasOf?: (norm: string) => string | null): Sentence[] {
  const nlp = loadEnglishModel();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const norms = all.out(its.normal);
  const lemmas = all.out(its.lemma as unknown as typeof its.normal);
  const pos = all.out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = new Array<Token>(norms.length);
  // wink adds words it has not seen to its lexicon as it reads, so a possessive it once saw glued ("dad's,") later
  // stays one token: it is split again here, so a message reads the same whatever was read before it.
  let glued = 0;
  const startOf: number[] = new Array<number>(norms.length);
  for (let i = 0; i < norms.length; i++) {
    startOf[i] = i + glued;
    if (isGlued(norms[i]!)) glued++;
  }
  if (glued > 0) tokens.length = norms.length + glued;
  for (let i = 0; i < norms.length; i++) {
    if (glued > 0 && isGlued(norms[i]!)) {
      const stem = norms[i]!.slice(0, -2);
      tokens[startOf[i]!] = tokenOf(stem, stem, pos[i] === 'PROPN' ? 'NOUN' : (pos[i] ?? 'NOUN'), aliasOf);
      tokens[startOf[i]! + 1] = tokenOf("'s", "'s", 'PART', aliasOf);
      continue;
    }
    tokens[glued > 0 ? startOf[i]! : i] = tokenOf(norms[i]!, lemmas[i] ?? norms[i]!, pos[i] ?? 'X', aliasOf);
  }
  if (glued === 0) return spans.map(([from, to]) => tokens.slice(from, to + 1));
  return spans.map(([from, to]) => tokens.slice(startOf[from]!, to + 1 < norms.length ? startOf[to + 1]! : tokens.length));
}

/** One token: its spelling, lemma, squeezed and corrected spellings and alias as forms patterns can match. */
function tokenOf(norm: string, lemma: string, tag: string, aliasOf?: (norm: string) => string | null): Token {
  const shape = shapeOf(norm);
  const punct = tag === 'PUNCT' || shape.symbolic;
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
  return { norm, lemma, pos: tag, forms, quoted: false, punct };
}

/** "dad's" left whole: a word and "'s". */
export const isGlued = (norm: string) => norm.length > 3 && norm.endsWith("'s") && /^[a-z]+$/.test(norm.slice(0, -2));
