import { hints } from './concepts.js';
import { has } from './hit-queries.js';
import type { HyperboleWords } from './hyperbole.js';
import { frameId, isFrame, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const MISHAP = frameId('mishap');
const JOKE = frameId('joke');

/**
 * "ok who microwaved fish. i'm going to die", "printer jammed again, im gonna die": a dying said bare (nothing after it but a
 * laugh, no time, no means, no wish) right after a petty nuisance, in its own sentence or after a comma, is an exclamation at the
 * nuisance. The nuisance must stand just before it and nothing else in the message may be a sign but the nuisance's own time: "i'm going to die tonight, i
 * have the pills" names a time and a means, and "rough week. i'm going to die" names no nuisance.
 */
export function dyingAtANuisance(words: HyperboleWords, sentences: readonly Sentence[], perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  const bareDying = words.bareDying;
  if (bareDying === undefined || hit.concept !== 'intent') return false;
  const sentence = sentences[index]!;
  const hits = perSentence[index]!;
  let from = hit.start;
  while (from > 0 && !sentence[from - 1]!.punct) from--;
  for (let i = from; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.punct || bareDying.has(token.norm) || hits.some((laugh) => laugh.concept === JOKE && laugh.start <= i && i < laugh.end)) continue;
    return false;
  }
  const nuisanceBefore = from > 0 ? hits.some((nuisance) => nuisance.concept === MISHAP && nuisance.end <= from) : has(perSentence[index - 1], MISHAP);
  if (!nuisanceBefore) return false;
  for (let other = 0; other < perSentence.length; other++) {
    // A time told with the nuisance ("the leaf blower started at 6am") is the nuisance's; one after the dying is not bare.
    const nuisanceSentence = other === index || (from === 0 && other === index - 1);
    for (const sign of perSentence[other]!) if (!isFrame(sign.concept) && !(nuisanceSentence && hints[sign.concept]?.kind === 'time') && !(other === index && sign.start >= from)) return false;
  }
  return true;
}
