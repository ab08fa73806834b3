import path from 'node:path';
import { screenWith } from '../src/domain/crisis/screen.js';
import { devCorpusFiles, readCorpusFile, type CorpusRow } from '../test/helpers/crisis-corpus.js';

/**
 * The patterns' reading alone (no learned opinion, which has seen every development line) on each
 * development file: the figures to watch while changing patterns, since the whole screen's figures on
 * these files are flattered by a model trained on them. Never reads held-out files.
 * Run: npx tsx bench/crisis-patterns.ts [--misses <part of a file name>] [--route <label>]
 * `--misses` lists that file's lines routed wrong (label → got, text), optionally only those labelled `--route`.
 */
const patternRoute = (text: string): string => screenWith(text, { second: null }).route ?? 'none';
const own = (route: string) => route === 'imminent' || route === 'possible';
const percent = (n: number, d: number) => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

interface Read {
  row: CorpusRow;
  got: string;
}

function figures(reads: readonly Read[]): string[] {
  const of = (labels: string[], ok: (got: string) => boolean) => {
    const these = reads.filter(({ row }) => labels.includes(row.route));
    return percent(these.filter(({ got }) => ok(got)).length, these.length);
  };
  return [
    of(['imminent', 'possible'], own),
    of(['imminent'], (got) => got === 'imminent'),
    of(['harm-from-others'], (got) => got === 'harm-from-others'),
    of(['someone-else'], (got) => got === 'someone-else'),
    of(['none'], (got) => got !== 'none'),
    percent(
      reads.filter(({ row, got }) => row.lang === 'es' && own(row.route) && own(got)).length,
      reads.filter(({ row }) => row.lang === 'es' && own(row.route)).length,
    ),
  ];
}

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const misses = argument('--misses');
const onlyRoute = argument('--route');
const all: Read[] = [];
console.log('patterns alone on each development file: own risk · imminent · harm · someone else · false alarms · Spanish own risk');
for (const file of devCorpusFiles()) {
  const reads = readCorpusFile(file).map((row) => ({ row, got: patternRoute(row.text) }));
  all.push(...reads);
  console.log(`  ${path.basename(file).padEnd(26)} ${figures(reads).join(' · ')}`);
  if (misses !== undefined && path.basename(file).includes(misses)) {
    const wrong = reads.filter(({ row, got }) => (row.route === 'none' ? got !== 'none' : row.route === 'imminent' || row.route === 'possible' ? !(row.route === got || (row.route === 'possible' && got === 'imminent')) : got !== row.route));
    for (const { row, got } of wrong.filter(({ row }) => onlyRoute === undefined || row.route === onlyRoute)) console.log(`      ${row.route} → ${got}\t${row.lang}\t${row.text}`);
  }
}
console.log(`  ${'all'.padEnd(26)} ${figures(all).join(' · ')}`);
