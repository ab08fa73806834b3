import { actionConcepts, asSomeoneElse, conceptRoutes, ownRisk, PLACE, TIMING } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import { compilePattern, matchAt, tokenFits, type CompiledPattern } from './patterns.js';
import { markQuoted } from './quotes.js';
import type { Sentence, Token } from './tokens.js';

/** A language file, compiled once: patterns indexed by the words they can start with. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  byWord: Map<string, CompiledPattern[]>;
  byPrefix: CompiledPattern[];
  frames: Record<keyof Lexicon['frames'], CompiledPattern[]>;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byWord = new Map<string, CompiledPattern[]>();
  const byPrefix: CompiledPattern[] = [];
  for (const [concept, sources] of Object.entries(lexicon.concepts)) {
    for (const source of sources.flatMap(phraseList)) {
      const pattern = compilePattern(concept, source, lexicon.macros);
      const first = pattern.slots[0]!;
      if (first.prefixes.length > 0) byPrefix.push(pattern);
      const starts = [...first.words, ...first.phrases.map((phrase) => phrase[0]!)];
      for (const word of new Set(starts)) byWord.set(word, [...(byWord.get(word) ?? []), pattern]);
    }
  }
  const compileAll = (id: string, sources: string[]) => sources.map((source) => compilePattern(id, source, lexicon.macros));
  const f = lexicon.frames;
  return {
    lexicon,
    byWord,
    byPrefix,
    frames: {
      distantPast: compileAll('distant-past', f.distantPast),
      recent: compileAll('recent', f.recent),
      media: compileAll('media', f.media),
      training: compileAll('training', f.training),
      joke: compileAll('joke', f.joke),
      idiom: compileAll('idiom', f.idiom),
    },
  };
}

/** "me violo|me violaron|abuso de mi": a list of whole phrases reads as one pattern per phrase. */
function phraseList(source: string): string[] {
  const pieces = source.split('|');
  return pieces.length > 1 && !source.includes('_') && pieces.every((piece) => piece.trim().includes(' ')) ? pieces : [source];
}

interface Hit {
  concept: string;
  start: number;
  end: number;
}

/** Reads sentences for concepts, each weighed in its context. Returns the concept ids found. */
export function readConcepts(compiled: CompiledLexicon, sentences: Sentence[]): Set<string> {
  const found = new Set<string>();
  const messageIsJoke = sentences.some((sentence) => anyFrame(compiled.frames.joke, sentence));
  for (const sentence of sentences) {
    markQuoted(sentence, compiled.lexicon);
    const hits = findHits(compiled, sentence);
    if (hits.length === 0) continue;
    const past = anyFrame(compiled.frames.distantPast, sentence);
    const media = anyFrame(compiled.frames.media, sentence);
    const training = anyFrame(compiled.frames.training, sentence);
    for (const hit of hits) {
      if (hit.concept !== TIMING && hit.concept !== PLACE && isNegated(compiled.lexicon, sentence, hit)) continue;
      if (isIdiom(compiled, sentence, hit)) continue;
      const route = (conceptRoutes as Record<string, string>)[hit.concept];
      if (hit.concept === TIMING || hit.concept === PLACE) {
        if (!past && !media && !training) found.add(hit.concept);
        continue;
      }
      if (past && !recentInClause(compiled, sentence, hit)) continue;
      if (sentence[hit.start]!.quoted && route !== 'someone-else') {
        if (!media && !training) found.add(asSomeoneElse[hit.concept] ?? 'other-disclosure');
        continue;
      }
      if (route === 'imminent' || route === 'possible') {
        if (media) continue;
        if (hit.concept === 'suicidal-thoughts' && messageIsJoke && isSlangOnly(sentence, hit)) continue;
        const speaker = speakerOf(compiled.lexicon, sentence, hit);
        if (speaker === 'other') {
          if (!training) found.add(asSomeoneElse[hit.concept] ?? 'other-disclosure');
          continue;
        }
        if (training && speaker !== 'self') continue;
        found.add(hit.concept);
      } else if (route === 'someone-else') {
        if (!training) found.add(hit.concept);
      } else {
        found.add(hit.concept);
      }
    }
  }
  const timing = found.delete(TIMING);
  const place = found.delete(PLACE);
  if (timing && [...found].some((concept) => actionConcepts.has(concept))) found.add('intent');
  if (place && [...found].some((concept) => ownRisk.has(concept))) found.add('acting-now');
  return found;
}


