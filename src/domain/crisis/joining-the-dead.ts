import { isNegated } from './clauses.js';
import { frameId, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

const REJOIN = frameId('rejoin');
const REJOIN_KIN = frameId('rejoinKin');
const LOST_ONE = frameId('lostOne');
const LOST_ONE_BY_PRONOUN = frameId('lostOneByPronoun');
const GRAVE = frameId('grave');

/**
 * Going to someone who has died ("mama been gone 6 yrs and tonight i'm going to go see her", "going to see my dad tonight.
 * he's been dead 5 years", "my participant died last week and i've decided i'm going with him") is the writer's intent to
 * die: the death may be told in another sentence than the going. The one gone to must be the one who died: "see her",
 * "with him" after any death told, or "see my dad" when the death is told of "he" or "she" ("my dad died last year. going to
 * see my mom tonight" is a visit). A grave, a cemetery or an urn makes it a visit to the grave; a going negated, quoted or
 * said of someone else ("she is \"ready to go be with her son\"") is none here.
 */
export function joinsTheDead(lexicon: Lexicon, sentences: Sentence[], perSentence: Hit[][]): boolean {
  let rejoin = false;
  let rejoinKin = false;
  let lost = false;
  let lostByPronoun = false;
  for (let index = 0; index < sentences.length; index++) {
    for (const hit of perSentence[index]!) {
      if (hit.concept === GRAVE) return false;
      if (hit.concept === LOST_ONE) lost = true;
      else if (hit.concept === LOST_ONE_BY_PRONOUN) lostByPronoun = lost = true;
      else if ((hit.concept === REJOIN || hit.concept === REJOIN_KIN) && writersOwn(lexicon, sentences[index]!, hit)) {
        if (hit.concept === REJOIN) rejoin = true;
        else rejoinKin = true;
      }
    }
  }
  return (rejoin && lost) || (rejoinKin && lostByPronoun);
}

const writersOwn = (lexicon: Lexicon, sentence: Sentence, hit: Hit) => !isNegated(lexicon, sentence, hit) && !sentence[hit.start]!.quoted && subjectOf(lexicon, sentence, hit) !== 'other';
