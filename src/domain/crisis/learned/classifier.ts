import naiveBayes from 'wink-naive-bayes-text-classifier';

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
  // One flat array of weights and a map from feature to its row's start: a lookup per feature and no
  // array per row (the parsed file's object of weights is not kept).
  const labels = [...compiled.labels];
  const prior = [...compiled.prior];
  const count = labels.length;
  const entries = Object.entries(compiled.weights);
  const table = new Float64Array(entries.length * count);
  const rows = new Map<string, number>();
  entries.forEach(([feature, row], r) => {
    rows.set(feature, r * count);
    for (let i = 0; i < count; i++) table[r * count + i] = row[i]!;
  });
  return {
    odds(features) {
      const sums = new Float64Array(count);
      let known = 0;
      for (const feature of features) {
        const at = rows.get(feature);
        if (at === undefined) continue;
        known++;
        for (let i = 0; i < count; i++) sums[i]! += table[at + i]!;
      }
      const odds: LabelOdds = {};
      // As wink: a message with no word the model knows says nothing.
      labels.forEach((label, i) => (odds[label] = known === 0 ? 0 : sums[i]! + prior[i]!));
      return odds;
    },
  };
}

export function trainClassifier(examples: readonly TrainingExample[], labels: readonly string[], settings?: ClassifierSettings): CompiledClassifier {
  return compileWink(trainWink(examples, settings), labels);
}