function findHits(compiled: CompiledLexicon, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.punct) continue;
    const candidates: CompiledPattern[] = [];
    for (const form of token.forms) for (const pattern of compiled.byWord.get(form) ?? []) candidates.push(pattern);
    for (const pattern of compiled.byPrefix) if (tokenFits(pattern.slots[0]!, token)) candidates.push(pattern);
    for (const pattern of candidates) {
      const end = matchAt(pattern, sentence, i);
      if (end >= 0) hits.push({ concept: pattern.concept, start: i, end });
    }
  }
  return hits;
}

function anyFrame(patterns: CompiledPattern[], sentence: Sentence): boolean {
  for (let i = 0; i < sentence.length; i++) for (const pattern of patterns) if (matchAt(pattern, sentence, i) >= 0) return true;
  return false;
}

/** The clause around a hit: from the last break before it to the next break after it. */
function clauseOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): [number, number] {
  let from = hit.start;
  while (from > 0 && !isBreak(lexicon, sentence[from - 1]!)) from--;
  let to = hit.end;
  while (to < sentence.length && !isBreak(lexicon, sentence[to]!)) to++;
  return [from, to];
}

function isBreak(lexicon: Lexicon, token: Token): boolean {
  return (token.punct && token.norm !== "'") || lexicon.clauseBreaks.has(token.norm);
}

/**
 * Negation bound to the predicate: a negator counts only when it comes shortly before the concept,
 * in the same clause, with no new subject in between ("I'm not fine and I want to die" is not negated;
 * "I don't want to die" is). "can't stop thinking about it" turns it back.
 */
function isNegated(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  let flipped = false;
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 6); i--) {
    const token = sentence[i]!;
    if (isBreak(lexicon, token)) return false;
    if (lexicon.negationFlips.has(token.norm)) flipped = true;
    if (lexicon.negators.has(token.norm)) return !flipped;
    if (i < hit.start - 1 && (lexicon.firstPerson.has(token.norm) || lexicon.thirdPerson.has(token.norm))) return false;
  }
  return false;
}

function isIdiom(compiled: CompiledLexicon, sentence: Sentence, hit: Hit): boolean {
  for (const pattern of compiled.frames.idiom) if (matchAt(pattern, sentence, hit.end) >= 0 || matchAt(pattern, sentence, Math.max(0, hit.end - 1)) >= 0) return true;
  return false;
}

function recentInClause(compiled: CompiledLexicon, sentence: Sentence, hit: Hit): boolean {
  const [from, to] = clauseOf(compiled.lexicon, sentence, hit);
  for (let i = from; i < to; i++) for (const pattern of compiled.frames.recent) if (matchAt(pattern, sentence, i) >= 0) return true;
  return false;
}

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}

/**
 * Whose risk it is: words in the match ("myself" / "himself"), quotation by someone else, or the
 * nearest subject before it in the clause. With nobody named, the writer is speaking of themselves.
 */
function speakerOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (sentence[hit.start]!.quoted) return 'other';
  for (let i = hit.start; i < hit.end; i++) {
    const word = sentence[i]!.norm;
    if (lexicon.firstPerson.has(word)) return 'self';
    if (lexicon.thirdPerson.has(word)) return 'other';
  }
  const [from] = clauseOf(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const word = sentence[i]!.norm;
    if (lexicon.firstPerson.has(word)) return 'self';
    if (lexicon.thirdPerson.has(word)) return 'other';
  }
  return 'unsaid';
}
