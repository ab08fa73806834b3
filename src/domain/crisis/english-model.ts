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

/**
 * wink splits "mom's" into "mom" + "'s" until it has met the word whole (at the end of a clause: "not her mom's."),
 * then keeps it whole for the rest of the process. Splitting before wink reads makes a message read the same
 * whatever the process read before it.
 */
export function splitPossessives(text: string): string {
  return text.includes("'s") ? text.replace(/\b([a-z0-9]+)'s\b/g, "$1 's") : text;
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
  const doc = nlp.readDoc(splitPossessives(text));
  const all = doc.tokens();
  const norms = all.out(its.normal);
  const lemmas = all.out(its.lemma as unknown as typeof its.normal);
  const pos = all.out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = new Array<Token>(norms.length);
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i]!;
    const shape = shapeOf(norm);
    const punct = pos[i] === 'PUNCT' || shape.symbolic;
    const lemma = lemmas[i] ?? norm;
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
    tokens[i] = { norm, lemma, pos: pos[i] ?? 'X', forms, quoted: false, punct };
  }
  return spans.map(([from, to]) => tokens.slice(from, to + 1));
}
