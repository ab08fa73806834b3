import { hints } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import { frameId, isFrame, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const MISHAP = frameId('mishap');

/** How many words may stand between the slang and the condition's opener ("kms in 5 minutes if …"). */
const OPENER_REACH = 5;
/** How many words may stand between the opener and the nuisance it names ("if this stupid loading screen …"). */
const NUISANCE_REACH = 3;

/**
 * "kms in 5 minutes if this loading screen doesnt end", "gonna kms if the call runs over", "kms unless this queue moves": the slang
 * put on a petty condition (a nuisance of the `mishap` frame: a screen, a queue, a meeting, a call) is an exclamation at it,
 * whatever time it names. A condition on a person or a life ("kms in 5 min if he doesnt leave me alone", "if i lose this job")
 * names no nuisance and keeps the slang; "kms in 5 minutes" alone stays meant, and so does any message with another sign in it
 * ("kms tonight if this meeting runs over. i have the pills"). Spanish says it with a bare "me mato"/"me muero" ("jaja me mato si me
 * vuelven a poner en el turno del domingo"); "me quiero matar si…" is a wish, and "me mato si me deja" names a person.
 */
export function slangOnAPettyCondition(lexicon: Lexicon, sentence: Sentence, perSentence: readonly Hit[][], hit: Hit): boolean {
  const openers = conditionOpenersFor(lexicon, sentence, hit);
  if (openers === undefined) return false;
  for (const hits of perSentence) for (const sign of hits) if (!isFrame(sign.concept) && hints[sign.concept]?.kind !== 'time' && !overlaps(sign, hit)) return false;
  const all = perSentence.find((hits) => hits.includes(hit)) ?? [];
  for (let i = hit.end; i < Math.min(sentence.length, hit.end + OPENER_REACH + 1); i++) {
    const token = sentence[i]!;
    if (token.punct && token.norm !== ',') return false;
    if (!openers.has(token.norm)) continue;
    return all.some((nuisance) => nuisance.concept === MISHAP && nuisance.start > i && nuisance.start <= i + NUISANCE_REACH + 1);
  }
  return false;
}

/** Signs read over the slang's own words ("gonna kms", "kms in 5"): the same saying, not another sign. */
const overlaps = (sign: Hit, hit: Hit) => sign === hit || (sign.start < hit.end && hit.start < sign.end);

/** The openers of a condition for the slang ("kms") or a bare exclamation of two words ("me mato") at `hit`; undefined for any other sign. */
function conditionOpenersFor(lexicon: Lexicon, sentence: Sentence, hit: Hit): ReadonlySet<string> | undefined {
  const words = sentence.slice(hit.start, hit.end);
  if (words.some((token) => /^km[sn]$/.test(token.norm))) return lexicon.conditionOpeners;
  const exclaimed = lexicon.exclaimedOnCondition;
  if (exclaimed !== undefined && words.length <= 2 && words.some((token) => exclaimed.words.has(token.norm))) return exclaimed.openers;
  return undefined;
}
