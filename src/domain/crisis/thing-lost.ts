import { frameId, type Hit } from './match.js';

/**
 * "perdimos el partido en el último minuto", "perdimos el vuelo": a loss whose object, read from the verb on (frame
 * `thingLost`), is a game, a minute, a ride or a case. The death of someone else read over the same verb ("perdimos _ el", the
 * article taken for "him") is then no death; "perdimos a un participante" names a person and no such thing.
 */
const THING_LOST = frameId('thingLost');

export function thingLostNamed(all: readonly Hit[], hit: Hit): boolean {
  return hit.concept === 'other-death' && all.some((frame) => frame.concept === THING_LOST && frame.start === hit.start && frame.end > hit.end);
}
