import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { NOTHING_SET_ASIDE, type SetAside } from '../read.js';
import { screenWith, type CrisisRoute, type ScreenLanguage } from '../screen.js';
import { classifierOf, packClassifier, trainClassifier, type ClassifierSettings, type CompiledClassifier } from './classifier.js';
import { augmentText } from './augment.js';
import { trainLogistic, type LogisticSettings } from './logistic.js';
import { defaultFeatureOptions, isClass, learnedFeatures, type FeatureOptions } from './features.js';
import { kindOf, scoresOf, type LearnedClassifiers, type LearnedModelFile, type Reading, type Scores } from './opinion.js';
import { chooseThresholdsByLanguage } from './thresholds.js';

/** One labelled line as the screen reads it: the patterns' route and the features the learned opinion sees. */
export interface ReadLine {
  route: string;
  lang: string;
  /** Which file it came from: cross-validation leaves one file out at a time. */
  file: string;
  patternRoute: CrisisRoute | null;
  /** The concept ids the screen logged for the patterns (sorted). */
  concepts: string[];
  /** What the patterns' reading set aside. */
  setAside: SetAside;
  /** The corpus tag ("idiom", "work-talk", …), for reports only. */
  tag: string;
  /** The language the screen read it as (thresholds are per language). */
  readAs: ScreenLanguage;
  features: string[];
  /** A training-time variant of a line (augment.ts): trained on, never scored or used to choose thresholds. */
  augmented?: true;
}

export interface LabelledLine {
  route: string;
  lang: string;
  text: string;
  tag?: string;
}

const routes = new Set(['imminent', 'possible', 'harm-from-others', 'someone-else', 'none']);

/**
 * Variants of each development line the logistic regressions also train on (augment.ts), as people type
 * in a hurry. Chosen by cross-validation (bench/crisis-cv.ts, table 2): 1 and 2 gave the same own risk,
 * 2 lost a point of harm and doubles the reading.
 */
export const AUGMENTED_VARIANTS = 0;

/**
 * Reads each line once through the real screen with the patterns alone, keeping the features of its reading;
 * with `variants`, also that many training-time variants of it, marked `augmented`, after it.
 */
export function readLines(file: string, rows: readonly LabelledLine[], options: FeatureOptions, variants = 0): ReadLine[] {
  return rows.flatMap((row) => {
    if (!routes.has(row.route)) throw new Error(`${file}: unknown route "${row.route}"`);
    const read = (text: string): ReadLine => {
      let reading: Reading | null = null;
      const screen = screenWith(text, {
        second: (seen) => {
          reading = seen;
          return null;
        },
      });
      const seen = reading as Reading | null;
      return { route: row.route, lang: row.lang, file, patternRoute: screen.route, concepts: screen.concepts, setAside: seen?.setAside ?? NOTHING_SET_ASIDE, tag: row.tag ?? '', readAs: screen.language, features: seen ? learnedFeatures(seen.sentences, seen.lexicon, options, seen.setAside) : [] };
    };
    return [read(row.text), ...augmentText(row.text, row.lang, variants).map((text) => ({ ...read(text), augmented: true as const }))];
  });
}

export interface CompiledClassifiers {
  kind: CompiledClassifier;
  urgency: CompiledClassifier;
}

/** `none` too: its odds are what the veto of a weak pattern route reads. */
export const kindLabels = ['own', 'harm-from-others', 'someone-else', 'none'];

/**
 * Hard negatives: everyday lines the patterns route anyway (their false alarms) count this many times in
 * the kind classifier, so none's odds, which the veto reads, learn the wording that trips the patterns.
 * Chosen by cross-validation (3 and 6 tried; 6 raised unseen own risk most, bench/crisis-cv.ts).
 */
export const HARD_NEGATIVE_WEIGHT = 6;

/**
 * Which of kind's labels take their column from a logistic regression (logistic.ts) instead of naive Bayes.
 * Measured by leave-one-file-out cross-validation (bench/crisis-cv.ts, table 2): own risk from the logistic
 * regression caught 76.2% → 78.9% of unseen own-risk lines at fewer false alarms; harm and someone else
 * did better with naive Bayes (all four from the regression: harm −4.7 points), and none's odds, which the
 * veto reads, too. Urgency (imminent against possible) is a logistic regression.
 */
export const LOGISTIC_KIND_LABELS: readonly string[] = ['own'];

/**
 * Trains both classifiers on the lines in their given order (same lines, same order → the same model).
 * The logistic regressions (own risk, urgency) read every feature, word classes too, and learn from the
 * training-time variants (augment.ts); naive Bayes (harm, someone else, none) reads the development lines
 * as written, without classes: counted as fresh evidence beside their own words, classes and variants
 * raised its odds without telling harm apart better (bench/crisis-cv.ts, table 2: harm −1 to −3 points).
 * Features seen only in variants (a typo the thumbs made up) are left out of the tables.
 */
export function compileClassifiers(lines: readonly ReadLine[], choices: TrainingChoices = shippedChoices): CompiledClassifiers {
  const hard = lines.filter((line) => line.route === 'none' && line.patternRoute !== null);
  const weighted = [...lines, ...Array.from({ length: (choices.hardNegativeWeight ?? HARD_NEGATIVE_WEIGHT) - 1 }, () => hard).flat()];
  const kindExamples = weighted.map((line) => ({ features: line.features, label: kindOf(line.route) }));
  const asWritten = weighted.filter((line) => !line.augmented).map((line) => ({ features: line.features.filter((feature) => !isClass(feature)), label: kindOf(line.route) }));
  const kept = featuresKept(lines, choices.minLines ?? 1);
  const keep = (table: CompiledClassifier) => ({ ...table, weights: Object.fromEntries(Object.entries(table.weights).filter(([feature]) => kept.has(feature))) });
  return {
    kind: keep(mergeColumns(trainClassifier(asWritten, kindLabels, choices.classifier), trainLogistic(kindExamples, kindLabels, choices.logistic), LOGISTIC_KIND_LABELS)),
    urgency: keep(
      trainLogistic(
        lines.filter((line) => kindOf(line.route) === 'own').map((line) => ({ features: line.features, label: line.route })),
        ['imminent'],
        choices.logistic,
      ),
    ),
  };
}

