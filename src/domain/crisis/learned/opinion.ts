import { readFileSync } from 'node:fs';
import type { Lexicon } from '../lexicon.js';
import type { CrisisRoute, ScreenLanguage } from '../screen.js';
import type { Sentence } from '../tokens.js';
import { classifierOf, type Classifier, type CompiledClassifier } from './classifier.js';
import { learnedFeatures, type FeatureOptions } from './features.js';

/** The screen's reading of a message in the language it was read as, handed to a second opinion. */
export interface Reading {
  sentences: readonly Sentence[];
  lexicon: Lexicon;
}

/** A second opinion: given the reading and the route the patterns chose, a route to add, or null. */
export type SecondOpinion = (reading: Reading, patternRoute: CrisisRoute | null) => { route: CrisisRoute; concept: string } | null;

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
}

export type ThresholdsByLanguage = Partial<Record<ScreenLanguage, Thresholds>>;

/** The committed model file (src/domain/crisis/model/crisis-learned.json), written by scripts/train-crisis-model.ts. */
export interface LearnedModelFile {
  format: 1;
  /** The development files trained on and the SHA-256 of their names and bytes, so a stale model is noticed. */
  trainedOn: { files: string[]; sha256: string };
  features: FeatureOptions;
  /** Per language the message is read as: the classifiers' odds run differently in each (the data differ). */
  thresholds: ThresholdsByLanguage;
  /** The two classifiers, trained by wink-naive-bayes-text-classifier and kept as weight tables (classifier.ts). */
  kind: CompiledClassifier;
  urgency: CompiledClassifier;
}

export const learnedConcepts: Record<CrisisRoute, string> = {
  imminent: 'learned-imminent',
  possible: 'learned-possible',
  'harm-from-others': 'learned-harm-from-others',
  'someone-else': 'learned-someone-else',
};

/**
 * The learned opinion only adds: a route where the patterns found none, or possible raised to
 * imminent when it is very sure. It never takes a pattern's route away.
 */
export function combine(patternRoute: CrisisRoute | null, scores: Scores, thresholds: Thresholds): CrisisRoute | null {
  if (patternRoute === 'possible') return scores.imminent >= thresholds.raise ? 'imminent' : null;
  if (patternRoute !== null) return null;
  if (scores.own >= thresholds.own) return scores.imminent >= thresholds.split ? 'imminent' : 'possible';
  if (scores.harm >= thresholds.harm) return 'harm-from-others';
  if (scores.someoneElse >= thresholds.someoneElse) return 'someone-else';
  return null;
}

export interface LearnedClassifiers {
  kind: Classifier;
  urgency: Classifier;
}

export function scoresOf(classifiers: LearnedClassifiers, features: readonly string[]): Scores {
  const kind = classifiers.kind.odds(features);
  return { own: kind.own ?? 0, harm: kind['harm-from-others'] ?? 0, someoneElse: kind['someone-else'] ?? 0, imminent: classifiers.urgency.odds(features).imminent ?? 0 };
}

export function opinionOf(classifiers: LearnedClassifiers, features: FeatureOptions, byLanguage: ThresholdsByLanguage): SecondOpinion {
  return ({ sentences, lexicon }, patternRoute) => {
    const thresholds = byLanguage[lexicon.language];
    if ((patternRoute !== null && patternRoute !== 'possible') || thresholds === undefined) return null;
    const route = combine(patternRoute, scoresOf(classifiers, learnedFeatures(sentences, lexicon, features)), thresholds);
    return route === null ? null : { route, concept: learnedConcepts[route] };
  };
}

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
    loaded = opinionOf({ kind: classifierOf(model.kind), urgency: classifierOf(model.urgency) }, model.features, model.thresholds);
  } catch {
    loaded = () => null;
  }
  return loaded;
}
