import type { Hit } from './match.js';

/**
 * "my mom keeps telling me i should have died", "he says he wishes i was never born": a wish to be dead that lies inside
 * harm told to the writer (a threat whose teller is named before it) is the teller's wish on the writer, not the writer's
 * own. Only a wish to be dead: "told me to kill myself" keeps the writer's reading of thoughts of suicide as well.
 */
export function deathWishedOnWriter(hits: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== 'wish-dead') return false;
  return hits.some((harm) => harm.concept === 'threat' && harm.start < hit.start && hit.start < harm.end);
}
