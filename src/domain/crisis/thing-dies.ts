import { frameId, type Hit } from './match.js';

/**
 * "my phone is gonna die", "lol my plants are definitely gonna die while i'm at the conference", "the battery is going to die":
 * a dying whose subject, named right before it, is a thing, a plant or a pet (frame `dyingThing`, languages/en/frames-things-named.ts)
 * is that thing's, never the writer's intent. Only a subject that ends where the dying starts counts ("my phone is dead and i
 * am going to die tonight" keeps the writer's words).
 */
const DYING_THING = frameId('dyingThing');

export function diesAsAThing(hits: readonly Hit[], hit: Hit): boolean {
  return hit.concept === 'intent' && hits.some((thing) => thing.concept === DYING_THING && thing.end === hit.start);
}
