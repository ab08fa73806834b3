import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "tengo ganas de desaparecer... del chat de mamás", "me despido de este mundo... de las redes por una semana": a going said
 * big, then narrowed to the chat, the group or the office it leaves (frame `narrowedTo`), right after the going's words in its
 * sentence or opening the next one when the going closes its own (Spanish cuts at "..."). Only a going, a goodbye or an ending
 * is narrowed so; a means, a plan or self-harm never is, and "quiero desaparecer... del mundo" names no such place.
 */
const NARROWED_TO = frameId('narrowedTo');

const goings: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts', 'finality', 'goodbye-hint', 'absence', 'intent']);

export function narrowedAfterPause(sentence: Sentence, all: readonly Hit[], next: readonly Hit[] | undefined, hit: Hit): boolean {
  if (!goings.has(hit.concept)) return false;
  const reach = goingReach(all, hit);
  if (all.some((frame) => frame.concept === NARROWED_TO && frame.start === reach)) return true;
  return reach >= sentence.length && next !== undefined && next.some((frame) => frame.concept === NARROWED_TO && frame.start === 0);
}

/** Where the going reaches: "me despido" ends where the "me despido de este mundo" read over it ends. */
function goingReach(all: readonly Hit[], hit: Hit): number {
  let end = hit.end;
  for (const other of all) if (goings.has(other.concept) && other.start < end && hit.start < other.end && other.end > end) end = other.end;
  return end;
}
