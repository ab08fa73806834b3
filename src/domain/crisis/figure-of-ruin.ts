import { frameId, type Hit } from './match.js';

/**
 * "meterse a la carretera en semana santa es un suicidio", "pedirle aumento hoy es suicidio": an everyday deed, said before it,
 * called suicide (frame `deedAsRuin`, spanning the word) is a reckless move, not anyone's death or wish. Only the word of
 * suicide and a death or a disclosure read over it are cleared; any other sign in the sentence keeps its weight.
 */
const DEED_AS_RUIN = frameId('deedAsRuin');

const figures: ReadonlySet<string> = new Set(['suicidal-thoughts', 'other-death', 'other-disclosure']);

export function deedCalledSuicide(all: readonly Hit[], hit: Hit): boolean {
  return figures.has(hit.concept) && all.some((frame) => frame.concept === DEED_AS_RUIN && frame.start < hit.start && hit.end <= frame.end);
}
