import { combine, type Thresholds } from '../src/domain/crisis/learned/opinion.js';
import { defaultFeatureOptions } from '../src/domain/crisis/learned/features.js';
import { chooseThresholds, outOfFoldScores, readLines, scoresOfLines, trainClassifiers, type ReadLine } from '../src/domain/crisis/learned/training.js';
import { devCorpusFiles, readCorpusFile } from '../test/helpers/crisis-corpus.js';

/**
 * Leave-one-file-out cross-validation over the development files (each file is another author or
 * batch, so a left-out file stands in for wording not seen): the patterns alone against the patterns
 * with the learned second opinion. For each left-out file the classifiers are trained, and their
 * thresholds chosen (by an inner leave-one-file-out), on the other files only. The patterns were
 * tuned on every development file, so their figures here are optimistic; the increment is the honest part.
 * Run: npx tsx bench/crisis-cv.ts, or npm run bench -- --only=crisis-cv
 */
export function measureCrisisCrossValidation(): void {
  const files = devCorpusFiles();
  const lines = files.flatMap((file) => readLines(file, readCorpusFile(file), defaultFeatureOptions));
  const combined = new Map<ReadLine, string>();
  const chosen: [string, Thresholds][] = [];
  for (const file of files) {
    const others = lines.filter((line) => line.file !== file);
    const thresholds = chooseThresholds(outOfFoldScores(others));
    chosen.push([file, thresholds]);
    const classifiers = trainClassifiers(others);
    const mine = lines.filter((line) => line.file === file);
    for (const { line, scores } of scoresOfLines(classifiers, mine)) combined.set(line, combine(line.patternRoute, scores, thresholds) ?? line.patternRoute ?? 'none');
  }
  const alone = (line: ReadLine) => line.patternRoute ?? 'none';
  const withLearned = (line: ReadLine) => combined.get(line) ?? 'none';
  console.log(`crisis screen, leave-one-file-out cross-validation over ${files.length} development files (${lines.length} lines)`);
  console.log(`  ${'measure'.padEnd(44)} ${'patterns alone'.padStart(16)} ${'+ learned'.padStart(16)}`);
  for (const [name, rows, ok] of measures(lines)) {
    const count = (routeOf: (line: ReadLine) => string) => rows.filter((line) => ok(routeOf(line))).length;
    console.log(`  ${name.padEnd(44)} ${share(count(alone), rows.length).padStart(16)} ${share(count(withLearned), rows.length).padStart(16)}`);
  }
  console.log('  per left-out file (own risk · harm · someone else · false alarms), patterns alone → + learned:');
  for (const file of files) {
    const mine = lines.filter((line) => line.file === file);
    const cells = measures(mine)
      .filter(([name]) => ['own risk', 'harm', 'someone', 'false'].some((start) => name.startsWith(start)))
      .map(([, rows, ok]) => (rows.length === 0 ? '-' : `${percent(rows.filter((line) => ok(alone(line))).length, rows.length)}→${percent(rows.filter((line) => ok(withLearned(line))).length, rows.length)}`));
    console.log(`    ${file.split('/').at(-1)!.padEnd(22)} ${cells.join(' · ')}`);
  }
  console.log('  thresholds chosen per left-out file (own, harm, someone else, raise):');
  for (const [file, t] of chosen) console.log(`    ${file.split('/').at(-1)!.padEnd(22)} ${[t.own, t.harm, t.someoneElse, t.raise].map((v) => v.toFixed(2)).join(', ')}`);
}

type Measure = [string, ReadLine[], (route: string) => boolean];

function measures(lines: readonly ReadLine[]): Measure[] {
  const own = (route: string) => route === 'imminent' || route === 'possible';
  const labelled = (...routes: string[]) => lines.filter((line) => routes.includes(line.route));
  return [
    ['own risk (imminent or possible, either route)', labelled('imminent', 'possible'), own],
    ['imminent (strict)', labelled('imminent'), (route) => route === 'imminent'],
    ['harm from others', labelled('harm-from-others'), (route) => route === 'harm-from-others'],
    ['someone else', labelled('someone-else'), (route) => route === 'someone-else'],
    ['false alarms on none lines', labelled('none'), (route) => route !== 'none'],
    ['Spanish own risk', labelled('imminent', 'possible').filter((line) => line.lang === 'es'), own],
  ];
}

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const share = (n: number, d: number) => (d === 0 ? '-' : `${percent(n, d)} (${n}/${d})`);

if (import.meta.url === `file://${process.argv[1]}`) measureCrisisCrossValidation();
