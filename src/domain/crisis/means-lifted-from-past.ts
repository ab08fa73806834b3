import { recentInClause } from './clauses.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/** Concepts that name a means or a place, which everyday use nearby makes ordinary. */
export const meansOrPlace: ReadonlySet<string> = new Set(['method', 'means-hint', 'place', 'taken-hint']);

/**
 * "5 years sober and i just poured a fifth, the pills are next to me": a means or a place at hand is lifted out of a past told in the
 * sentence by a recent word in its own clause, or standing after the past and before it.
 */
export function meansLiftedFromPast(lexicon: Lexicon, sentence: Sentence, hit: Hit, all: readonly Hit[]): boolean {
  if (!meansOrPlace.has(hit.concept)) return toldNowAfterRecoveryCount(sentence, hit, all);
  const insidePast = (h: Hit) => all.some((span) => span.concept === DISTANT_PAST && span.start <= h.start && h.end <= span.end);
  const recentOutside = all.filter((h) => h.concept === RECENT && !insidePast(h) && (h.start < hit.start || h.start >= hit.end));
  let pastEnd = -1;
  for (const span of all) if (span.concept === DISTANT_PAST && span.end <= hit.start && span.end > pastEnd) pastEnd = span.end;
  return recentInClause(lexicon, sentence, hit, recentOutside, false) || (pastEnd >= 0 && recentOutside.some((h) => h.start >= pastEnd && h.start < hit.start)) || toldNowAfterRecoveryCount(sentence, hit, all);
}

/**
 * "36 months clean and tonight im using all of it", "9 years clean and im going to use enough that it ends it": a count of clean or
 * sober time is how long a recovery has lasted, not when the risk was. Any sign after it is lifted when the words between them, or the
 * sign's own, are told as now or ahead ("tonight", "im", "going to"); "10 years sober and i spoke about when i wanted to die" stays past.
 */
function toldNowAfterRecoveryCount(sentence: Sentence, hit: Hit, all: readonly Hit[]): boolean {
  for (const span of all) {
    if (span.concept !== DISTANT_PAST || span.end > hit.start) continue;
    let recovery = false;
    for (let i = span.start; i < span.end; i++) if (recoveryWords.has(sentence[i]!.norm)) recovery = true;
    if (!recovery) continue;
    for (let i = span.end; i < hit.end; i++) if (nowWords.has(sentence[i]!.norm)) return true;
  }
  return false;
}

const nowWords: ReadonlySet<string> = new Set(['am', 'going', 'gonna', 'will', 'now', 'tonight', 'today', 'rn', 'again']);
const recoveryWords: ReadonlySet<string> = new Set(['sober', 'clean', 'recovery']);
const DISTANT_PAST = frameId('distantPast');
const RECENT = frameId('recent');
