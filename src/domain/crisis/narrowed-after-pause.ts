import { frameId, isFrame, type Hit } from './match.js';
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
  if (!goings.has(hit.concept)) return hit.concept === 'hopelessness' && sighedAtAfterPause(sentence, hit.end, next, hit);
  const reach = goingReach(all, hit);
  if (all.some((frame) => frame.concept === NARROWED_TO && frame.start === reach)) return true;
  if (reach >= sentence.length && next !== undefined && next.some((frame) => frame.concept === NARROWED_TO && frame.start === 0)) return true;
  return sighedAtAfterPause(sentence, reach, next, hit);
}

const IDIOM = frameId('idiom');
/** Words a wish may trail before its pause and still be bare: "no quiero vivir así...". */
const trailing: ReadonlySet<string> = new Set(['asi', 'ya', 'mas', 'like', 'this']);

/**
 * "no quiero vivir así... con este wifi tan lento jaja", "me quiero morir... de la vergüenza": a wish said bare, closed by a
 * pause, then the nuisance or the feeling it was said at opening the next sentence (an idiom frame at its start, as "con este
 * wifi" or "de la vergüenza" is right after the wish in one sentence), or a bearing no more ("ya no aguanto más... este calor").
 * Only a wish or a bearing no more: a means or a plan is never so explained,
 * and a next sentence that holds a sign of its own ("... con estas pastillas") explains nothing.
 */
function sighedAtAfterPause(sentence: Sentence, reach: number, next: readonly Hit[] | undefined, hit: Hit): boolean {
  if ((hit.concept !== 'wish-dead' && hit.concept !== 'hopelessness') || next === undefined) return false;
  for (let i = reach; i < sentence.length; i++) if (!sentence[i]!.punct && !trailing.has(sentence[i]!.norm)) return false;
  return next.some((frame) => frame.concept === IDIOM && frame.start === 0) && next.every((other) => isFrame(other.concept));
}

/** Where the going reaches: "me despido" ends where the "me despido de este mundo" read over it ends. */
function goingReach(all: readonly Hit[], hit: Hit): number {
  let end = hit.end;
  for (const other of all) if (goings.has(other.concept) && other.start < end && hit.start < other.end && other.end > end) end = other.end;
  return end;
}
