import { has } from './hit-queries.js';
import type { Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import { wordCount, type Sentence } from './tokens.js';

/** At most this many words make a fragment that only adds to the sentence before it ("fresh cuts.", "deep ones too."). */
const FRAGMENT_WORDS = 3;

/** Words by which the writer joins in with the one before ("same.", "cut too."). English and Spanish alike. */
const joiningIn: ReadonlySet<string> = new Set(['too', 'also', 'same', 'tambien', 'igual']);

/** Someone else's crisis as the patterns name it: seen, told, tried or taken (a death has its own bare cause, read-sentence.ts). */
const OTHERS_CRISIS = ['other-disclosure', 'other-self-harm', 'other-attempt', 'other-overdose'];

/**
 * "a kid in my group showed me his wrists. fresh cuts.", "my sister sent me a pic of her arm. still bleeding.": a fragment of a few
 * words naming no one, right after a sentence telling someone else's crisis, says more of it, so its sign is theirs. A fragment
 * that names the writer ("cut myself too.", "me too tbh"), joins in ("same.", "also cutting."), or opens with its verb as chat
 * leaves out "I" ("cut again.") stays the writer's: a sign wrongly given away would go unanswered.
 */
export function fragmentAfterOthers(lexicon: Lexicon, sentence: Sentence, hitsBefore: readonly Hit[] | undefined): boolean {
  if (hitsBefore === undefined || wordCount(sentence) > FRAGMENT_WORDS) return false;
  if (!OTHERS_CRISIS.some((concept) => has(hitsBefore, concept))) return false;
  const first = sentence.find((token) => !token.punct);
  if (first === undefined || first.pos === 'VERB') return false;
  return !sentence.some((token) => lexicon.firstPerson.has(token.norm) || joiningIn.has(token.norm));
}

/** At most this many words make a find told after someone else's crisis ("found the blades today."). */
const FIND_WORDS = 6;

/** Verbs of coming upon a thing: the finder is not the one who keeps it. */
const findingVerbs: ReadonlySet<string> = new Set(['found', 'find', 'finding', 'caught']);

/**
 * "my little brother cuts. found the blades today.": a short find that opens on its verb, naming no one, right after a sentence
 * telling someone else's crisis, is of their means, not the writer's. A find that names the writer ("found my old blades",
 * "found a rope in my closet") stays the writer's.
 */
export function findAfterOthers(lexicon: Lexicon, sentence: Sentence, hitsBefore: readonly Hit[] | undefined): boolean {
  if (hitsBefore === undefined || wordCount(sentence) > FIND_WORDS) return false;
  if (!OTHERS_CRISIS.some((concept) => has(hitsBefore, concept))) return false;
  const first = sentence.find((token) => !token.punct);
  if (first === undefined || !findingVerbs.has(first.norm)) return false;
  return !sentence.some((token) => lexicon.firstPerson.has(token.norm) || joiningIn.has(token.norm));
}
