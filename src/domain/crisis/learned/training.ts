import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { NOTHING_SET_ASIDE, type SetAside } from '../read.js';
import { screenWith, type CrisisRoute, type ScreenLanguage } from '../screen.js';
import { classifierOf, packClassifier, trainClassifier, type ClassifierSettings, type CompiledClassifier } from './classifier.js';
import { augmentText } from './augment.js';
import { trainLogistic, type LogisticSettings } from './logistic.js';
import { defaultFeatureOptions, isClass, learnedFeatures, type FeatureOptions } from './features.js';
import { combine, kindOf, NEVER, scoresOf, vetoKeyOf, vetoKeys, type LearnedClassifiers, type LearnedModelFile, type Reading, type Scores, type Thresholds, type ThresholdsByLanguage, type VetoThresholds } from './opinion.js';

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
      return { route: row.route, lang: row.lang, file, patternRoute: screen.route, concepts: screen.concepts, setAside: seen?.setAside ?? NOTHING_SET_ASIDE, tag: row.tag ?? '', readAs: screen.language, features: seen ? learnedFeatures(seen.sentences, seen.lexicon, options) : [] };
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

export interface ThresholdBudget {
  /** The most none lines the learned opinion may route, as a share of all none lines. */
  falseAlarms: number;
  /** The share of that budget own risk may spend first, before the other routes bid for the rest. */
  ownReserve: number;
  /** The most possible lines it may raise to imminent, as a share of possible lines. */
  raised: number;
  /** However the share falls, raising needs imminent's odds (log2, against possible) at least this high. */
  raiseFloor: number;
  /**
   * Per vetoed route: the most lines of its kind that the patterns routed right which the veto may drop,
   * as a share of all lines of that kind. Own risk: none (a missed crisis costs far more than a false alarm).
   */
  vetoLoss: VetoThresholds;
  /** The most someone-else lines the patterns routed right that may be read as the writer's own risk instead, as a share of someone-else lines. */
  overOtherLoss: number;
}

/**
 * Raising possible to imminent needs at least this, however the budget falls: imminent twice as likely as possible
 * (1 bit). The budget alone lets through a share of possible lines whatever their odds, and the possible lines score so
 * low that the share once set the bar at -2.96 bits (imminent eight times less likely than possible): the retrained
 * opinion then raised plain hopelessness ("I can't do this anymore") and gave it the emergency number where asking
 * directly is the route. On the development files' out-of-fold scores the floor keeps 41 of the 46 English imminent
 * lines the raise caught and stops 114 of its 135 wrong raises (Spanish: 10 of 10 kept, 15 of 28 wrong stopped).
 */
export const RAISE_FLOOR = 1;

/**
 * The false-alarm share stays at 1%. Raising it to 1.5% (with the worth below) caught one more own-risk line in a
 * hundred and two more harm lines in a hundred on the seven development files the learned-holdout bench keeps back
 * (variant "worth421 fa1.5%"), but the retrained opinion then routed plain everyday lines the tests hold quiet ("i
 * wouldn't say i'm hopeless" as possible, "my sister will kill me if i am late to brunch again" as harm).
 */
export const defaultBudget: ThresholdBudget = { falseAlarms: 0.01, ownReserve: 0.5, raised: 0.05, raiseFloor: RAISE_FLOOR, vetoLoss: { possible: 0, harm: 0.005, someoneElse: 0.02 }, overOtherLoss: 0.01 };

const addKinds = [
  ['own', 'own'],
  ['harm', 'harm-from-others'],
  ['someoneElse', 'someone-else'],
] as const;

/**
 * What one more line caught is worth when the false-alarm budget is shared out, in the routes' priority: the
 * writer's own risk first (a missed crisis costs far more than a missed referral), then harm from others (the writer's
 * own safety), then someone else's crisis, whose lines are more numerous and easier to catch. With harm worth no more
 * than someone else's crisis, a retraining once let the harm threshold drift up and lose harm lines only the learned
 * opinion had caught.
 */
export type CatchWorth = Record<(typeof addKinds)[number][0], number>;
export const catchWorth: CatchWorth = { own: 4, harm: 2, someoneElse: 1 };

/**
 * Thresholds from out-of-fold scores. Each add threshold starts above every none line; step by step,
 * the one whose next lowering catches the most lines of its kind, weighted by `catchWorth` (standalone, as a stand-in for wording
 * the patterns have not seen) is lowered past one more none line the patterns left alone, until the
 * false-alarm budget is spent. The raise threshold lets through at most `raised` of the possible lines.
 */
