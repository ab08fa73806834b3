import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';

const WELL_NOW = frameId('wellNow');
const COPED = frameId('coped');

/**
 * "my client's safety plan worked, she called her sister instead of using and she's doing okay": when the reading found nothing,
 * someone's way of coping used instead of the harm (frame `coped`) beside how they are now (frame `wellNow`) is good news told,
 * not a crisis; read.ts records it as told as over, so the learned opinion, which reads the harm's words ("using", "safety
 * plan") as the case talk it was trained on, adds no route of its own. A crisis the patterns read ("...instead of using, but
 * last night she said she wants to die") is never asked about.
 */
export function copedAndWell(perSentence: readonly Hit[][]): boolean {
  return inAny(perSentence, COPED) && inAny(perSentence, WELL_NOW);
}
