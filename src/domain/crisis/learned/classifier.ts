import naiveBayes from 'wink-naive-bayes-text-classifier';
import { FeatureIndex } from './feature-index.js';

/** Per label, log2 odds of that label against all the others (0 when the message holds no word the model knows). */
export type LabelOdds = Record<string, number>;

export interface TrainingExample {
  features: readonly string[];
  label: string;
}

export interface ClassifierSettings {
  /** Additive smoothing, 0–1. */
  smoothing: number;
  /** Count a feature once per message however often it appears. */
  presenceOnly: boolean;
}

export const defaultClassifierSettings: ClassifierSettings = { smoothing: 0.1, presenceOnly: true };

/** A multinomial naive Bayes classifier, trained by wink-naive-bayes-text-classifier. */
export type WinkClassifier = ReturnType<typeof naiveBayes>;

export function trainWink(examples: readonly TrainingExample[], settings: ClassifierSettings = defaultClassifierSettings): WinkClassifier {
  const nb = naiveBayes();
  nb.defineConfig({ considerOnlyPresence: settings.presenceOnly, smoothingFactor: settings.smoothing });
  for (const example of examples) nb.learn([...example.features], example.label);
  nb.consolidate();
  return nb;
}

/**
 * Naive Bayes odds are a sum over the message's words: log2 odds(label | words) = prior + Σ weight(word).
 * So the trained classifier is kept as that table, asked of wink one word at a time, and a message costs
 * one map lookup per feature instead of wink's per-label passes over every word (about ten times faster).
 * Weights are rounded to 1/10,000 of a bit so the committed file stays small and diffs read.
 */
export interface CompiledClassifier {
  labels: string[];
  /** Per label: the odds of a message made of nothing but words whose weight is 0 (the prior). */
  prior: number[];
  /** Per feature the model knows: its weight for each label, in `labels` order. */
  weights: Record<string, number[]>;
}

