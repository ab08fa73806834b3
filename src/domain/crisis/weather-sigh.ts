import type { HyperboleWords } from './hyperbole.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "na'guará qué calor en maracaibo, me estoy muriendo", "qué frío, me muero": dying said bare (no wish, no act) after the weather
 * exclaimed in its own sentence is the weather. "qué calor y me quiero morir" names a wish and stays; so does dying told before the
 * weather or in another sentence.
 */
export function dyingOfTheWeather(words: HyperboleWords, sentence: Sentence, hit: Hit): boolean {
  const { weather, bareDying } = words;
  if (weather === undefined || bareDying === undefined) return false;
  for (let i = hit.start; i < hit.end; i++) if (!bareDying.has(sentence[i]!.norm)) return false;
  for (let i = 0; i < hit.start; i++) if (weather.has(sentence[i]!.norm)) return true;
  return false;
}
