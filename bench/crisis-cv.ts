import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultFeatureOptions } from '../src/domain/crisis/learned/features.js';
import { combine, learnedConcepts, NEVER, type ThresholdsByLanguage } from '../src/domain/crisis/learned/opinion.js';
import { AUGMENTED_VARIANTS, outOfFoldScores, readLines, scoresOfLines, trainClassifiers, type ReadLine } from '../src/domain/crisis/learned/training.js';
import { chooseThresholdsByLanguage } from '../src/domain/crisis/learned/thresholds.js';
import { setAsideLogged, type CrisisRoute } from '../src/domain/crisis/screen.js';
import { devCorpusFiles, readCorpusFile } from '../test/helpers/crisis-corpus.js';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Inner folds used to choose each left-out file's thresholds. The shipped model's thresholds come from
 * one fold per file; here the other files are grouped into this many, which is what keeps the run short
 * (files × (folds + 1) trainings instead of files²).
 */
const INNER_FOLDS = 6;

/**
 * Leave-one-file-out cross-validation over the development files (each file is another author or
 * batch, so a left-out file stands in for wording not seen): the patterns alone against the patterns
 * with the learned second opinion. For each left-out file the classifiers are trained, and their
 * thresholds chosen (by an inner cross-validation over the other files, grouped into INNER_FOLDS folds), on the other files only.
 * Two tables: (1) today's patterns, which were tuned on every development file, so their figures are
 * optimistic; (2) each file screened by the patterns as they were in git just before that file was
 * committed (dev.tsv, which the patterns were first written against, is left out), the honest one.
 * Run: npx tsx bench/crisis-cv.ts [--why], or npm run bench -- --only=crisis-cv
 */
export function measureCrisisCrossValidation(why = false): void {
  const files = devCorpusFiles();
  const read = files.flatMap((file) => readLines(file, readCorpusFile(file), defaultFeatureOptions, AUGMENTED_VARIANTS));
  // Training-time variants (augment.ts) are trained on, never scored.
  const lines = read.filter((line) => !line.augmented);
  const learned = new Map<ReadLine, { thresholds: ThresholdsByLanguage; scores: ReturnType<typeof scoresOfLines>[number]['scores'] }>();
  const chosen: [string, ThresholdsByLanguage][] = [];
  for (const file of files) {
    const others = read.filter((line) => line.file !== file);
    const thresholds = chooseThresholdsByLanguage(outOfFoldScores(others, undefined, INNER_FOLDS));
    chosen.push([file, thresholds]);
    for (const { line, scores } of scoresOfLines(trainClassifiers(others), lines.filter((line) => line.file === file))) learned.set(line, { thresholds, scores });
  }
  const withLearned = (line: ReadLine, patternRoute: CrisisRoute | null, concepts: readonly string[]) => {
    const { thresholds, scores } = learned.get(line)!;
    const mine = thresholds[line.readAs];
    // The concepts here are a screen's logged ids (today's, or an earlier commit's): what it set aside is read back from them.
    return (mine ? combine(patternRoute, scores, mine, concepts, setAsideLogged(concepts)) : patternRoute) ?? 'none';
  };
  const learnedConcept = (line: ReadLine, patternRoute: CrisisRoute | null, concepts: readonly string[]) => {
    const route = withLearned(line, patternRoute, concepts);
    return route !== 'none' && route !== patternRoute ? learnedConcepts[route as CrisisRoute] : null;
  };

  console.log(`crisis screen, leave-one-file-out cross-validation over ${files.length} development files (${lines.length} lines)`);
  console.log("(1) today's patterns (tuned on every file here, so optimistic) alone → with the learned opinion");
  table(
    files,
    lines,
    (line) => line.patternRoute ?? 'none',
    (line) => withLearned(line, line.patternRoute, line.concepts),
  );

  if (why) falseAlarmSources(lines, (line) => line.concepts, (line) => learnedConcept(line, line.patternRoute, line.concepts), (line) => withLearned(line, line.patternRoute, line.concepts));

  const before = new Map<ReadLine, CrisisRoute | null>();
  const conceptsBefore = new Map<ReadLine, string[]>();
  const fresh = files.filter((file) => path.basename(file) !== 'dev.tsv');
  for (const file of fresh) {
    const screened = screenedBeforeFile(file);
    if (screened === null) continue;
    lines
      .filter((line) => line.file === file)
      .forEach((line, i) => {
        const route = screened[i]?.route ?? 'none';
        before.set(line, route === 'none' ? null : (route as CrisisRoute));
        conceptsBefore.set(line, screened[i]?.concepts ?? []);
      });
  }
  const seen = fresh.filter((file) => lines.some((line) => line.file === file && before.has(line)));
  console.log('');
  console.log('(2) each file screened by the patterns as they were just before it was committed (never tuned on it) alone → with the learned opinion');
  table(
    seen,
    lines.filter((line) => before.has(line)),
    (line) => before.get(line) ?? 'none',
    (line) => withLearned(line, before.get(line) ?? null, conceptsBefore.get(line) ?? []),
  );
  if (why)
    falseAlarmSources(
      lines.filter((line) => before.has(line)),
      (line) => conceptsBefore.get(line) ?? [],
      (line) => learnedConcept(line, before.get(line) ?? null, conceptsBefore.get(line) ?? []),
      (line) => withLearned(line, before.get(line) ?? null, conceptsBefore.get(line) ?? []),
    );
  console.log('');
  console.log('thresholds chosen for each left-out file, per language read as (own, harm, someone else, raise; veto of possible, harm, someone else on the odds of none; log2 odds, - never):');
  for (const [file, byLanguage] of chosen) {
    const cells = Object.entries(byLanguage).map(([language, t]) => `${language} ${[t.own, t.harm, t.someoneElse, t.raise, t.veto.possible, t.veto.harm, t.veto.someoneElse].map((v) => (v >= NEVER ? '-' : v.toFixed(1))).join(', ')}`);
    console.log(`  ${path.basename(file).padEnd(24)} ${cells.join(' · ')}`);
  }
}

