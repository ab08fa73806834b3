import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/**
 * Two everyday sighs the learned opinion reads as risk (branch t-en106), told so only when the patterns found nothing
 * (read.ts `goingExplained`):
 * - staying in bed on a lazy day: "ion even wanna get out of bed, it's saturday and it's raining". Bed is given its
 *   everyday reason (a day off, the weekend, the weather) in its own sentence; "couldnt get out of bed, whats the point"
 *   is read by the patterns and never reaches here.
 * - a child or a roommate threatening to move out: "my daughter keep threatening to move out when she turn 18". A
 *   partner's threat to leave with the kids is no child's and stays the opinion's.
 * The words are the language's (Lexicon `stayAndMoveOut`, English in languages/en/stay-and-move-out-words.ts); a language
 * without them reads neither. Words are matched as written (`norm`), a threat also by its lemma.
 */
export interface StayAndMoveOutWords {
  /** Staying in bed, its words in a row ("out of bed"), and the everyday reasons that may stand near it ("saturday", "raining"). */
  bed: { phrase: readonly string[]; lazyDays: ReadonlySet<string> };
  /** Who may threaten a going ("daughter", "roommate"), the threat ("threatening"), and the going, its words in a row ("move out"). */
  moveOut: { movers: ReadonlySet<string>; threats: ReadonlySet<string>; phrase: readonly string[] };
}

/** How far before the bed phrase its reason may not stand, and how far after it still may ("…out of bed, it's saturday"). */
const REASON_REACH = 8;
/** How many tokens before the threat its mover may stand, and after it the going may ("threatening to move out"). */
const MOVER_REACH = 4;
const GOING_REACH = 4;

/** Where the words stand in a row in the sentence, matched as written: the index of the first, or -1. */
function phraseIndex(sentence: Sentence, phrase: readonly string[]): number {
  return sentence.findIndex((_, i) => phrase.every((word, k) => sentence[i + k]?.norm === word));
}

export function bedOnALazyDay(lexicon: Lexicon, sentences: readonly Sentence[]): boolean {
  const words = lexicon.stayAndMoveOut?.bed;
  if (words === undefined) return false;
  return sentences.some((sentence) => {
    const bed = phraseIndex(sentence, words.phrase);
    if (bed < 0) return false;
    for (let i = Math.max(0, bed - REASON_REACH); i < Math.min(sentence.length, bed + words.phrase.length + REASON_REACH); i++) if (words.lazyDays.has(sentence[i]!.norm)) return true;
    return false;
  });
}

export function moveOutThreatened(lexicon: Lexicon, sentences: readonly Sentence[]): boolean {
  const words = lexicon.stayAndMoveOut?.moveOut;
  if (words === undefined) return false;
  const [first, ...rest] = words.phrase;
  return sentences.some((sentence) => {
    const threat = sentence.findIndex((token) => words.threats.has(token.norm) || words.threats.has(token.lemma));
    if (threat < 0 || !sentence.slice(Math.max(0, threat - MOVER_REACH), threat).some((token) => words.movers.has(token.norm))) return false;
    const after = sentence.slice(threat + 1, threat + 1 + GOING_REACH).map((token) => token.norm);
    // The first word of the going after the threat, and the rest right after it within the reach ("threatening to move out").
    const move = after.indexOf(first!);
    return move >= 0 && rest.every((word, k) => after[move + 1 + k] === word);
  });
}
