import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';

const TAPERED = frameId('tapered');
const DISTANT_PAST = frameId('distantPast');

/**
 * "ya no tomo esas pastillas hace 2 años, el psiquiatra me las fue bajando de a poquito": when the reading found nothing, a
 * medicine the prescriber lowered little by little (frame `tapered`) is a recovery told, not pills at hand; read.ts records it
 * as told as over, so the learned opinion, which reads "ya no tomo esas pastillas" as the stockpiling it was trained on, adds
 * no route. Only with the stop told as long past ("hace 2 años"): "me las fue bajando pero las guardé todas para el viernes" keeps
 * the learned opinion's reading, and a risk the patterns read beside it is never asked about.
 */
export function doseTaperedOff(perSentence: readonly Hit[][]): boolean {
  return inAny(perSentence, TAPERED) && inAny(perSentence, DISTANT_PAST);
}