export function chooseThresholds(scored: readonly Scored[], budget: ThresholdBudget = defaultBudget, worth: CatchWorth = catchWorth): Thresholds {
  const noneCount = scored.filter(({ line }) => line.route === 'none').length;
  const silentNone = scored.filter(({ line }) => line.route === 'none' && line.patternRoute === null);
  const ladders = Object.fromEntries(
    addKinds.map(([key]) => {
      const values = [...new Set(silentNone.map(({ scores }) => scores[key]))].sort((a, b) => b - a);
      // Rung i lets through the i highest none scores: a threshold halfway to the next one down.
      const rungs = [Math.ceil(Math.max(values[0] ?? 0, 0)) + 1];
      for (let i = 0; i < values.length; i++) rungs.push(round(i + 1 < values.length ? (values[i]! + values[i + 1]!) / 2 : values[i]! - 1));
      return [key, rungs];
    }),
  ) as Record<(typeof addKinds)[number][0], number[]>;
  type Key = (typeof addKinds)[number][0];
  const at = { own: 0, harm: 0, someoneElse: 0 };
  const thresholdsAt = (steps: typeof at): Thresholds => ({
    own: ladders.own[steps.own]!,
    harm: ladders.harm[steps.harm]!,
    someoneElse: ladders.someoneElse[steps.someoneElse]!,
    split: 0,
    raise: NEVER,
    veto: { possible: NEVER, harm: NEVER, someoneElse: NEVER },
  });
  const falseAlarms = (thresholds: Thresholds) => silentNone.filter(({ line, scores }) => combine(null, scores, thresholds, line.concepts, line.setAside) !== null).length;
  const caught = (key: Key, kind: string, threshold: number) => scored.filter(({ line, scores }) => kindOf(line.route) === kind && scores[key] >= threshold).length;
  // Each step takes the lowering (by one or more rungs, within the limit) that catches the most lines per false alarm.
  const lower = (keys: readonly (typeof addKinds)[number][], limit: number) => {
    for (let spent = falseAlarms(thresholdsAt(at)); ; ) {
      let best: { key: Key; rungs: number; rate: number; spent: number } | null = null;
      for (const [key, kind] of keys) {
        const now = caught(key, kind, ladders[key][at[key]]!);
        for (let rung = at[key] + 1; rung < ladders[key].length; rung++) {
          const alarms = falseAlarms(thresholdsAt({ ...at, [key]: rung }));
          if (alarms > limit) break;
          const gain = caught(key, kind, ladders[key][rung]!) - now;
          const rate = (worth[key] * gain) / Math.max(alarms - spent, 0.5);
          if (gain > 0 && (best === null || rate > best.rate)) best = { key, rungs: rung, rate, spent: alarms };
        }
      }
      if (best === null) return;
      at[best.key] = best.rungs;
      spent = best.spent;
    }
  };
  const limit = budget.falseAlarms * noneCount;
  // Own risk spends its reserve first, alone: shared from the start, harm's many cheap catches once took the whole budget.
  lower([addKinds[0]], budget.ownReserve * limit);
  lower(addKinds, limit);
  const possibleScores = scored
    .filter(({ line }) => line.route === 'possible')
    .map(({ scores }) => scores.imminent)
    .sort((a, b) => b - a);
  const allowed = Math.floor(budget.raised * possibleScores.length);
  // Just above the first possible line not allowed through, and never below the floor.
  const raise = Math.max(justAbove(possibleScores, allowed), budget.raiseFloor);
  const thresholds = thresholdsAt(at);
  return { ...thresholds, raise, ownOverOther: chooseOwnOverOther(scored, budget.overOtherLoss, thresholds.own), veto: chooseVetoes(scored, budget.vetoLoss) };
}

/**
 * The own-risk odds at which a line the patterns routed to someone else's crisis is read as the writer's own
 * instead: just above the someone-else line, routed right by the patterns, that the budget may not lose, and
 * never below the bar for adding own risk where the patterns found nothing.
 */
export function chooseOwnOverOther(scored: readonly Scored[], loss: number, ownBar: number): number {
  const others = scored.filter(({ line }) => line.route === 'someone-else');
  const right = others
    .filter(({ line }) => line.patternRoute === 'someone-else' && !line.setAside.toldAsOver)
    .map(({ scores }) => scores.own)
    .sort((a, b) => b - a);
  const above = justAbove(right, Math.floor(loss * others.length));
  return above === NEVER ? NEVER : Math.max(above, ownBar);
}


/** A veto needs at least this, however the budget falls: none four times as likely as every risk together (2 bits). */
const VETO_FLOOR = 2;

/**
 * Per route, the veto threshold on none's odds: just above the line of that kind the patterns routed
 * on weak concepts alone that the budget may not lose (the lines are the other files' out-of-fold
 * scores, so unseen wording). A route with no such lines to learn from is never vetoed.
 */
export function chooseVetoes(scored: readonly Scored[], loss: VetoThresholds): VetoThresholds {
  const veto = { possible: NEVER, harm: NEVER, someoneElse: NEVER };
  for (const [key, route] of vetoKeys) {
    const kind = kindOf(route);
    const right = scored
      .filter(({ line }) => kindOf(line.route) === kind && line.patternRoute === route && vetoKeyOf(route, line.concepts, line.setAside) === key)
      .map(({ scores }) => scores.none)
      .sort((a, b) => b - a);
    const allowed = Math.floor(loss[key] * scored.filter(({ line }) => kindOf(line.route) === kind).length);
    if (allowed < right.length) veto[key] = Math.max(justAbove(right, allowed), VETO_FLOOR);
  }
  return veto;
}

/** Thresholds for each language the lines were read as, each chosen on that language's lines alone with its own budget. */
export function chooseThresholdsByLanguage(scored: readonly Scored[], budget: ThresholdBudget = defaultBudget, worth: CatchWorth = catchWorth): ThresholdsByLanguage {
  const languages = [...new Set(scored.map(({ line }) => line.readAs))].sort();
  return Object.fromEntries(languages.map((language) => [language, chooseThresholds(scored.filter(({ line }) => line.readAs === language), budget, worth)]));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Given scores sorted high to low, the threshold that lets the `allowed` highest through and stops the next one: just
 * above it, to three decimals. NEVER when every score may pass (a large number, not Infinity, so it survives JSON).
 */
function justAbove(sortedDescending: readonly number[], allowed: number): number {
  return allowed < sortedDescending.length ? Math.ceil(sortedDescending[allowed]! * 1000 + 1e-6) / 1000 : NEVER;
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
