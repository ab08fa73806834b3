import { isNegated } from './clauses.js';
import { routeOfConcept } from './concepts.js';
import { has } from './hit-queries.js';
import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import { wordCount, type Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

/**
 * "battery at 1%. not talking about my phone", "told the nurse it was the cat. we dont have a cat": an everyday surface the
 * writer denies later in the sentence or within the next two. The low charge then pictures the writer (a wish to be dead), the
 * story told about a wound hides the writer's own doing (self-harm; someone else's when they told it). Alone each surface is
 * everyday, and a surface told as long past stays there. Returns the concepts the denied surfaces add.
 */
export function surfacesDenied(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): string[] {
  const found: string[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const hits = perSentence[index]!;
    if (has(hits, DISTANT_PAST)) continue;
    for (const hit of hits) {
      if (hit.concept === SELF_SURFACE && !isNegated(lexicon, sentence, hit) && frameAfter(perSentence, index, hit, SURFACE_NOT_MEANT) && subjectOf(lexicon, sentence, hit) !== 'other') found.push('wish-dead');
      // "told everyone i walked into a door": the cover of a blow that is itself read as harm is that harm, not the writer's doing.
      if (hit.concept === INJURY_COVER && !coverIsHarm(hits, hit) && coverDenied(lexicon, sentences, index, hit)) found.push(subjectOf(lexicon, sentence, hit) === 'other' ? 'other-disclosure' : 'self-harm');
      // "nan asked why im in jumpers in july. couldnt tell her": the arms covered in the heat, and no answer to give.
      if (hit.concept === BODY_COVERED && frameAfter(perSentence, index, hit, LEFT_UNTOLD) && subjectOf(lexicon, sentence, hit) !== 'other') found.push('self-harm');
    }
  }
  return found;
}

/** A sign of harm from others over the same words as the cover story. */
function coverIsHarm(hits: readonly Hit[], cover: Hit): boolean {
  return hits.some((other) => other.start < cover.end && cover.start < other.end && routeOfConcept(other.concept) === 'harm-from-others');
}

const SELF_SURFACE = frameId('selfSurface');
const SURFACE_NOT_MEANT = frameId('surfaceNotMeant');
const INJURY_COVER = frameId('injuryCover');
const BODY_COVERED = frameId('bodyCovered');
const LEFT_UNTOLD = frameId('leftUntold');
const DISTANT_PAST = frameId('distantPast');

/** How many sentences after the surface its denial may come. */
const DENIAL_REACH = 2;
/** The most words a sentence that denies a story has: "we dont have a cat", "there is no dog in my house". */
const DENIAL_WORDS = 8;
/** A denial this short needs no word of the story: "it wasnt.", "wasnt cooking". */
const BARE_DENIAL_WORDS = 3;

/** A frame later in the surface's sentence or within the next two. */
function frameAfter(perSentence: readonly Hit[][], index: number, surface: Hit, frame: string): boolean {
  if (perSentence[index]!.some((hit) => hit.concept === frame && hit.start >= surface.end)) return true;
  for (let next = index + 1; next <= index + DENIAL_REACH && next < perSentence.length; next++) if (has(perSentence[next], frame)) return true;
  return false;
}

/** The story's own words denied: "we dont have a cat" after "it was the cat", "i didnt slip" after "said i slipped". */
function coverDenied(lexicon: Lexicon, sentences: readonly Sentence[], index: number, cover: Hit): boolean {
  const sentence = sentences[index]!;
  const storyWords = new Set<string>();
  for (let i = cover.start; i < cover.end; i++) {
    const token = sentence[i]!;
    if (!token.punct && token.norm.length >= 3 && !lexicon.commonWords.has(token.norm) && !lexicon.negators.has(token.norm)) storyWords.add(token.lemma);
  }
  if (deniesWith(lexicon, sentence.slice(cover.end), storyWords, false)) return true;
  for (let next = index + 1; next <= index + DENIAL_REACH && next < sentences.length; next++) if (deniesWith(lexicon, sentences[next]!, storyWords, true)) return true;
  return false;
}

function deniesWith(lexicon: Lexicon, words: Sentence, storyWords: ReadonlySet<string>, ownSentence: boolean): boolean {
  const negatorAt = words.findIndex((token) => lexicon.negators.has(token.norm));
  if (negatorAt < 0) return false;
  const count = wordCount(words);
  if (ownSentence && count <= BARE_DENIAL_WORDS) return true;
  if (ownSentence && count > DENIAL_WORDS) return false;
  for (let i = negatorAt + 1; i < words.length; i++) if (storyWords.has(words[i]!.lemma)) return true;
  return false;
}
