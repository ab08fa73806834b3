import { detectRisk } from './detect-risk.js';

/**
 * The four crisis routes, each with its own reply (issue 13):
 * - `imminent`: plan, means, intent, a time, preparations: emergency number and lines first, then "Are you safe right now?".
 * - `possible`: wish to be dead, hopelessness, feeling a burden, self-harm thoughts: ask directly "Are you thinking about suicide?".
 * - `harm-from-others`: partner or family violence, sexual assault, stalking, threats: safety lines first.
 * - `someone-else`: a client's or participant's crisis told by the peer specialist: secondary-trauma care and a debrief offer.
 */
export type CrisisRoute = 'imminent' | 'possible' | 'harm-from-others' | 'someone-else';

/** A language the screen reads (ISO 639-1). Replies follow it where the project has copy for it. */
export type ScreenLanguage = 'en' | 'es';

export interface RiskScreen {
  route: CrisisRoute | null;
  /** The language the text was read as; replies are written in it when the route fires. */
  language: ScreenLanguage;
  /** Stable ids of the concepts that fired (never the words), so they can be logged and counted. */
  concepts: string[];
}

/**
 * The one entry point every caller uses: reads free text for risk and picks the route.
 * It never throws, and is linear in the text's length.
 */
export function screenText(text: string): RiskScreen {
  // Temporary bridge onto the old screen until the language screen replaces it.
  const old = detectRisk(text);
  const route: CrisisRoute | null =
    old.kind === null
      ? null
      : old.kind === 'harm-from-others'
        ? 'harm-from-others'
        : old.kind === 'someone-else'
          ? 'someone-else'
          : old.rules.includes('method')
            ? 'imminent'
            : 'possible';
  return { route, language: /\b(?:quiero|morir|matarme|suicidarme)\b/i.test(text) ? 'es' : 'en', concepts: old.rules };
}
