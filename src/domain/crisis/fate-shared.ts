import { frameId, type Hit } from './match.js';

const FATE_SHARED = frameId('fateShared');

/**
 * "the audit is tomorrow, we're all gonna die", "all of us are going to die someday": a death the writer shares with everyone
 * is fatalism or a joke, not the writer's intent. The frame begins before the dying and reaches its end.
 */
export function fateShared(all: readonly Hit[], hit: Hit): boolean {
  return hit.concept === 'intent' && all.some((frame) => frame.concept === FATE_SHARED && frame.start <= hit.start && frame.end >= hit.end);
}
