import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thousandCharacterMessages } from '../../../../bench/crisis-speed.js';
import { englishSentences, englishSentencesFromOut } from '../../../../src/domain/crisis/english-model.js';
import { english, englishExpanded, englishWordAlias } from '../../../../src/domain/crisis/languages/en.js';
import { spanish } from '../../../../src/domain/crisis/languages/es.js';
import { guessLanguages } from '../../../../src/domain/crisis/language-guess.js';
import { compileLexicon, findHits } from '../../../../src/domain/crisis/match.js';
import { foldText, squeeze } from '../../../../src/domain/crisis/normalize.js';
import { screenText, screenWith } from '../../../../src/domain/crisis/screen.js';
import { correctSpelling, correctSpellingOnce } from '../../../../src/domain/crisis/typos.js';
import { memoizeWord } from '../../../../src/domain/crisis/word-memo.js';
import { readDevCorpus } from '../../../helpers/crisis-corpus.js';
import { englishSentencesPlainly, findHitsExhaustively, foldTextPlainly, guessLanguagesPlainly, squeezePlainly } from '../../../helpers/crisis-plain-reading.js';

const texts = readDevCorpus().map((row) => row.text);
const words = [...new Set(texts.flatMap((text) => foldTextPlainly(text).split(/[^a-z0-9]+/)))].filter(Boolean);
const plainly = (text: string) => screenWith(text, { fold: foldTextPlainly, find: findHitsExhaustively });

// The fast steps of the screen must read exactly as the plain ones: a speed-up never changes a route.
describe('the crisis screen’s fast path reads exactly as the plain one', () => {
  it('GIVEN every line of every development file WHEN screened fast and plainly THEN route, language and concepts agree', () => {
    const differ = texts.filter((text) => JSON.stringify(screenText(text)) !== JSON.stringify(plainly(text)));
    expect(differ).toEqual([]);
  }, 1_200_000); // every pattern tried at every token of every line: minutes, more on a busy machine

  it('GIVEN 1,000-character messages cut from the corpus (the benchmark’s) THEN they agree too', () => {
    const differ = thousandCharacterMessages(texts, 120).filter((text) => JSON.stringify(screenText(text)) !== JSON.stringify(plainly(text)));
    expect(differ).toEqual([]);
  });

  it('GIVEN any string, with leetspeak, masks, accents and spacing THEN folding skips only passes that change nothing', () => {
    for (const text of texts) expect(foldText(text)).toBe(foldTextPlainly(text));
    for (const text of ['w a n t to die', ' d i e', 'é ñ ü', 'x 𝐚 𝐛 𝐜', '𝐚 𝐛 𝐜d', 'its a lot', 'i a m', '1a b c', 'a b c1', 'a b ⓒ', 'é a b']) expect(foldText(text)).toBe(foldTextPlainly(text));
    const tricky = fc.constantFrom(...'aAeéñkilL1!|03457$@*#.-/ \t\r‘’`´“”«»İ🙃٣', ' ', ' ', '𝐚', ' 𝐚 𝐛 𝐜 ', 'é ñ ü', 'k!ll', 'su1c1de', 's.h', 'w a n t', ' d i e ', 'i a lot');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(tricky).map((parts) => parts.join(''))), (text) => {
        expect(foldText(text)).toBe(foldTextPlainly(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('GIVEN every line and 1,000-character message THEN English tokens built with remembered word shapes equal those built afresh', () => {
    for (const text of [...texts, ...thousandCharacterMessages(texts, 60)]) {
      const folded = foldText(text);
      expect(englishSentences(folded)).toEqual(englishSentencesPlainly(folded));
    }
  });

  it('GIVEN every line and 1,000-character message THEN tokens read from wink’s raw document equal those from its public out(), drug names and all', () => {
    for (const text of [...texts, ...thousandCharacterMessages(texts, 60), '', ' ', "can't won't dont gonna cannot"]) {
      const folded = foldText(text);
      expect(english.sentences(folded)).toEqual(englishSentencesFromOut(englishExpanded(folded), englishWordAlias));
    }
  });

  it('GIVEN every line and any string THEN the language guess over a trie of common words and markers is the one over words cut out', () => {
    const lexicons = [english, spanish];
    const agree = (text: string) => {
      expect(guessLanguages(text, lexicons)).toEqual(guessLanguagesPlainly(text, lexicons));
    };
    for (const text of texts) agree(foldText(text));
    for (const text of ['', 'i', 'the the the', 'ya escribi mi suicide note', 'yo no se', 'theme', 'th', 'unalive?', 'myselfish', 'él y yo', 'bredda mi tie di rope', 'fi fi mi', 'fid dem']) agree(text);
    // Patois markers ("fi", "dem") and the words the dialect claims ("mi", "no") exercise the dialect's count.
    const words = fc.constantFrom(' ', '.', 'the', 'i', 'yo', 'que', 'de', 'kms', 'suicide', 'matarme', 'x', 'thee', 'th', 'é', '1', 'fi', 'dem', 'mi', 'no');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words).map((parts) => parts.join(''))), agree),
      { numRuns: 2000 },
    );
  });

  it('GIVEN any word THEN squeezing without a regex gives the same spelling', () => {
    for (const word of words) expect(squeeze(word)).toBe(squeezePlainly(word));
    fc.assert(
      fc.property(fc.string(), (word) => {
        expect(squeeze(word)).toBe(squeezePlainly(word));
      }),
      { numRuns: 1000 },
    );
  });

  it('GIVEN every corpus word THEN the remembered spelling correction is the one worked out afresh', () => {
    for (const word of [...words, ...words]) expect(correctSpelling(word)).toBe(correctSpellingOnce(word));
    expect(correctSpelling('suicde')).toBe('suicide');
    expect(correctSpelling('will')).toBeNull();
  });
});

describe('a word memo', () => {
  it('GIVEN more words than it holds WHEN asked again THEN it answers as the function would, and computes a word once while it is held', () => {
    const seen: string[] = [];
    const upper = memoizeWord((word: string) => {
      seen.push(word);
      return word === 'none' ? null : word.toUpperCase();
    }, 2);
    expect(['a', 'b', 'a', 'none', 'none', 'c', 'd', 'a'].map(upper)).toEqual(['A', 'B', 'A', null, null, 'C', 'D', 'A']);
    expect(seen.filter((word) => word === 'none')).toHaveLength(1);
    expect(seen.filter((word) => word === 'a').length).toBeLessThanOrEqual(2);
  });
});

describe('the indexed pattern search at its bounds', () => {
  const compiled = compileLexicon(english);
  const sentenceOf = (text: string) => englishSentences(foldText(text)).flat();

  it('GIVEN a sentence longer than the needed-words record holds THEN every pattern is tried and the hits are the exhaustive ones', () => {
    const commas = Array.from({ length: 9000 }, () => sentenceOf(',')[0]!);
    const sentence = [...commas, ...sentenceOf('i want to kill myself tonight')];
    expect(findHits(compiled, sentence)).toEqual(findHitsExhaustively(compiled, sentence));
    expect(findHits(compiled, sentence).map((hit) => hit.concept)).toContain('suicidal-thoughts');
  });

  it('GIVEN more sentences than positions are numbered for THEN positions start afresh and no old position counts', () => {
    const [risk, everyday] = [sentenceOf('i want to kill myself'), sentenceOf('want to grab lunch')];
    for (let i = 0; i < 70_000; i++) findHits(compiled, i % 2 === 0 ? risk : everyday);
    for (const sentence of [everyday, risk, everyday]) expect(findHits(compiled, sentence)).toEqual(findHitsExhaustively(compiled, sentence));
  });
});
