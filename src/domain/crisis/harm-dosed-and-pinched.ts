import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "my girlfriend checks my body every night and pinches the fat until it bruises", "mi novia me pellizca hasta dejarme
 * moretones": a self-harm reading ("until it bruises") that lies inside someone's violence to the writer (a
 * `partner-violence` hit that opens on the doer before it, languages/en/harm-dosed-and-pinched.ts) is the doer's act on the
 * writer, not the writer's own harm. Only self-harm: a wish or a plan beside it stays the writer's.
 */
export function bruisedByAnother(hits: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== 'self-harm') return false;
  return hits.some((harm) => harm.concept === 'partner-violence' && harm.start < hit.start && hit.end <= harm.end);
}

/** Purging drugs named inside a harm (languages/en/harm-dosed-and-pinched.ts, languages/es/harm-dosed-and-pinched.ts). */
const purgingDrugs: ReadonlySet<string> = new Set(['laxatives', 'laxative', 'laxies', 'diuretics', 'diuretic', 'ipecac', 'senna', 'dulcolax', 'exlax', 'laxantes', 'laxante', 'diureticos', 'diuretico', 'purgante', 'purgantes', 'quemagrasas']);

/**
 * "mi hermana me echó laxantes en el café": the drink named after a purging drug slipped into it is where the harm went,
 * never the idiom of a drink finished ("me tomé todo el café") that would explain the harm away.
 */
export function dosedByAnother(sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'partner-violence') return false;
  for (let i = hit.start; i < hit.end; i++) if (purgingDrugs.has(sentence[i]!.norm)) return true;
  return false;
}
