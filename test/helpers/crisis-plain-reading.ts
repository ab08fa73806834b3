import { loadEnglishModel, splitPossessives } from '../../src/domain/crisis/english-model.js';
import { undoMasking } from '../../src/domain/crisis/normalize.js';
import { matchAt } from '../../src/domain/crisis/patterns.js';
import type { Lexicon } from '../../src/domain/crisis/lexicon.js';
import type { CompiledLexicon, Hit } from '../../src/domain/crisis/match.js';
import type { Sentence, Token } from '../../src/domain/crisis/tokens.js';
import { correctSpellingOnce } from '../../src/domain/crisis/typos.js';

/**
 * The crisis screen's steps written the plain way, as they were before they were made fast, for
 * tests that hold the fast steps against them. Built from the same compiled language files, so it
 * stays right when patterns change.
 */

/** Every pattern tried at every word: the definition the indexed search must agree with. */
export function findHitsExhaustively(compiled: CompiledLexicon, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i]!.punct) continue;
    for (const pattern of compiled.patterns) {
      const end = matchAt(pattern, sentence, i);
      if (end >= 0) hits.push({ concept: pattern.concept, start: i, end, negates: compiled.negates[pattern.id]! });
    }
  }
  return hits;
}

/**
 * Every folding pass run over the whole text, whether or not it can change anything. The masking rules themselves are
 * the screen's own (normalize.ts `undoMasking`, one list to keep): what this holds the screen to is that it runs each pass
 * whenever the pass could change the text.
 */
export function foldTextPlainly(text: string): string {
  const lowered = text
    .replace(/(?<![\p{L}\p{N}])\p{L}(?: {1,3}\p{L}){2,}(?![\p{L}\p{N}])/gu, (run) => (/\p{L} \p{L} \p{L}/u.test(run) && / {2}/.test(run) ? run.split(/ {2,}/).map((word) => word.replace(/ /g, '')).join(' ') : run))
    .replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu, (run) => run.replace(/ /g, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"');
  return undoMasking(lowered)
    .replace(/\b([a-z])[.\-/]([a-z])\b/g, '$1$2')
    .replace(/([a-z])\1{2,}/g, '$1$1')
    .replace(/\bs{1,2}h{2}\b/g, 'hush')
    .replace(/[\t\r ]+/g, ' ')
    .trim();
}

export const squeezePlainly = (word: string) => word.replace(/([a-z])\1+/g, '$1');

/** wink's tokens turned into the screen's, one new spelling list per token, nothing remembered. */
export function englishSentencesPlainly(text: string): Sentence[] {
  const nlp = loadEnglishModel();
  const its = nlp.its;
  const doc = nlp.readDoc(splitPossessives(text));
  const norms = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal);
  const pos = doc.tokens().out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = norms.map((norm, i) => {
    const punct = pos[i] === 'PUNCT' || /^[\p{P}]+$/u.test(norm);
    const forms = [norm];
    const lemma = lemmas[i] ?? norm;
    if (lemma !== norm) forms.push(lemma);
    const squeezed = squeezePlainly(norm);
    if (squeezed !== norm) forms.push(squeezed);
    const corrected = punct ? null : correctSpellingOnce(norm);
    if (corrected !== null) forms.push(corrected);
    return { norm, lemma, pos: pos[i] ?? 'X', forms, quoted: false, punct };
  });
  return spans.map(([from, to]) => tokens.slice(from, to + 1));
}

/** The language guess as first written: every a–z word cut out of the text and looked up in each language's sets. */
export function guessLanguagesPlainly(folded: string, lexicons: Lexicon[]): { language: string; readIn: Lexicon[] } {
  const words = folded.match(/[a-z]+/g) ?? [];
  const scores = lexicons.map((lexicon) => words.reduce((n, word) => n + (lexicon.commonWords.has(word) ? 1 : 0), 0));
  // A dialect with two of its markers in the text claims the words it shares with another language ("mi" in patois).
  lexicons.forEach((lexicon, i) => {
    const dialect = lexicon.dialect;
    if (dialect === undefined || words.filter((word) => dialect.markers.has(word)).length < 2) return;
    for (const word of words.filter((each) => dialect.claims.has(each))) {
      scores[i]! += lexicon.commonWords.has(word) ? 0 : 1;
      lexicons.forEach((other, j) => {
        if (j !== i && other.commonWords.has(word)) scores[j]! -= 1;
      });
    }
  });
  const best = scores.indexOf(Math.max(...scores));
  const top = scores[best]!;
  const marked = (lexicon: Lexicon) => words.some((word) => lexicon.markers?.has(word));
  if (top === 0) {
    // No common word: the languages whose words of risk stand in it, or every language when none does.
    const markedIn = lexicons.filter(marked);
    return markedIn.length === 0 ? { language: lexicons[best]!.language, readIn: lexicons } : { language: markedIn[0]!.language, readIn: markedIn };
  }
  const readIn = lexicons.filter((lexicon, i) => scores[i]! >= top * 0.75 || i === best || marked(lexicon));
  return { language: lexicons[best]!.language, readIn };
}