function table(files: readonly string[], lines: readonly ReadLine[], alone: (line: ReadLine) => string, withLearned: (line: ReadLine) => string): void {
  console.log(`  ${'measure'.padEnd(46)} ${'patterns alone'.padStart(17)} ${'+ learned'.padStart(17)}`);
  for (const [name, rows, ok] of measures(lines)) {
    const count = (routeOf: (line: ReadLine) => string) => rows.filter((line) => ok(routeOf(line))).length;
    console.log(`  ${name.padEnd(46)} ${share(count(alone), rows.length).padStart(17)} ${share(count(withLearned), rows.length).padStart(17)}`);
  }
  console.log('  per left-out file: own risk · imminent · harm · someone else · false alarms');
  for (const file of files) {
    const cells = measures(lines.filter((line) => line.file === file))
      .slice(0, 5)
      .map(([, rows, ok]) => (rows.length === 0 ? '-' : `${percent(rows.filter((line) => ok(alone(line))).length, rows.length)}→${percent(rows.filter((line) => ok(withLearned(line))).length, rows.length)}`));
    console.log(`    ${path.basename(file).padEnd(24)} ${cells.join(' · ')}`);
  }
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

/**
 * Where false alarms come from: for the none lines that end with a route, how many carry each concept
 * (the patterns' ids, and `learned-*` for a route the learned opinion added), and how many of each tag's
 * none lines are routed, with the concepts behind them.
 */
function falseAlarmSources(lines: readonly ReadLine[], conceptsOf: (line: ReadLine) => string[], learnedOf: (line: ReadLine) => string | null, finalRoute: (line: ReadLine) => string): void {
  const none = lines.filter((line) => line.route === 'none');
  const alarms = none.filter((line) => finalRoute(line) !== 'none');
  const vetoed = none.filter((line) => finalRoute(line) === 'none' && conceptsOf(line).length > 0);
  if (vetoed.length > 0) console.log(`  vetoed by the learned opinion: ${vetoed.length} none lines the patterns routed`);
  const idsOf = (line: ReadLine) => [...conceptsOf(line), ...[learnedOf(line)].filter((id) => id !== null)];
  const top = (counts: Map<string, number>, n: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([key, count]) => `${key} ${count}`)
      .join(', ');
  const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  console.log(`  false alarms by concept (${alarms.length} of ${none.length} none lines routed; a line may carry several):`);
  const byConcept = new Map<string, Map<string, number>>();
  for (const line of alarms) for (const id of new Set(idsOf(line))) bump(byConcept.get(id) ?? byConcept.set(id, new Map()).get(id)!, line.tag);
  for (const [id, tags] of [...byConcept].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))) {
    const alone = alarms.filter((line) => { const ids = new Set(idsOf(line)); return ids.size === 1 && ids.has(id); }).length;
    console.log(`    ${id.padEnd(26)} ${String(total(tags)).padStart(4)} (alone ${String(alone).padStart(3)})  tags: ${top(tags, 6)}`);
  }
  console.log('  false alarms by tag (routed / none lines with that tag):');
  const tagged = new Map<string, ReadLine[]>();
  for (const line of none) (tagged.get(line.tag) ?? tagged.set(line.tag, []).get(line.tag)!).push(line);
  const rows = [...tagged].map(([tag, these]) => [tag, these, these.filter((line) => alarms.includes(line))] as const).filter(([, , routed]) => routed.length > 0);
  for (const [tag, these, routed] of rows.sort((a, b) => b[2].length - a[2].length || a[0].localeCompare(b[0]))) {
    const concepts = new Map<string, number>();
    for (const line of routed) for (const id of new Set(idsOf(line))) bump(concepts, id);
    console.log(`    ${tag.padEnd(16)} ${`${routed.length}/${these.length}`.padStart(8)}  concepts: ${top(concepts, 5)}`);
  }
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The route and concepts the screen gave a file's lines in the commit before the file was first committed, or null if git cannot say. */
function screenedBeforeFile(file: string): { route: string; concepts: string[] }[] | null {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'peercircle-screen-at-'));
  try {
    const added = execFileSync('git', ['log', '--diff-filter=A', '--format=%H', '--', file], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
    if (!added) return null;
    // The old screen and the file decide the answer, so it is kept between runs (each costs a fresh process).
    const cached = path.join(os.tmpdir(), 'peercircle-screen-at-cache', `${added}-${createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex').slice(0, 16)}.json`);
    if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as { route: string; concepts: string[] }[];
    execFileSync('sh', ['-c', `git archive "${added}^" src | tar -x -C "${folder}"`], { cwd: root });
    symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/crisis-screen-at.ts'), folder, path.join(root, file)], { cwd: folder, encoding: 'utf8' });
    const screened = JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as { route: string; concepts: string[] }[] | null;
    if (screened !== null) {
      mkdirSync(path.dirname(cached), { recursive: true });
      writeFileSync(cached, JSON.stringify(screened));
    }
    return screened;
  } catch {
    return null;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const share = (n: number, d: number) => (d === 0 ? '-' : `${percent(n, d)} (${n}/${d})`);

// --why adds, under each table, where the false alarms come from (concepts and corpus tags).
if (import.meta.url === `file://${process.argv[1]}`) measureCrisisCrossValidation(process.argv.includes('--why'));
