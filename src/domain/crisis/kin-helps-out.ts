import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';

const KIN_HELPS_OUT = frameId('kinHelpsOut');

/**
 * "mi tía me espera en la central a las 8 para ir a la clínica", "mi hermano me revisa las tareas de mate": when the reading found
 * nothing (read.ts asks only then), a relative waiting to take the writer on an errand or checking their schoolwork (frame
 * `kinHelpsOut`) is help; read.ts records it as a going explained, so the learned opinion, which reads "me espera" and "me revisa"
 * as the stalking and control it was trained on, adds no route of its own. Harm the patterns read beside it stands, and an ex or a
 * partner waiting is no such help ("mi ex me espera afuera del trabajo").
 */
export function kinHelpsOut(perSentence: readonly Hit[][]): boolean {
  return inAny(perSentence, KIN_HELPS_OUT);
}
