import { hints } from './concepts.js';
import { frameId, isFrame, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const TIRING_STRETCH = frameId('tiringStretch');

/** A rest ("sleep", "rest", "crash") and a length with an end ("long", "while"); "forever", "for good" name none. */
const restWords: ReadonlySet<string> = new Set(['sleep', 'sleeping', 'rest', 'resting', 'crash', 'nap', 'hibernate']);
const longWords: ReadonlySet<string> = new Set(['long', 'while']);
const endless: ReadonlySet<string> = new Set(['forever', 'ever', 'good', 'permanently', 'eternity']);

/**
 * "gonna log off and sleep for a long time, been a brutal week", "logging off to rest for a long while after this double": a long
 * rest told with the stretch of work that earned it (frame `tiringStretch`, in the rest's sentence or one beside it) is rest, not a
 * wish to be gone. Only when the rest is the message's only sign but plans and times: "sleep forever" names no end, and "...for a
 * long time, i cant do this anymore" or a means beside it are read as they stand. read-sentence.ts then tells the learned opinion so.
 */
export function restEarnedByWork(sentences: readonly Sentence[], perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  if (hit.concept !== 'wish-dead' && hit.concept !== 'finality') return false;
  const sentence = sentences[index]!;
  let rest = false;
  let long = false;
  for (let i = hit.start; i < hit.end; i++) {
    const word = sentence[i]!;
    if (endless.has(word.norm)) return false;
    if (restWords.has(word.norm) || restWords.has(word.lemma)) rest = true;
    if (longWords.has(word.norm)) long = true;
  }
  if (!rest || !long) return false;
  const near = [index - 1, index, index + 1].filter((at) => at >= 0 && at < perSentence.length);
  if (!near.some((at) => perSentence[at]!.some((stretch) => stretch.concept === TIRING_STRETCH))) return false;
  // Nothing else in the message may be a sign: a rest covered by the same span, a plan to log off, a time.
  for (let other = 0; other < perSentence.length; other++) {
    for (const sign of perSentence[other]!) {
      if (isFrame(sign.concept) || sign.concept === 'plan-talk' || hints[sign.concept]?.kind === 'time') continue;
      if (other === index && (sign.concept === 'wish-dead' || sign.concept === 'finality') && sign.start < hit.end && hit.start < sign.end) continue;
      return false;
    }
  }
  return true;
}
