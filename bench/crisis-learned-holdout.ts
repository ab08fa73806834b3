import path from 'node:path';
import { defaultLogisticSettings } from '../src/domain/crisis/learned/logistic.js';
import { combine, MIN_WORDS_TO_ADD, type ThresholdsByLanguage } from '../src/domain/crisis/learned/opinion.js';
import { AUGMENTED_VARIANTS, outOfFoldScores, readLines, scoresOfLines, trainClassifiers, type TrainingChoices, type ReadLine, type Scored } from '../src/domain/crisis/learned/training.js';
import { catchWorth, chooseThresholds, defaultBudget, type CatchWorth, type ThresholdBudget } from '../src/domain/crisis/learned/thresholds.js';
import { defaultFeatureOptions } from '../src/domain/crisis/learned/features.js';
import { devCorpusFiles, readCorpusFile } from '../test/helpers/crisis-corpus.js';

/**
 * A quick, fair test of a change to the learned second opinion on wording it never saw: train on every
 * development file except the seven newest fresh batches, choose thresholds the way the shipped training
 * does (leave one file out over the training files), then screen those seven with the patterns and the
 * learned opinion. The patterns were partly tuned on those seven, so compare the learned part between
 * variants (the "+ learned" column), not the absolute figures. One reading of every line serves every variant.
 * Run: npx tsx bench/crisis-learned-holdout.ts [--variants base,classes,...]  (each model variant ~3 min)
 */
export const HOLDOUT = ['dev-fresh-en-17', 'dev-fresh-mixed-18', 'dev-fresh-es-19', 'dev-fresh-en-20', 'dev-fresh-en-21', 'dev-fresh-es-22', 'dev-fresh-mixed-23'];

/** A model variant: which features the classifiers see, and how the logistic regressions are fitted. */
interface ModelVariant {
  features: (line: ReadLine) => string[];
  fitting?: TrainingChoices;
}

/** A threshold variant: same scores, thresholds chosen with another budget or another worth per catch. */
interface ThresholdVariant {
  budget?: (language: string) => ThresholdBudget;
  worth?: CatchWorth;
}

const isClassFeature = (feature: string) => feature.startsWith('@') || feature.startsWith('!@');
const withoutClasses = (line: ReadLine) => line.features.filter((feature) => !isClassFeature(feature));
const withClasses = (line: ReadLine) => line.features.filter((feature) => !feature.startsWith('@~'));

/**
 * Character 4-grams of each word of five letters or more, with word edges ("<despe", "erat>"), so a typo
 * or a new inflection shares most of its evidence with the word it stands for. Marked "@~" so naive Bayes,
 * which leaves class-like features out, does not count them; only the logistic regressions read them.
 */
function charGrams(features: readonly string[]): string[] {
  const grams: string[] = [];
  for (const feature of features) {
    if (feature.includes(' ') || feature.includes(':') || feature.includes('.') || isClassFeature(feature)) continue;
    const word = feature.startsWith('!') ? feature.slice(1) : feature;
    if (word.length < 5) continue;
    const padded = `<${word}>`;
    for (let i = 0; i + 4 <= padded.length; i++) grams.push(`@~${padded.slice(i, i + 4)}`);
  }
  return [...new Set(grams)];
}

const models: Record<string, ModelVariant> = {
  base: { features: withoutClasses },
  classes: { features: withClasses },
  chargrams: { features: (line) => [...withoutClasses(line), ...charGrams(withoutClasses(line))] },
  'l2x4': { features: withoutClasses, fitting: { logistic: { ...defaultLogisticSettings, l2: defaultLogisticSettings.l2 * 4 } } },
  'l2/4': { features: withoutClasses, fitting: { logistic: { ...defaultLogisticSettings, l2: defaultLogisticSettings.l2 / 4 } } },
  hardneg3: { features: withoutClasses, fitting: { hardNegativeWeight: 3 } },
  seen2: { features: withoutClasses, fitting: { minLines: 2 } },
  seen3: { features: withoutClasses, fitting: { minLines: 3 } },
};

