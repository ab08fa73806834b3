import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence, Token } from './tokens.js';

/**
 * Clauses and negation: where a clause starts and ends, and whether a negator is bound to a match's
 * predicate. Negation is read here, not from the model, because the model's flag runs to the next
 * punctuation ("not fine and I want to die").
 */

/** The clause around a hit: from the last break before it to the next break after it. */
export function clauseOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): [number, number] {
  let from = hit.start;
  while (from > 0 && !isBreak(lexicon, sentence[from - 1]!)) from--;
  let to = hit.end;
  while (to < sentence.length && !isBreak(lexicon, sentence[to]!)) to++;
  return [from, to];
}

export function isBreak(lexicon: Lexicon, token: Token): boolean {
  return (token.punct && token.norm !== "'") || lexicon.clauseBreaks.has(token.norm);
}

/**
 * Negation bound to the predicate: a negator counts only when it comes shortly before the concept,
 * in the same clause, with no new subject in between ("I'm not fine and I want to die" is not negated;
 * "I don't want to die" is). "can't stop thinking about it" turns it back.
 */
export function isNegated(lexicon: Lexicon, sentence: Sentence, hit: Hit, hedges = false): boolean {
  let flipped = false;
  if (lexicon.negationBarriers?.has(sentence[hit.start]!.norm)) return false;
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 6); i--) {
    const token = sentence[i]!;
    // "never once thought about it": "once" right after its negator is part of the negation, not a clause of its own.
    // "no estoy pa morirme": "para" right after a state with its negator before it is that state's ("estar para"), not a clause.
    const partOfNegation = (token.norm === 'once' && lexicon.negators.has(sentence[i - 1]?.norm ?? '')) || stateBarrier(lexicon, sentence, i);
    if (isBreak(lexicon, token) || (lexicon.negationBarriers?.has(token.norm) && !partOfNegation)) return false;
    if (lexicon.negationFlips.has(token.norm)) flipped = true;
    // "it's not like he hits me": with `hedges`, a negated "like" before a new subject downplays, it does not deny.
    if (hedges && lexicon.negators.has(token.norm) && lexicon.hedgeWords?.has(sentence[i + 1]?.norm ?? '') && i + 2 <= hit.start && lexicon.subjectPronouns.has(sentence[i + 2]?.norm ?? '')) return false;
    // "when i said no he shoved me", "told him no and he hit me": a "no" said as the answer is what was said, no negation.
    if (lexicon.negators.has(token.norm) && answerSaid(lexicon, sentence, i)) return false;
    if (lexicon.negators.has(token.norm)) return !flipped;
    if (lexicon.subjectPronouns.has(token.norm) && ((i < hit.start - 1 && !linkedToState(lexicon, sentence, i, hit.start)) || startsClause(lexicon, sentence, i))) return false;
  }
  return false;
}

/**
 * "wouldn't say i'm suicidal", "don't think i'm hopeless": a carrier of negation in its plain form, the subject, one linking verb,
 * then the sign. The negation reaches across them as it does across "wouldn't say i" alone; not across a report of the past
 * ("never said im suicidal but i am") nor a subject after any other word ("the board denied me i been wanting to disappear").
 */
function linkedToState(lexicon: Lexicon, sentence: Sentence, subject: number, sign: number): boolean {
  const verb = sentence[subject + 1];
  const carrier = sentence[subject - 1];
  if (sign !== subject + 2 || verb === undefined || carrier === undefined || carrier.norm !== carrier.lemma) return false;
  return lexicon.negationCarriers?.has(carrier.norm) === true && (lexicon.linkingVerbs?.has(verb.lemma) === true || lexicon.linkingVerbs?.has(verb.norm) === true);
}

/** A bare "no" right after a verb of saying, or after the one told ("said no", "told him no"): the answer itself. */
function answerSaid(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  if (sentence[at]!.norm !== 'no') return false;
  let verb = at - 1;
  if (lexicon.toldPersons?.has(sentence[verb]?.norm ?? '')) verb--;
  const before = sentence[verb];
  return before !== undefined && (lexicon.reportVerbs.has(before.norm) || lexicon.reportVerbs.has(before.lemma));
}

