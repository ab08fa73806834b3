/** Whether a message tells a crisis as happening now: help on its way, or a time of now. Read by read.ts. */
import { has } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const TRAINING = frameId('training');
const CURRENT = frameId('current');

/** Words of help on its way: beside them a crisis is happening, whatever question is asked around it. */
const helpCalled: ReadonlySet<string> = new Set(['911', 'ambulance', 'paramedics', 'ems', 'police', 'cops', 'dispatch', 'dispatched']);
/** Times of the current frame that also fill work questions ("do we still report", "the meeting yesterday"). */
const looseNow: ReadonlySet<string> = new Set(['still', 'again', 'yesterday', 'earlier', 'overnight', 'relapsed', 'relapsing']);

/** The message tells something as happening: help called (not asked about), or a time of now ("tonight", "20 minutes ago"). */
export function toldAsHappening(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const asked = sentence[sentence.length - 1]?.norm === '?' || has(perSentence[index], TRAINING);
    if (!asked) for (const token of sentence) if (helpCalled.has(token.norm)) return true;
    for (const hit of perSentence[index]!) if (hit.concept === CURRENT && !looseNow.has(sentence[hit.start]!.norm)) return true;
  }
  return false;
}