/**
 * One table from two classifiers over the same labels: per label, its column from `b` when listed in
 * `fromB`, else from `a`. Each label's odds are read on their own, so the columns need not come from one model.
 */
export function mergeColumns(a: CompiledClassifier, b: CompiledClassifier, fromB: readonly string[]): CompiledClassifier {
  const pick = a.labels.map((label) => fromB.includes(label));
  const weights: Record<string, number[]> = {};
  const zero = a.labels.map(() => 0);
  for (const feature of [...new Set([...Object.keys(a.weights), ...Object.keys(b.weights)])].sort()) {
    weights[feature] = pick.map((useB, i) => (useB ? (b.weights[feature] ?? zero)[i]! : (a.weights[feature] ?? zero)[i]!));
  }
  return { labels: a.labels, prior: pick.map((useB, i) => (useB ? b.prior[i]! : a.prior[i]!)), weights };
}

/**
 * How the classifiers are trained. The shipped model uses `shippedChoices`; benches that compare settings
 * (bench/crisis-learned-holdout.ts) pass others, in this one object rather than through every function's arguments.
 */
export interface TrainingChoices {
  classifier?: ClassifierSettings;
  logistic?: LogisticSettings;
  /** How many times a none line the patterns routed counts (a hard negative). */
  hardNegativeWeight?: number;
  /** The fewest development lines, as written, a feature must be read in to be kept in the tables (1: every feature). */
  minLines?: number;
}

export const shippedChoices: TrainingChoices = {};

/**
 * Features read in at least `minLines` development lines as written. Features seen only in variants (a typo the thumbs
 * made up) are never kept: they stand for no line anyone wrote.
 */
function featuresKept(lines: readonly ReadLine[], minLines: number): ReadonlySet<string> {
  // The shipped model keeps every feature: a plain set, with no counting (only benches prune).
  if (minLines <= 1) return new Set(lines.flatMap((line) => (line.augmented ? [] : line.features)));
  const count = new Map<string, number>();
  for (const line of lines) if (!line.augmented) for (const feature of new Set(line.features)) count.set(feature, (count.get(feature) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= minLines).map(([feature]) => feature));
}

export function trainClassifiers(lines: readonly ReadLine[], choices: TrainingChoices = shippedChoices): LearnedClassifiers {
  const compiled = compileClassifiers(lines, choices);
  return { kind: classifierOf(compiled.kind), urgency: classifierOf(compiled.urgency) };
}

export interface Scored {
  line: ReadLine;
  scores: Scores;
}

export function scoresOfLines(classifiers: LearnedClassifiers, lines: readonly ReadLine[]): Scored[] {
  return lines.map((line) => ({ line, scores: scoresOf(classifiers, line.features) }));
}

/**
 * Leave one file out: each line scored by classifiers trained without its fold. A fold is one file (another author or batch),
 * or, with `folds`, the files dealt round-robin into that many groups: fewer trainings, for the
 * cross-validation bench, where every left-out file needs an inner run of its own.
 */
export function outOfFoldScores(lines: readonly ReadLine[], choices: TrainingChoices = shippedChoices, folds?: number): Scored[] {
  const files = [...new Set(lines.map((line) => line.file))];
  const groups = folds === undefined || folds >= files.length ? files.map((file) => [file]) : Array.from({ length: folds }, (_, k) => files.filter((_, i) => i % folds === k));
  return groups.flatMap((group) => {
    const classifiers = trainClassifiers(
      lines.filter((line) => !group.includes(line.file)),
      choices,
    );
    return scoresOfLines(
      classifiers,
      lines.filter((line) => group.includes(line.file) && !line.augmented),
    );
  });
}

/** The SHA-256 of the training files' names and bytes, in order: a committed model records it to show what it learned from. */
export function hashTrainingFiles(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(`${basename(path)}\n`).update(readFileSync(path)).update('\n');
  return hash.digest('hex');
}

/**
 * The model file for the given development files, as text: reads every line through the screen,
 * chooses thresholds by leave-one-file-out cross-validation, then trains on every line. Deterministic:
 * the same files, patterns and reading give the same bytes.
 */
export function buildModelFile(files: readonly string[], readFile: (path: string) => LabelledLine[]): string {
  const lines = files.flatMap((file) => readLines(file, readFile(file), defaultFeatureOptions, AUGMENTED_VARIANTS));
  return modelFileOf(files, lines, outOfFoldScores(lines));
}

/** The model file from the files' lines and their out-of-fold scores (kept apart, so a bench can reuse the slow scores). */
export function modelFileOf(files: readonly string[], lines: readonly ReadLine[], scored: readonly Scored[]): string {
  const thresholds = chooseThresholdsByLanguage(scored);
  const classifiers = compileClassifiers(lines);
  const model: LearnedModelFile = {
    format: 3,
    trainedOn: { files: files.map((file) => basename(file)), sha256: hashTrainingFiles(files) },
    features: defaultFeatureOptions,
    thresholds,
    kind: packClassifier(classifiers.kind),
    urgency: packClassifier(classifiers.urgency),
  };
  // One key a line, each classifier's export on its own line: a retrain shows as a small diff of the header.
  const entries = Object.entries(model).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${entries.join(',\n')}\n}\n`;
}