export function compileWink(nb: WinkClassifier, labels: readonly string[]): CompiledClassifier {
  const [, , , , vocabulary] = JSON.parse(nb.exportJSON()) as [unknown, unknown, unknown, unknown, string[]];
  const oddsOf = (words: string[]) => new Map(nb.computeOdds(words));
  const [a = '', b = ''] = vocabulary;
  // Wink adds the prior once per message: odds(a) + odds(b) − odds(a, b) leaves it alone.
  const single = [oddsOf([a]), oddsOf([b])];
  const pair = oddsOf([a, b]);
  const prior = labels.map((label) => (single[0]!.get(label) ?? 0) + (single[1]!.get(label) ?? 0) - (pair.get(label) ?? 0));
  const weights: Record<string, number[]> = {};
  for (const word of [...vocabulary].sort()) {
    const odds = oddsOf([word]);
    weights[word] = labels.map((label, i) => round((odds.get(label) ?? 0) - prior[i]!));
  }
  return { labels: [...labels], prior: prior.map(round), weights };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Reads a compiled classifier: odds per label for a message's features. */
export interface Classifier {
  odds(features: readonly string[]): LabelOdds;
}

export function classifierOf(compiled: CompiledClassifier): Classifier {
  return classifiersOf([compiled]).each[0]!;
}

/** Classifiers read together: each alone, or all of them in one pass over a message's features. */
export interface Classifiers {
  each: Classifier[];
  /** Every classifier's odds, in order: one map lookup per feature for all of them, the same odds as each alone. */
  all(features: readonly string[]): LabelOdds[];
}

/**
 * A classifier as the model file keeps it: its features as one string, a line each, and their weights as one
 * flat list, `labels.length` numbers a feature, in the same order. Parsing a list of numbers and splitting one
 * string costs a fraction of an object with 100,000 keys each holding an array (load time and the memory
 * the parse leaves behind), and the odds are the same. The weights are kept as whole numbers of 1/10,000 of a
 * bit (they are rounded to that already): JSON reads whole numbers about twice as fast as decimals, and
 * dividing by 10,000 gives back the very same double.
 */
export interface PackedClassifier {
  labels: string[];
  prior: number[];
  /** The features, sorted, joined by "\n" (no feature holds a line break: tokens never do). */
  features: string;
  /** Whole numbers of 1/`WEIGHT_UNITS_PER_BIT` of a bit, `labels.length` a feature. */
  weights: number[];
}

/** The packed weights' unit: 1/10,000 of a bit, the precision every weight is rounded to (`round`). */
const WEIGHT_UNITS_PER_BIT = 10_000;

export function packClassifier(compiled: CompiledClassifier): PackedClassifier {
  const features = Object.keys(compiled.weights).sort();
  for (const feature of features) if (feature.includes('\n')) throw new Error(`a feature holds a line break: ${JSON.stringify(feature)}`);
  const weights = features.flatMap((feature) => compiled.weights[feature]!.map((weight) => Math.round(weight * WEIGHT_UNITS_PER_BIT)));
  return { labels: [...compiled.labels], prior: [...compiled.prior], features: features.join('\n'), weights };
}

/** One classifier's rows, in the shape both the compiled and the packed form read into. */
interface Rows {
  labels: readonly string[];
  prior: readonly number[];
  /** The features, one a line, in row order. */
  features: string;
  /** `labels.length` numbers a feature, in `features` order, in bits. */
  weights: Float64Array;
}

function rowsOf(classifier: CompiledClassifier | PackedClassifier): Rows {
  if ('features' in classifier) {
    const weights = new Float64Array(classifier.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = classifier.weights[i]! / WEIGHT_UNITS_PER_BIT;
    return { ...classifier, weights };
  }
  const features = Object.keys(classifier.weights);
  for (const feature of features) if (feature.includes('\n')) throw new Error(`a feature holds a line break: ${JSON.stringify(feature)}`);
  return { ...classifier, features: features.join('\n'), weights: Float64Array.from(Object.values(classifier.weights).flat()) };
}

/**
 * Only the features' numbers, shared by all the classifiers (feature-index.ts: one string and typed arrays, not
 * a Map of 150,000 strings), and per classifier one typed array of its rows and the two short lists, are kept,
 * not the file's own lists.
 */
export function classifiersOf(compiled: readonly (CompiledClassifier | PackedClassifier)[]): Classifiers {
  const rows = compiled.map(rowsOf);
  const index = new FeatureIndex(rows.map((row) => row.features));
  const tables = rows.map(({ labels, prior, features, weights }) => {
    const count = labels.length;
    // Per feature number, where its row starts in `weights`, or -1 when this classifier does not know it.
    const rowAt = new Int32Array(index.size).fill(-1);
    let row = 0;
    for (let start = 0; features !== '' && start <= features.length; row++) {
      let end = features.indexOf('\n', start);
      if (end < 0) end = features.length;
      rowAt[index.idOf(features.slice(start, end))] = row * count;
      start = end + 1;
    }
    if (weights.length !== row * count) throw new Error(`a classifier holds ${weights.length} weights for ${row} features of ${count} labels`);
    return { labels: [...labels], prior: [...prior], count, weights, rowAt };
  });
  const oddsOf = (features: readonly string[], which: readonly (typeof tables)[number][]): LabelOdds[] => {
    const sums = which.map((table) => new Float64Array(table.count));
    const known = which.map(() => 0);
    for (const feature of features) {
      const id = index.idOf(feature);
      if (id < 0) continue;
      for (let k = 0; k < which.length; k++) {
        const { rowAt, weights, count } = which[k]!;
        const at = rowAt[id]!;
        if (at < 0) continue;
        known[k]!++;
        const sum = sums[k]!;
        for (let i = 0; i < count; i++) sum[i]! += weights[at + i]!;
      }
    }
    return which.map(({ labels, prior }, k) => {
      const odds: LabelOdds = {};
      // As wink: a message with no word the model knows says nothing.
      labels.forEach((label, i) => (odds[label] = known[k] === 0 ? 0 : sums[k]![i]! + prior[i]!));
      return odds;
    });
  };
  return { each: tables.map((table) => ({ odds: (features) => oddsOf(features, [table])[0]! })), all: (features) => oddsOf(features, tables) };
}

export function trainClassifier(examples: readonly TrainingExample[], labels: readonly string[], settings?: ClassifierSettings): CompiledClassifier {
  return compileWink(trainWink(examples, settings), labels);
}
