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
  /** Features seen in fewer training messages than this are left out of the model (smaller, less noise). */
  minMessages: number;
}

export const defaultClassifierSettings: ClassifierSettings = { smoothing: 0.1, presenceOnly: true, minMessages: 1 };

/** A multinomial naive Bayes classifier (wink-naive-bayes-text-classifier) over features the screen has already read. */
export interface Classifier {
  odds(features: readonly string[]): LabelOdds;
  /** The model as wink exports it: the same examples in the same order give the same text. */
  exportJSON(): string;
}

export function trainClassifier(examples: readonly TrainingExample[], settings: ClassifierSettings = defaultClassifierSettings): Classifier {
  const seenIn = new Map<string, number>();
  if (settings.minMessages > 1) for (const example of examples) for (const feature of new Set(example.features)) seenIn.set(feature, (seenIn.get(feature) ?? 0) + 1);
  const keep = (feature: string) => settings.minMessages <= 1 || (seenIn.get(feature) ?? 0) >= settings.minMessages;
  const nb = naiveBayes();
  nb.defineConfig({ considerOnlyPresence: settings.presenceOnly, smoothingFactor: settings.smoothing });
  for (const example of examples) nb.learn(example.features.filter(keep), example.label);
  nb.consolidate();
  return wrap(nb);
}

export function importClassifier(exported: string): Classifier {
  const nb = naiveBayes();
  nb.importJSON(exported);
  nb.consolidate();
  return wrap(nb);
}

function wrap(nb: ReturnType<typeof naiveBayes>): Classifier {
  return {
    odds(features) {
      const odds: LabelOdds = {};
      for (const [label, value] of nb.computeOdds([...features])) if (label !== 'unknown') odds[label] = value;
      return odds;
    },
    exportJSON: () => nb.exportJSON(),
  };
}