const budgetWith = (falseAlarms: number) => (_language: string) => ({ ...defaultBudget, falseAlarms });
const raiseFloorAt = (raiseFloor: number) => (_language: string) => ({ ...defaultBudget, raiseFloor });
const thresholdVariants: Record<string, ThresholdVariant> = {
  '': {},
  'worth111': { worth: { own: 1, harm: 1, someoneElse: 1 } },
  'worth211': { worth: { own: 2, harm: 1, someoneElse: 1 } },
  'worth511': { worth: { own: 5, harm: 1, someoneElse: 1 } },
  'worth321': { worth: { own: 3, harm: 2, someoneElse: 1 } },
  'worth331': { worth: { own: 3, harm: 3, someoneElse: 1 } },
  'worth421': { worth: { own: 4, harm: 2, someoneElse: 1 } },
  'worth422': { worth: { own: 4, harm: 2, someoneElse: 2 } },
  'worth432': { worth: { own: 4, harm: 3, someoneElse: 2 } },
  'worth531': { worth: { own: 5, harm: 3, someoneElse: 1 } },
  'worth632': { worth: { own: 6, harm: 3, someoneElse: 2 } },
  'worth843': { worth: { own: 8, harm: 4, someoneElse: 3 } },
  'fa0.5%': { budget: budgetWith(0.005) },
  'fa1.5%': { budget: budgetWith(0.015) },
  'fa2%': { budget: budgetWith(0.02) },
  'worth321 fa1.5%': { worth: { own: 3, harm: 2, someoneElse: 1 }, budget: budgetWith(0.015) },
  'worth421 fa1.5%': { worth: { own: 4, harm: 2, someoneElse: 1 }, budget: budgetWith(0.015) },
  'fa en1% es2%': { budget: (language) => ({ ...defaultBudget, falseAlarms: language === 'es' ? 0.02 : 0.01 }) },
  'fa0.8%': { budget: budgetWith(0.008) },
  'raise floor off': { budget: raiseFloorAt(-1e6) },
  'raise floor 0': { budget: raiseFloorAt(0) },
  'raise floor 2': { budget: raiseFloorAt(2) },
};

const own = (route: string) => route === 'imminent' || route === 'possible';
const percent = (n: number, d: number) => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const columns = ['own risk', 'imminent', 'possible', 'harm', 'someone', 'false al.', 'es own'];

function figures(pairs: readonly { line: ReadLine; got: string }[]): string[] {
  const of = (ok: (line: ReadLine) => boolean, right: (got: string, line: ReadLine) => boolean) => {
    const these = pairs.filter(({ line }) => ok(line));
    return percent(these.filter(({ line, got }) => right(got, line)).length, these.length);
  };
  return [
    of((l) => own(l.route), own),
    of((l) => l.route === 'imminent', (got) => got === 'imminent'),
    // Possible kept possible: a possible line raised to imminent gets the emergency route where asking directly is the right one.
    of((l) => l.route === 'possible', (got) => got === 'possible'),
    of((l) => l.route === 'harm-from-others', (got) => got === 'harm-from-others'),
    of((l) => l.route === 'someone-else', (got) => got === 'someone-else'),
    of((l) => l.route === 'none', (got) => got !== 'none'),
    of((l) => l.lang === 'es' && own(l.route), own),
  ];
}

/** The whole screen's route for a held-out line, as the shipped opinion gives it (opinion.ts). */
function screened({ line, scores }: Scored, thresholds: ThresholdsByLanguage): string {
  const mine = thresholds[line.readAs];
  if (mine === undefined) return line.patternRoute ?? 'none';
  // The opinion adds no route to a message of fewer than MIN_WORDS_TO_ADD words (one pair feature per word).
  const words = line.features.filter((feature) => feature.includes(' ')).length;
  if (line.patternRoute === null && words < MIN_WORDS_TO_ADD) return 'none';
  return combine(line.patternRoute, scores, mine, line.concepts, line.setAside) ?? 'none';
}

