import { clausesOf, normalizeForDetection } from './normalize.js';
import { harmFromOthersPatterns, idioms, negation, selfRiskPatterns, someoneElse, thirdPartyRisk, type RiskPattern } from './patterns.js';

/**
 * - `self`: the writer may be at risk.
 * - `harm-from-others`: the writer may be in danger from someone.
 * - `unclear`: risk words, but whose risk is not said.
 * - `someone-else`: the writer describes another person's crisis (a peer specialist's secondary trauma).
 */
export type RiskKind = 'self' | 'harm-from-others' | 'unclear' | 'someone-else';

export interface RiskAssessment {
  kind: RiskKind | null;
  /** Ids of the rules that fired; never the text itself, so this can be logged. */
  rules: string[];
}

/** Rules whose words already say the risk is the writer's own ("myself", "my life", "I'm a burden"). */
const firstPersonRules = new Set(['kill-self', 'end-life', 'burden', 'not-here', 'not-want-to-live', 'other-languages', 'sleep-forever']);
/** Rules that, with nobody else named, read as the writer's own ("what's the point of living"). */
const impliedSelfRules = new Set(['no-reason', 'cannot-go-on', 'want-to-die', 'dead-inside', 'self-harm']);
const writerMarkers = /\b(?:i|i'm|im|i've|ive|me|myself|i'd|i'll)\b/;

/**
 * Reads free text for signs of risk. It errs towards sensitivity: a false alarm costs one gentle
 * message. It is a screen that decides which message to show, never a judgement about a person.
 */
export function detectRisk(text: string): RiskAssessment {
  let normalized = normalizeForDetection(text);
  for (const idiom of idioms) normalized = normalized.replace(idiom, ' … ');
  const kinds = new Set<RiskKind>();
  const rules = new Set<string>();

  for (const clause of clausesOf(normalized)) {
    const aboutOther = someoneElse.test(clause);
    for (const id of firing(selfRiskPatterns, clause)) {
      rules.add(id);
      if (firstPersonRules.has(id)) kinds.add('self');
      else if (aboutOther) kinds.add('someone-else');
      else kinds.add(impliedSelfRules.has(id) || writerMarkers.test(clause) ? 'self' : 'unclear');
    }
    for (const id of firing(harmFromOthersPatterns, clause)) {
      rules.add(id);
      kinds.add('harm-from-others');
    }
    if (aboutOther && thirdPartyRisk.test(clause)) {
      rules.add('someone-else');
      kinds.add('someone-else');
    }
  }
  const order: RiskKind[] = ['self', 'harm-from-others', 'unclear', 'someone-else'];
  return { kind: order.find((kind) => kinds.has(kind)) ?? null, rules: [...rules] };
}

function firing(patterns: RiskPattern[], clause: string): string[] {
  return patterns
    .filter(({ pattern }) => {
      const match = pattern.exec(clause);
      return match !== null && !negation.test(clause.slice(0, match.index));
    })
    .map(({ id }) => id);
}
