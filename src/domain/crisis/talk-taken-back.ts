import { conceptRoutes, ownRisk, someIn, type ConceptId } from './concepts.js';
import type { Hit } from './match.js';
import { laughedOffOverStakes } from './laughed-off.js';
import { blowOnlyOwnAct, noHyperbole, nuisanceShrugged, onlyOnCondition } from './hyperbole.js';
import type { Lexicon } from './lexicon.js';
import { SLANG_ALONE } from './slang-alone.js';
import type { Sentence } from './tokens.js';

/** What the rules of risk taken back read of a message. */
export interface TakenBackContext {
  lexicon: Lexicon;
  sentences: readonly Sentence[];
  perSentence: Hit[][];
  serious: boolean;
  messageIsJoke: boolean;
  /** Where the writer's signs stand, where a take-back stands, and the times told, as the reading recorded them. */
  signsAt: readonly [number, number][];
  retractedAt: readonly number[];
  timesAt: ReadonlyMap<string, readonly number[]>;
  /** The ids of the hints the reading weighed. */
  hinted: readonly string[];
}

interface TakeBack {
  when: (found: ReadonlySet<string>, context: TakenBackContext, retracted: boolean) => boolean;
  sets: Iterable<string>;
}

const imminentConcepts: ReadonlySet<string> = new Set(Object.keys(conceptRoutes).filter((concept) => conceptRoutes[concept as ConceptId] === 'imminent'));
const sighs = ['wish-dead', 'suicidal-thoughts', 'hopelessness', SLANG_ALONE];
const hyperboleOf = (context: TakenBackContext) => context.lexicon.hyperbole ?? noHyperbole;

/**
 * Risk taken back as talk, after the reading: each rule says when, and which concepts it sets aside. In this order: a later
 * rule reads what the earlier ones left.
 */
const takeBacks: readonly TakeBack[] = [
  // "me quiero matar jaja, es broma", "want to unalive myself lol jk": a wish, a thought or a sigh taken back after it is talk; acts stay.
  { when: (found, _, retracted) => retracted && !someIn(found, imminentConcepts), sets: sighs },
  // "si me vuelven a pedir otro reporte me aviento por la ventana jaja es broma", "gonna throw myself off a bridge if they change
  // the schedule again. (joking...)": an act said only on a condition, with no time set, and taken back is talk too.
  // The present of the act itself ("im jumping off") is no time set: only a clock or a day is.
  // "if i have to sit through one more zoom im walking into the sea. anyway": a repeated nuisance shrugged off is taken back too.
  {
    when: (_, context, retracted) =>
      (retracted || (!context.serious && context.signsAt.length > 0 && nuisanceShrugged(hyperboleOf(context), context.sentences, context.perSentence, context.messageIsJoke))) &&
      [...context.timesAt.keys()].every((concept) => concept === 'present') &&
      onlyOnCondition(hyperboleOf(context), context.sentences, context.perSentence),
    sets: ownRisk,
  },
  // "qué jartera esa reunión, me quería tirar por la ventana jaja mentiras": an act over a trivial stake, laughed at and taken back.
  { when: (_, context, retracted) => laughedOffOverStakes(context.perSentence, retracted, [...context.hinted]), sets: ownRisk },
  // "si boca pierde el domingo me pego un tiro jaja mentira": a blow read from the words of the writer's own act ("me pego", "me
  // corto", told apart from "me pegó" only by an accent often dropped) is set aside with that act when the act is talk (hyperbole.ts).
  { when: (found, context) => found.has('partner-violence') && !someIn(found, ownRisk) && blowOnlyOwnAct(context.perSentence), sets: ['partner-violence'] },
];

/** Sets aside, in `found`, the risk the message takes back as talk (the rules above, in order). */
export function takeBackTalk(found: Set<string>, context: TakenBackContext): void {
  const retracted = !context.serious && context.signsAt.length > 0 && context.retractedAt.some((at) => at > context.signsAt[0]![0]);
  for (const rule of takeBacks) if (rule.when(found, context, retracted)) for (const concept of rule.sets) found.delete(concept);
}
