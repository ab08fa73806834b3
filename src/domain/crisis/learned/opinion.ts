import { readFileSync } from 'node:fs';
import type { Lexicon } from '../lexicon.js';
import { NOTHING_SET_ASIDE, type SetAside } from '../read.js';
import type { CrisisRoute, ScreenLanguage } from '../screen.js';
import { wordCount, type Sentence } from '../tokens.js';
import { classifiersOf, type Classifier, type LabelOdds, type PackedClassifier } from './classifier.js';
import { learnedFeatures, type FeatureOptions } from './features.js';

/** The screen's reading of a message in the language it was read as, handed to a second opinion. */
export interface Reading {
  sentences: readonly Sentence[];
  lexicon: Lexicon;
  /** What the patterns' reading set aside (in any language it was read in). */
  setAside: SetAside;
}

/**
 * A second opinion: given the reading and the route and concept ids the patterns chose, the route to
 * use instead (null when it vetoes a weak pattern route) with the concept id that says why, or null
 * to leave the patterns' route as it is.
 */
export type SecondOpinion = (reading: Reading, patternRoute: CrisisRoute | null, patternConcepts: readonly string[]) => { route: CrisisRoute | null; concept: string } | null;

/**
 * Two classifiers: `kind` tells own risk, harm from others, someone else's crisis and none apart
 * (imminent and possible together, as own risk, since either route is right for it); `urgency`,
 * trained on own-risk lines only, tells imminent from possible.
 */
export type LearnedKind = 'own' | 'harm-from-others' | 'someone-else' | 'none';
export const kindOf = (route: string): LearnedKind => (route === 'imminent' || route === 'possible' ? 'own' : (route as LearnedKind));

/** What the two classifiers say about one message, as log2 odds against the rest. */
export interface Scores {
  own: number;
  harm: number;
  someoneElse: number;
  /** None (an everyday line) against the three kinds of risk. */
  none: number;
  /** Imminent against possible. */
  imminent: number;
}

/** How sure the classifiers must be before their word counts; chosen by cross-validation (scripts/train-crisis-model.ts). */
export interface Thresholds {
  /** When the patterns found nothing: own risk, harm, someone else is added if its odds reach this. */
  own: number;
  harm: number;
  someoneElse: number;
  /** Own risk added by the learned opinion is imminent when imminent's odds reach this, else possible. */
  split: number;
  /** When the patterns said possible: raised to imminent if imminent's odds reach this ("very sure"). */
  raise: number;
  /**
   * When the patterns said someone else's crisis: the writer's own risk instead if own's odds reach this.
   * A third person in the message is not always whose risk it is ("found where my husband keeps the gun
   * safe key. i know what im doing now"). Absent in older model files: never.
   */
  ownOverOther?: number;
  /**
   * When the patterns found nothing and own's odds fall short of `own`: imminent all the same if own's odds reach this and
   * imminent's odds reach `raise` (thresholds.ts `chooseOwnImminent`). Absent in older model files: never.
   */
  ownImminent?: number;
  /**
   * A pattern route resting only on weak concepts (`vetoable`) is dropped when none's odds reach this,
   * per route. Chosen so that almost no line of that kind the patterns routed right is lost.
   */
  veto: VetoThresholds;
}

export interface VetoThresholds {
  possible: number;
  harm: number;
  someoneElse: number;
}

/** Off: no odds reach it (a large number, not Infinity, so it survives JSON). */
export const NEVER = 1e6;

/**
 * Concepts a pattern route may rest on and still be vetoed. Where unseen wording trips the patterns
 * (bench/crisis-cv.ts --why): hopelessness and burden said in idioms and lyrics, harm from others read
 * from an ambiguous verb ("killing me", "following me"), someone else's crisis in work talk about
 * clients. A wish to be dead, thoughts of suicide, self-harm and every imminent concept (method, plan,
 * intent, preparation, acting now) are never vetoed: a miss costs far more than a false alarm. Nor is
 * sexual assault, nor someone else's overdose, attempt, self-harm or death. Someone else's disclosure alone
 * (a third person beside words of risk) is, within a budget of 2% of someone-else lines: it is the
 * concept behind most false alarms on fresh everyday text ("my dad wants to get his affairs in order",
 * "deer season opens saturday, me and my dad are heading up with the rifles"), measured on nine fresh
 * batches before they were trained on: 16 fewer false alarms (of 1,707 everyday lines) for 3 someone-else lines lost (of 650).
 */
