import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/** Words that deny a use: "not for shaving", "they aren't for my legs". */
const denials: ReadonlySet<string> = new Set(['not', 'nothing', 'arent', 'isnt', "n't"]);

/**
 * "bought a new pack of razors today. not for shaving": a means whose own words deny its everyday use
 * (languages/en/own-harm-escalated-and-dated.ts). The everyday word named after the denial ("shaving") is what the means is
 * not for, so it must not explain the means away as an idiom of everyday use would.
 */
export function useDeniedInMatch(sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'means-hint') return false;
  for (let i = hit.start; i + 1 < hit.end; i++) if (denials.has(sentence[i]!.norm) && sentence[i + 1]!.norm === 'for') return true;
  return false;
}
