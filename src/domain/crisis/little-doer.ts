import { routeOfConcept } from './concepts.js';
import { frameId, type Hit } from './match.js';

/**
 * "my toddler locked me out on the balcony lol", "mi hijo de dos años me dejó encerrada afuera": harm whose doer, named right
 * before it, is a small child or a pet (frame `littleDoer`) is a household mishap, not harm from others. Only a doer standing
 * right before the act counts ("shot my dog and told me i'd be next" stays harm), and "baby" is no such doer ("my baby father").
 */
const LITTLE_DOER = frameId('littleDoer');

export function doneByLittleOne(hits: readonly Hit[], hit: Hit): boolean {
  if (routeOfConcept(hit.concept) !== 'harm-from-others') return false;
  return hits.some((other) => other.concept === LITTLE_DOER && other.end === hit.start);
}
