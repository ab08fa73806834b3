import { hints } from './concepts.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/** Signs whose content may be an ending: a burden ("better off if i…") and a wish ("i wish i could…"). */
const WISHES: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts']);
/** Words that make what follows wished for, not told: "i wish i could", "want to", "would rather". */
const wishWords: ReadonlySet<string> = new Set(['wish', 'wishing', 'wished', 'want', 'wanna', 'wanted', 'wanting', 'could', 'rather', 'hope', 'hoping']);
/** Words that make what follows the burden's condition: "better off if i left", "happier once i'm gone". */
const conditionWords: ReadonlySet<string> = new Set(['if', 'when', 'once']);
/** How many tokens before its sign a wish word may stand: "i wish i could clock out of life". */
const WISH_REACH = 4;

/**
 * An ending (a finality or an absence) that is the content of a wish or the condition of a burden is that wish or that burden,
 * not a leaving told: "everyone's better when i'm not around", "youd all be better off if i left and never came back", "i wish i
 * could clock out of life", "wish i could disappear and never come back". Possible risk with no plan, means or time; a time,
 * a means or a goodbye beside it still raises it ("i wish i could clock out of life tonight", "...the rope is in the trunk").
 * An ending told after a wish, in a clause of its own, stays an ending ("i want to die. im leaving for good tonight").
 * The wish and condition words are English (the Spanish reading never has them).
 */
export function endingIsWishOrBurden(sentence: Sentence, signs: readonly Hit[], hit: Hit, previous: readonly Hit[] = []): boolean {
  const kind = hints[hit.concept]?.kind;
  if (kind !== 'final' && kind !== 'absence') return false;
  if (burdensConsequence(sentence, signs, hit, previous)) return true;
  return signs.some((sign) => {
    if (sign.concept === 'burden') {
      if (sign.start <= hit.start && hit.end <= sign.end) return true;
      return sign.start < hit.start && hit.start <= sign.end + 2 && wordIn(sentence, conditionWords, sign.start, hit.start);
    }
    // "not like im gonna need it in 10 years", "cant tell you the last time i wanted to be alive": an ending inside the wish's own
    // words is that wish.
    if (sign.concept === 'wish-dead' && sign.start <= hit.start && hit.end <= sign.end) return true;
    return WISHES.has(sign.concept) && sign.start < hit.end && hit.start < sign.end && wordIn(sentence, wishWords, Math.min(sign.start, hit.start) - WISH_REACH, hit.start);
  });
}

/** "would", "wouldnt" right before an absence: what would be, not what will ("wouldnt have to worry about me anymore"). */
const conditionalWords: ReadonlySet<string> = new Set(['would', 'wouldnt', 'd']);

/**
 * An absence said in the conditional beside a burden, in its sentence or the one before, is the burden's consequence: "me ma would
 * be better off without me. wouldnt have to worry about me anymore", "theyd be lighter without me, wouldnt need to look after me".
 * Said as what will be ("you won't have to worry about me anymore") it stays an absence; a conditional with no burden beside it
 * ("once i move out mum wouldnt have to worry about me") is no sign at all.
 */
function burdensConsequence(sentence: Sentence, signs: readonly Hit[], hit: Hit, previous: readonly Hit[]): boolean {
  if (hints[hit.concept]?.kind !== 'absence' || !wordIn(sentence, conditionalWords, hit.start - 2, hit.start + 1)) return false;
  return signs.some((sign) => sign.concept === 'burden') || previous.some((sign) => sign.concept === 'burden');
}

function wordIn(sentence: Sentence, words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (words.has(sentence[i]!.norm)) return true;
  return false;
}
