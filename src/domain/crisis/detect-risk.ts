import { screenText } from './screen.js';

/**
 * The old screen's shape, kept only until its last callers (src/core/bot.ts, crisis-reply.ts) move
 * onto screenText() on the crisis-routes branch; then this file goes.
 */
export type RiskKind = 'self' | 'harm-from-others' | 'unclear' | 'someone-else';

export interface RiskAssessment {
  kind: RiskKind | null;
  rules: string[];
}

/** @deprecated use screenText() */
export function detectRisk(text: string): RiskAssessment {
  const { route, concepts } = screenText(text);
  const kind: RiskKind | null = route === 'imminent' || route === 'possible' ? 'self' : route;
  return { kind, rules: concepts };
}
