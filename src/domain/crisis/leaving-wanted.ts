import { routeOfConcept } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "i want out" is a wish to be gone when it names nothing to leave. It is a leaving when it names a thing after "of" ("i want
 * out of this marriage", "wants out of the lease"; not "out of this life", "out of here", "out of it all"), or when the writer
 * tells it to someone in a message that tells harm from others ("when i said i wanted out he said he'd kill me", "told him i
 * want out and he took my keys"): there the wish is the demand made to the one who harms, and the harm is the risk.
 */
export function leavingWanted(lexicon: Lexicon, sentence: Sentence, perSentence: readonly Hit[][], hit: Hit): boolean {
  if (hit.concept !== 'wish-dead' || sentence[hit.end - 1]?.norm !== 'out') return false;
  if (sentence[hit.end]?.norm === 'of') return namesAThing(sentence, hit.end + 1);
  return toldToSomeone(lexicon, sentence, hit) && harmTold(perSentence);
}

/** After "of", past any determiners, a word that is not life, the world or everything. */
function namesAThing(sentence: Sentence, from: number): boolean {
  let i = from;
  while (determiners.has(sentence[i]?.norm ?? '')) i++;
  const word = sentence[i];
  return word !== undefined && !word.punct && !lifeWords.has(word.norm) && !lifeWords.has(word.lemma);
}

/** "said i wanted out", "told him i want out", "every time i say i want out": a telling verb just before the wish. */
function toldToSomeone(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - TELL_REACH); i--) {
    const token = sentence[i]!;
    if (token.punct) return false;
    if (lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma)) return true;
  }
  return false;
}

function harmTold(perSentence: readonly Hit[][]): boolean {
  for (const hits of perSentence) for (const hit of hits) if (routeOfConcept(hit.concept) === 'harm-from-others') return true;
  return false;
}

/** How far before the wish its telling verb may stand ("told him that i wanted out"). */
const TELL_REACH = 4;
const determiners: ReadonlySet<string> = new Set(['my', 'this', 'the', 'our', 'that', 'a', 'an', 'his', 'her', 'their', 'these', 'those']);
const lifeWords: ReadonlySet<string> = new Set(['life', 'world', 'existence', 'here', 'it', 'this', 'everything', 'all', 'body', 'skin', 'head', 'misery', 'pain', 'earth', 'planet', 'existing', 'living', 'being', 'hell', 'nightmare', 'game']);
