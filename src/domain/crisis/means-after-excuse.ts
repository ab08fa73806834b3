/**
 * "no quiero despertar mañana, tengo examen y ya compré la cuerda": an everyday excuse told right after a sigh ("…mañana tengo
 * examen") turns the sigh into talk, but not when the writer then names a means or a preparation of their own in the same
 * sentence. The excuse explains the sigh; nothing explains the rope. Without this the sigh was set aside, and the means, a hint
 * that counts only beside a sign, was left with none ("me quiero morir, mañana tengo examen y ya tengo las pastillas juntadas"
 * read nothing).
 */
import { isNegated } from './clauses.js';
import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

/** Hints of acting that no excuse explains when they are the writer's own. */
const acting: ReadonlySet<string> = new Set(['means-hint', 'preparation-hint', 'farewell-hint', 'taken-hint', 'plan-hint']);
const EVERYDAY = frameId('everyday');
/** How far an everyday use ("las pastillas de la presión", "para el dolor") still explains a means. */
const USE_REACH = 6;

/** A means or preparation of the writer's, told after the excuse that follows `sigh`, and not denied or explained by its use. */
export function meansAfterExcuse(lexicon: Lexicon, sentence: Sentence, all: readonly Hit[], sigh: Hit): boolean {
  for (const hint of all) {
    if (!acting.has(hint.concept) || hint.start <= sigh.end + 1) continue;
    if (isNegated(lexicon, sentence, hint) || subjectOf(lexicon, sentence, hint) === 'other') continue;
    if (all.some((use) => use.concept === EVERYDAY && Math.abs(use.start - hint.start) <= USE_REACH)) continue;
    return true;
  }
  return false;
}
