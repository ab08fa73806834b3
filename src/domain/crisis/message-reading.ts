import type { EverydayFrames } from './everyday-frames.js';
import type { CompiledLexicon, Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * One message's reading, shared by all its sentences: what the message is, set before any sentence is read, and what its
 * sentences have found so far, which read.ts weighs together once every sentence is read. Made once per message.
 */
export interface MessageReading {
  readonly compiled: CompiledLexicon;
  readonly sentences: Sentence[];
  /** Each sentence's hits, signs and frames, in the order the finder reported them. */
  readonly perSentence: Hit[][];
  readonly frames: EverydayFrames;
  readonly messageIsJoke: boolean;
  readonly serious: boolean;
  /** Someone else's death in the message is told as natural ("he was 96 and had a great life"). */
  readonly naturalDeath: boolean;
  /** Whether someone else's crisis is told as happening now; worked out the first time a sentence asks. */
  readonly isHappeningNow: () => boolean;
  /** Someone else's crisis read in sentence `index`: found, unless it is told as over. */
  readonly othersCrisis: (concept: string, index: number, hit: Hit) => void;
  /** The writer's own sign in sentence `index` told as behind them beside how they are now ("my history of sh... i feel steady these days"). */
  readonly ownToldAsOver: (index: number, hit: Hit) => boolean;
  /** The concept ids found so far. */
  readonly found: Set<string>;
  /** Where each sign was found, by sentence: a donation explains the giving in its own sentence, not a sign in another. */
  readonly hintSentences: Map<string, Set<number>>;
  /** Where times and signs stand in the message, in tokens from its start: a time counts only near a sign. */
  readonly timesAt: Map<string, number[]>;
  /** Times said apart from a leaving's own words ("leaving when it gets dark", not "till monday"), which a cover story's plan may set. */
  readonly timesApart: Set<string>;
  /** Where each sign stands, from its first token to past its last, in tokens from the message's start. */
  readonly signsAt: [number, number][];
  /** Where the writer takes a sigh back ("es broma", "jk"), in tokens from the message's start; a negated one ("no es broma") is meant. */
  readonly retractedAt: number[];
  /** Goodbyes told: three in a message with no leaving behind them make a farewell. */
  goodbyes: number;
  /** Endings told: a finality, an absence, last words. */
  endings: number;
  /** A time ahead ("tonight", "tmrw") was told beside a sign, which makes "kms" meant. */
  slangTimeAhead: boolean;
  /** The message means its slang ("should just kms", "kms tn"); starts as whether it says it is serious. */
  meant: boolean;
  /** A going was read and explained by the place it leaves ("me voy del piso para siempre", "me despido... del chat"). */
  goingExplained: boolean;
  /** A sign of the writer's own risk was read and found negated ("i don't want to die"), for the learned opinion (read.ts `denied`). */
  denied: boolean;
}