export const vetoable: ReadonlySet<string> = new Set([
  'hopelessness',
  'burden',
  'partner-violence',
  'stalking',
  'threat',
  'control',
  'unsafe-home',
  'other-disclosure',
]);

export const vetoKeys = [
  ['possible', 'possible'],
  ['harm', 'harm-from-others'],
  ['someoneElse', 'someone-else'],
] as const satisfies readonly (readonly [keyof VetoThresholds, CrisisRoute])[];

/**
 * Which veto threshold applies to a pattern route, or null when it may not be vetoed at all. A route beside
 * a crisis set aside as over (read in another language) does not rest on weak concepts alone.
 */
export function vetoKeyOf(patternRoute: CrisisRoute | null, patternConcepts: readonly string[], setAside: SetAside = NOTHING_SET_ASIDE): keyof VetoThresholds | null {
  if (patternRoute === null || patternConcepts.length === 0 || setAside.toldAsOver || !patternConcepts.every((concept) => vetoable.has(concept))) return null;
  return vetoKeys.find(([, route]) => route === patternRoute)?.[0] ?? null;
}

export type ThresholdsByLanguage = Partial<Record<ScreenLanguage, Thresholds>>;

/** The committed model file (src/domain/crisis/model/crisis-learned.json), written by scripts/train-crisis-model.ts. */
export interface LearnedModelFile {
  /** 3: each classifier packed (classifier.ts), its features one string and its weights one list of whole numbers. */
  format: 3;
  /** The development files trained on and the SHA-256 of their names and bytes, so a stale model is noticed. */
  trainedOn: { files: string[]; sha256: string };
  features: FeatureOptions;
  /** Per language the message is read as: the classifiers' odds run differently in each (the data differ). */
  thresholds: ThresholdsByLanguage;
  /** The two classifiers (naive Bayes by wink-naive-bayes-text-classifier and logistic regressions), kept as packed weight tables. */
  kind: PackedClassifier;
  urgency: PackedClassifier;
}

export const learnedConcepts: Record<CrisisRoute, string> = {
  imminent: 'learned-imminent',
  possible: 'learned-possible',
  'harm-from-others': 'learned-harm-from-others',
  'someone-else': 'learned-someone-else',
};

/** The concept id a vetoed line carries beside the patterns' own, so logs count vetoes apart. */
export const VETO_CONCEPT = 'learned-veto';

/**
 * The route after the learned opinion. It adds a route where the patterns found none, raises possible
 * to imminent when it is very sure, reads someone else's crisis as the writer's own when it is very sure, and drops a route that rests only on weak concepts (`vetoable`)
 * when it is very sure the line is everyday. Anything imminent the patterns found always stands.
 */
export function combine(patternRoute: CrisisRoute | null, scores: Scores, thresholds: Thresholds, patternConcepts: readonly string[] = [], setAside: SetAside = NOTHING_SET_ASIDE): CrisisRoute | null {
  const veto = vetoKeyOf(patternRoute, patternConcepts, setAside);
  if (veto !== null && scores.none >= thresholds.veto[veto]) return null;
  if (patternRoute === 'possible') return scores.imminent >= thresholds.raise ? 'imminent' : 'possible';
  if (patternRoute === 'someone-else' && !setAside.toldAsOver && thresholds.ownOverOther !== undefined && scores.own >= thresholds.ownOverOther) return scores.imminent >= thresholds.split ? 'imminent' : 'possible';
  if (patternRoute !== null) return patternRoute;
  // The reading set someone else's crisis aside as over ("stable since her overdose last year"): words alike in training are no route.
  // The reading explained its only going by the place it leaves ("me voy de esta empresa para siempre"): the same.
  if (setAside.toldAsOver || setAside.goingExplained) return null;
  if (scores.own >= thresholds.own) return scores.imminent >= thresholds.split ? 'imminent' : 'possible';
  if (thresholds.ownImminent !== undefined && scores.own >= thresholds.ownImminent && scores.imminent >= tierUrgency(thresholds)) return 'imminent';
  if (scores.harm >= thresholds.harm) return 'harm-from-others';
  if (scores.someoneElse >= thresholds.someoneElse) return 'someone-else';
  return null;
}

