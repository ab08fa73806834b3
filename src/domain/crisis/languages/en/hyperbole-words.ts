import type { HyperboleWords } from '../../hyperbole.js';

/** English words for hyperbole taken back (hyperbole.ts): conditions, losses and times, "one more" nuisances, moving on, bare denials, groans. */
export const englishHyperboleWords: HyperboleWords = {
  conditionals: new Set(['if', 'unless']),
  notNuisance: new Set(['leave', 'dump', 'break', 'die', 'lose', 'cheat', 'divorce', 'find', 'take', 'tonight', 'tomorrow', 'today', 'now', 'rn', 'tn']),
  lifeSpans: new Set(['day', 'night', 'week', 'month', 'year', 'hour', 'minute', 'second', 'chance', 'breath', 'try', 'attempt', 'loss', 'goodbye', 'thing', 'straw']),
  movingOn: new Set(['anyway', 'anyways', 'anyhoo', 'metaphorically', 'figuratively']),
  denialWords: new Set(['i', 'am', 'will', 'm', 'obviously', 'really', 'actually', 'of', 'course', 'lol']),
  groans: new Set(['ugh', 'smh', '😭', '🙄']),
  // A dying exclaimed bare ("i'm going to die", "im literally gonna die"; dying-at-a-nuisance.ts); English names no weather, so
  // weather-sigh.ts reads none of it.
  bareDying: new Set(['i', 'am', 'm', 'im', 'going', 'gonna', 'gon', 'finna', 'to', 'die', 'literally', 'actually', 'ok', 'okay', 'omg', 'so', 'just', 'genuinely', 'about']),
};
