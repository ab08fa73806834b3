import { frameId, type Hit } from './match.js';

/**
 * "llamé a la línea de prevención del suicidio y no contestan, tengo las pastillas en la mano", "called the suicide
 * prevention line, on hold for 20 min": a helpline someone called, texted or dialled (frame `lineReached`, spanning the call
 * and the line's name) is where they turned, not a topic. The risk words of its name are its name, never a sign, and its
 * name is no training talk, so the rest of the sentence is read as told. Whose call it is, the sentence still says.
 */
const LINE_REACHED = frameId('lineReached');

export function insideLineReached(all: readonly Hit[], hit: Hit): boolean {
  return all.some((frame) => frame.concept === LINE_REACHED && frame.start <= hit.start && hit.end <= frame.end);
}