function report(name: string, held: readonly Scored[], thresholds: ThresholdsByLanguage, perFile: boolean): string {
  const pairs = held.map((scored) => ({ line: scored.line, got: screened(scored, thresholds) }));
  if (perFile) {
    console.log(`  ${'file'.padEnd(22)} ${columns.map((c) => c.padStart(9)).join(' ')}   (patterns alone → + learned)`);
    for (const file of HOLDOUT) {
      const these = pairs.filter(({ line }) => path.basename(line.file, '.tsv') === file);
      const alone = figures(these.map(({ line }) => ({ line, got: line.patternRoute ?? 'none' })));
      const learned = figures(these);
      console.log(`  ${file.padEnd(22)} ${alone.map((a, i) => `${a}→${learned[i]!.trim()}`.padStart(9)).join(' ')}`);
    }
  }
  const row = `  ${name.padEnd(22)} ${figures(pairs).map((f) => f.padStart(9)).join(' ')}`;
  console.log(row);
  return row;
}

function main(): void {
  const chosen = (process.argv.find((a) => a.startsWith('--variants='))?.slice('--variants='.length) ?? Object.keys(models).join(',')).split(',');
  const files = devCorpusFiles();
  const isHeld = (file: string) => HOLDOUT.includes(path.basename(file, '.tsv'));
  const started = Date.now();
  // Read once with every feature the variants may use; each variant keeps its own.
  const read = files.flatMap((file) => readLines(file, readCorpusFile(file), { ...defaultFeatureOptions, classes: true }, AUGMENTED_VARIANTS));
  for (const line of read) line.features = [...line.features, ...charGrams(line.features)];
  console.log(`read ${read.length} lines of ${files.length} files in ${((Date.now() - started) / 1000).toFixed(0)} s; held out: ${HOLDOUT.join(', ')}`);
  const summary: string[] = [];
  const heldLines = read.filter((line) => isHeld(line.file) && !line.augmented);
  const alone = `  ${'patterns alone'.padEnd(22)} ${figures(heldLines.map((line) => ({ line, got: line.patternRoute ?? 'none' }))).map((f) => f.padStart(9)).join(' ')}`;
  for (const name of chosen) {
    const model = models[name];
    if (model === undefined) throw new Error(`unknown variant ${name}; known: ${Object.keys(models).join(', ')}`);
    const t0 = Date.now();
    const lines = read.map((line) => ({ ...line, features: model.features(line) }));
    const training = lines.filter((line) => !isHeld(line.file));
    const held = lines.filter((line) => isHeld(line.file) && !line.augmented);
    const oof = outOfFoldScores(training, model.fitting);
    const heldScores = scoresOfLines(trainClassifiers(training, model.fitting), held);
    console.log(`\n${name} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    for (const [suffix, variant] of Object.entries(thresholdVariants)) {
      if (suffix !== '' && name !== 'base') continue;
      const languages = [...new Set(oof.map(({ line }) => line.readAs))].sort();
      // As chooseThresholdsByLanguage, with a budget per language.
      const thresholds: ThresholdsByLanguage = Object.fromEntries(
        languages.map((language) => [language, chooseThresholds(oof.filter(({ line }) => line.readAs === language), variant.budget?.(language) ?? defaultBudget, variant.worth ?? catchWorth)]),
      );
      summary.push(report(suffix === '' ? name : `${name} ${suffix}`, heldScores, thresholds, suffix === ''));
    }
  }
  console.log(`\npooled over the seven held-out files (${heldLines.length} lines)\n  ${'variant'.padEnd(22)} ${columns.map((c) => c.padStart(9)).join(' ')}`);
  console.log([alone, ...summary].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