/**
 * The urgency the imminent tier needs: imminent at least sixteen times as likely as possible (4 bits), and never less than
 * the raise needs. At the raise's own 1 bit, four words of nothing ("Sneaky / No. / No. / A book") had urgency enough. On
 * the development files' out-of-fold scores 4 bits took 22 of 482 false alarms away and no own-risk or imminent line (1, 2,
 * 3 and 5 bits measured: 482, 476, 467, 457 false alarms, the same catches).
 */
export const TIER_URGENCY = 4;
export const tierUrgency = (thresholds: Thresholds) => Math.max(thresholds.raise, TIER_URGENCY);

export interface LearnedClassifiers {
  kind: Classifier;
  urgency: Classifier;
  /** Both in one pass over the features, when they were loaded together (the same odds as each alone). */
  both?: (features: readonly string[]) => LabelOdds[];
}

export function scoresOf(classifiers: LearnedClassifiers, features: readonly string[]): Scores {
  const [kind = {}, urgency = {}] = classifiers.both?.(features) ?? [classifiers.kind.odds(features), classifiers.urgency.odds(features)];
  return { own: kind.own ?? 0, harm: kind['harm-from-others'] ?? 0, someoneElse: kind['someone-else'] ?? 0, none: kind.none ?? 0, imminent: urgency.imminent ?? 0 };
}

export function opinionOf(classifiers: LearnedClassifiers, features: FeatureOptions, byLanguage: ThresholdsByLanguage): SecondOpinion {
  return ({ sentences, lexicon, setAside }, patternRoute, patternConcepts) => {
    const thresholds = byLanguage[lexicon.language];
    if (thresholds === undefined) return null;
    if (!routesItMayChange.has(patternRoute) && vetoKeyOf(patternRoute, patternConcepts, setAside) === null) return null;
    // A route of its own needs a few words to rest on: "No. No." in a form field is no disclosure.
    if (patternRoute === null && sentences.reduce((words, sentence) => words + wordCount(sentence), 0) < MIN_WORDS_TO_ADD) return null;
    const route = combine(patternRoute, scoresOf(classifiers, learnedFeatures(sentences, lexicon, features, setAside)), thresholds, patternConcepts, setAside);
    if (route === patternRoute) return null;
    return { route, concept: route === null ? VETO_CONCEPT : learnedConcepts[route] };
  };
}

/**
 * The pattern routes the learned opinion may change whatever concepts they rest on: no route yet (it may add one),
 * possible (raised to imminent, or vetoed) and someone else's crisis (read as the writer's own). Any other route
 * changes only when it rests on weak concepts alone (`vetoKeyOf`).
 */
const routesItMayChange: ReadonlySet<CrisisRoute | null> = new Set([null, 'possible', 'someone-else']);

/** The fewest words a message needs before the learned opinion may give it a route the patterns did not. */
export const MIN_WORDS_TO_ADD = 4;


export const MODEL_URL = new URL('../model/crisis-learned.json', import.meta.url);

export function readModelFile(url: URL = MODEL_URL): LearnedModelFile {
  return JSON.parse(readFileSync(url, 'utf8')) as LearnedModelFile;
}

let loaded: SecondOpinion | null = null;

/**
 * The committed model, read once on first use (no download: the file ships with the source).
 * When it cannot be read the opinion gives none, and the screen reads with its patterns alone.
 */
export function learnedOpinion(): SecondOpinion {
  if (loaded) return loaded;
  try {
    const model = readModelFile();
    const classifiers = classifiersOf([model.kind, model.urgency]);
    loaded = opinionOf({ kind: classifiers.each[0]!, urgency: classifiers.each[1]!, both: classifiers.all }, model.features, model.thresholds);
  } catch {
    loaded = () => null;
  }
  return loaded;
}
