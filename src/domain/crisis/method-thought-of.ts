import { frameId, type Hit } from './match.js';

/**
 * "a veces pienso en tirarme al metro", "cada vez que cruzo el puente pienso en aventarme": a method that is only the object of
 * the writer's thinking (frame `methodThoughtOf`, ending where the method starts) is a thought of suicide with a method, which
 * the corpus reads as possible, not a method at hand. A time, a means or a place said beside it still raises it (read.ts weighs
 * the hints against the thought), so "pienso en tirarme del puente esta noche" and "... ya estoy en el puente" stay imminent.
 */
const THOUGHT_OF = frameId('methodThoughtOf');

export function methodOnlyThoughtOf(all: readonly Hit[], hit: Hit): boolean {
  return hit.concept === 'method' && all.some((frame) => frame.concept === THOUGHT_OF && frame.end === hit.start);
}

/** "pienso en aventarme al río": the thinking read as plan talk is the thought itself, not a plan, where it opens the frame. */
export function planTalkIsTheThought(all: readonly Hit[], hit: Hit): boolean {
  return hit.concept === 'plan-talk' && all.some((frame) => frame.concept === THOUGHT_OF && frame.start === hit.start);
}
