import type { HyperboleWords } from './hyperbole.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "na'guará qué calor en maracaibo, me estoy muriendo", "qué frío, me muero", "el tráfico en la autopista, ya no aguanto más": dying
 * or not bearing it said bare (no wish, no act, nothing after it borne) after the weather or the traffic in its own sentence is
 * theirs. "qué calor y me quiero morir" names a wish and stays; so does a sigh told before the weather or in another sentence.
 */
export function dyingOfTheWeather(words: HyperboleWords, sentence: Sentence, hit: Hit): boolean {
  const { weather, bareDying } = words;
  if (weather === undefined || bareDying === undefined) return false;
  for (let i = hit.start; i < hit.end; i++) if (!bareDying.has(sentence[i]!.norm)) return false;
  // "ya no aguanto más la vida": something borne named after it.
  let end = hit.end;
  while (end < sentence.length && bareDying.has(sentence[end]!.norm)) end++;
  if (end < sentence.length && !sentence[end]!.punct) return false;
  for (let i = 0; i < hit.start; i++) if (weather.has(sentence[i]!.norm)) return true;
  return false;
}
