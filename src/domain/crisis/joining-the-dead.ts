import { isNegated } from './clauses.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

const REJOIN = frameId('rejoin');
const REJOIN_KIN = frameId('rejoinKin');
const REJOIN_WISHED = frameId('rejoinWished');
const REJOIN_KIN_WISHED = frameId('rejoinKinWished');
const LOST_ONE = frameId('lostOne');
const LOST_ONE_BY_PRONOUN = frameId('lostOneByPronoun');
const GRAVE = frameId('grave');

/**
 * Going to someone who has died ("mama been gone 6 yrs and tonight i'm going to go see her", "going to see my dad tonight.
 * he's been dead 5 years", "my participant died last week and i've decided i'm going with him") is the writer's intent to
 * die: the death may be told in another sentence than the going. Wishing to be with them ("my mom died in march and i just
 * want to be with her", "i lost my brother to overdose and i want to go with him", "mi hermano murió y me quiero ir con
 * él") is a wish to be dead; a wish over a going ("wishing i could go be with him") is the wish. The one joined must be the
 * one who died: "see her", "with him" after any death told, or "see my dad" when the death is told of "he" or "she" ("my
 * dad died last year. going to see my mom tonight" is a visit); a wished pronoun must end its clause ("be with her family",
 * "ir con el equipo" name someone else). A grave, a cemetery or an urn makes it a visit to the grave; a going negated,
 * quoted or said of someone else ("she is \"ready to go be with her son\"") is none here.
 */
export function joinsTheDead(lexicon: Lexicon, sentences: Sentence[], perSentence: Hit[][]): 'intent' | 'wish-dead' | undefined {
  let going = false;
  let goingKin = false;
  let wished = false;
  let wishedKin = false;
  let lost = false;
  let lostByPronoun = false;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const hits = perSentence[index]!;
    for (const hit of hits) {
      if (hit.concept === GRAVE) return undefined;
      if (hit.concept === LOST_ONE) lost = true;
      else if (hit.concept === LOST_ONE_BY_PRONOUN) lostByPronoun = lost = true;
      else if (!writersOwn(lexicon, sentence, hit)) continue;
      else if (hit.concept === REJOIN_WISHED) wished ||= endsClause(lexicon, sentence, hit.end);
      else if (hit.concept === REJOIN_KIN_WISHED) wishedKin = true;
      // "wishing i could go be with him": the going inside a wish is the wish's.
      else if (hits.some((wish) => (wish.concept === REJOIN_WISHED || wish.concept === REJOIN_KIN_WISHED) && wish.start <= hit.start && wish.end >= hit.end)) continue;
      else if (hit.concept === REJOIN) going = true;
      else if (hit.concept === REJOIN_KIN) goingKin = true;
    }
  }
  if ((going && lost) || (goingKin && lostByPronoun)) return 'intent';
  if ((wished && lost) || (wishedKin && lostByPronoun)) return 'wish-dead';
  return undefined;
}

const writersOwn = (lexicon: Lexicon, sentence: Sentence, hit: Hit) => !isNegated(lexicon, sentence, hit) && !sentence[hit.start]!.quoted && subjectOf(lexicon, sentence, hit) !== 'other';

/** Whether the word at `at` may follow the one joined: none, a mark, a clause break, or one of the language's `joinedAfter`. */
function endsClause(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  const next = sentence[at];
  return next === undefined || next.punct || lexicon.clauseBreaks.has(next.norm) || (lexicon.joinedAfter?.has(next.norm) ?? false);
}
