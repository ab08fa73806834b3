import type { CompiledClassifier, TrainingExample } from './classifier.js';

/** How the one-against-the-rest logistic regressions are fitted. */
export interface LogisticSettings {
  /** Passes over the examples. */
  epochs: number;
  /** AdaGrad's base step. */
  step: number;
  /** L2 penalty per feature, applied at each update of that feature (keeps rare words' weights small). */
  l2: number;
}

export const defaultLogisticSettings: LogisticSettings = { epochs: 12, step: 0.2, l2: 0.0005 };

/**
 * One logistic regression per label, that label against all the others, fitted by stochastic gradient
 * with AdaGrad steps over presence features, in a fixed order (the same examples give the same weights).
 * Unlike naive Bayes it weighs words jointly, so a word that only repeats its neighbour's evidence (a
 * pair beside its own words) is not counted twice, and its odds do not grow with the length of a message.
 * Kept in the same weight table as naive Bayes, in log2 odds, so the reader is one and the same.
 */
export function trainLogistic(examples: readonly TrainingExample[], labels: readonly string[], settings: LogisticSettings = defaultLogisticSettings): CompiledClassifier {
  const count = labels.length;
  const index = new Map<string, number>();
  const rows = examples.map(({ features, label }) => {
    const ids = [...new Set(features)].map((feature) => index.get(feature) ?? index.set(feature, index.size).get(feature)!);
    return { ids, targets: labels.map((name) => (name === label ? 1 : 0)) };
  });
  const weights = new Float64Array(index.size * count);
  const squares = new Float64Array(index.size * count).fill(1e-8);
  const bias = new Float64Array(count);
  const biasSquares = new Float64Array(count).fill(1e-8);
  // A fixed, well-mixed order: examples are stored file by file, and SGD should not see one file at a time.
  const order = rows.map((_, i) => i).sort((a, b) => mix(a) - mix(b) || a - b);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const r of order) {
      const { ids, targets } = rows[r]!;
      for (let c = 0; c < count; c++) {
        let z = bias[c]!;
        for (const id of ids) z += weights[id * count + c]!;
        const error = 1 / (1 + Math.exp(-z)) - targets[c]!;
        biasSquares[c]! += error * error;
        bias[c]! -= (settings.step * error) / Math.sqrt(biasSquares[c]!);
        for (const id of ids) {
          const at = id * count + c;
          const gradient = error + settings.l2 * weights[at]!;
          squares[at]! += gradient * gradient;
          weights[at]! -= (settings.step * gradient) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  const table: Record<string, number[]> = {};
  for (const [feature, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    table[feature] = labels.map((_, c) => round(weights[id * count + c]! / Math.LN2));
  }
  return { labels: [...labels], prior: [...bias].map((value) => round(value / Math.LN2)), weights: table };
}

/** A fixed scramble of an index (integer hash), so the order is mixed and the same on every run. */
const mix = (i: number) => Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) >>> 0;

const round = (value: number) => Math.round(value * 10_000) / 10_000;