/** "i don't know i want to die": a subject after a verb that is no carrier of negation starts a new clause. */
function startsClause(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  // "didn't mention that i bought a rope", "didn't tell her i want to die": a "that" and the one told stand between the
  // telling verb and the clause it reports; the negation stays on the telling.
  let verb = at - 1;
  if (sentence[verb]?.norm === 'that' && verb > 0) verb--;
  if (lexicon.toldPersons?.has(sentence[verb]?.norm ?? '') && sentence[verb - 1]?.pos === 'VERB') verb--;
  const before = sentence[verb];
  if (before === undefined || lexicon.negators.has(before.norm) || lexicon.negationCarriers === undefined) return false;
  if (before.pos !== 'VERB' && before.pos !== 'INTJ') return false;
  // "wouldn't say I'm hopeless": a carrier right after its negator; "don't know what to say, I want to die" is not one.
  const carrier = lexicon.negationCarriers.has(before.norm) || lexicon.negationCarriers.has(before.lemma);
  return !(carrier && [1, 2].some((back) => lexicon.negators.has(sentence[verb - back]?.norm ?? '')));
}

/** "my partner would never hurt me": a negator inside a match whose pattern does not ask for one, and no "stop" after it. */
export function negatedInside(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (hit.negates) return false;
  let negated = false;
  for (let i = hit.start + 1; i < hit.end - 1; i++) {
    const word = sentence[i]!.norm;
    if (lexicon.negators.has(word)) negated = true;
    else if (negated && lexicon.negationFlips.has(word)) negated = false;
  }
  return negated;
}


/**
 * A `frame:recent` hit ("last night", "again") starts in the hit's clause; with `outsidePast`, only one that is not inside a
 * distant past ("5 years ago today": the anniversary is not the present).
 */
export function recentInClause(lexicon: Lexicon, sentence: Sentence, hit: Hit, frames: readonly Hit[], outsidePast: boolean): boolean {
  const [from, to] = clauseOf(lexicon, sentence, hit);
  for (const recent of frames) {
    if (recent.concept !== RECENT || recent.start < from || recent.start >= to) continue;
    if (outsidePast && frames.some((span) => span.concept === DISTANT_PAST && span.start <= recent.start && recent.end <= span.end)) continue;
    return true;
  }
  return false;
}
const RECENT = 'frame:recent';
const DISTANT_PAST = 'frame:distantPast';

/** "should just kms", "gonna kms": the slang said with a modal before it, in its clause. */
export function isMeant(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const [from] = clauseOf(lexicon, sentence, hit);
  for (let i = Math.max(from, hit.start - 3); i < hit.start; i++) if (lexicon.modals.has(sentence[i]!.norm)) return true;
  return false;
}
export function clauseStart(lexicon: Lexicon, sentence: Sentence, at: number): number {
  let from = at;
  while (from > 0 && !isBreak(lexicon, sentence[from - 1]!)) from--;
  return from;
}

/**
 * An everyday use denied: "bought rope and it's not for the climbing gym", "no vine a pescar", "compré una cuerda y no era pa
 * la mudanza". A purpose word that bars negation ("para") may open the use, so a negator one or two words before it denies the
 * use too. A negator right before the use names it ("no signal", "sin señal" is the trip's own word), it does not deny it.
 */
export function useDenied(lexicon: Lexicon, sentence: Sentence, use: Hit): boolean {
  if (lexicon.negators.has(sentence[use.start - 1]?.norm ?? '')) return false;
  if (isNegated(lexicon, sentence, use)) return true;
  for (let i = use.start - 1; i >= Math.max(1, use.start - 3); i--) {
    if (lexicon.negationBarriers?.has(sentence[i]!.norm)) return [1, 2].some((back) => lexicon.negators.has(sentence[i - back]?.norm ?? ''));
  }
  return false;
}

/** "no estoy pa(ra)": a barrier right after a state word that a negator stands right before. */
function stateBarrier(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  const state = sentence[at - 1]?.norm ?? '';
  return (lexicon.barrierStates?.has(state) ?? false) && lexicon.negators.has(sentence[at - 2]?.norm ?? '');
}
