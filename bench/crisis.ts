import { screenText, warmUpScreen } from '../src/domain/crisis/screen.js';
import { devCorpusFiles, heldOutFiles, readCorpusFile, type CorpusRow as Row } from '../test/helpers/crisis-corpus.js';

const routes = ['imminent', 'possible', 'harm-from-others', 'someone-else', 'none'];
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/**
 * The crisis screen on the labelled corpus: by default ONLY the frozen held-out parts
 * (test/fixtures/crisis-corpus/heldout*.tsv), each reported on its own; `--part dev` reads the
 * development files (dev.tsv and dev-*.tsv) instead.
 */
export function measureCrisisDetection(part = 'heldout'): void {
  const paths = part === 'dev' ? devCorpusFiles() : heldOutFiles();
  if (paths.length === 0) {
    console.log(`crisis screen: no ${part} corpus files, nothing to measure`);
    return;
  }
  const rssBefore = process.memoryUsage().rss;
  const loadStarted = performance.now();
  warmUpScreen();
  const loadMs = performance.now() - loadStarted;
  const rssAdded = (process.memoryUsage().rss - rssBefore) / 1e6;

  const sets = part === 'dev' ? [{ name: paths.join(' + '), rows: paths.flatMap(readCorpusFile) }] : paths.map((path) => ({ name: path, rows: readCorpusFile(path) }));
  for (const { name, rows } of sets) reportSet(name, rows);
  const rows = sets.flatMap((set) => set.rows);
  const sample = rows.map((r) => r.text).join(' ');
  const messages = Array.from({ length: 300 }, (_, i) => sample.slice((i * 997) % Math.max(1, sample.length - 1000)).slice(0, 1000).padEnd(1000, ' '));
  const times = messages.map((message) => {
    const started = performance.now();
    screenText(message);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`  speed and size: model and patterns load ${loadMs.toFixed(0)} ms (target < 1000), RSS added ${rssAdded.toFixed(0)} MB (target < 80), 1,000-character messages p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (target < 2)`);
}

function reportSet(name: string, rows: Row[]): void {

  const got = rows.map((row) => screenText(row.text).route ?? 'none');
  console.log(`crisis screen on ${name} (${rows.length} lines)`);
  report(rows, got, '');
  const spanish = rows.map((row, i) => [row, got[i]!] as const).filter(([row]) => row.lang === 'es');
  console.log('  Spanish only:');
  report(
    spanish.map(([row]) => row),
    spanish.map(([, g]) => g),
    '  ',
  );
  console.log('  recall by tag (risk lines: routed anywhere but none; none lines: left alone):');
  const tags = new Map<string, [number, number]>();
  rows.forEach((row, i) => {
    const ok = row.route === 'none' ? got[i] === 'none' : got[i] !== 'none';
    const [hit, all] = tags.get(`${row.route}/${row.tag}`) ?? [0, 0];
    tags.set(`${row.route}/${row.tag}`, [hit + (ok ? 1 : 0), all + 1]);
  });
  for (const [tag, [hit, all]] of [...tags].sort()) console.log(`    ${tag.padEnd(34)} ${pct(hit, all)} of ${all}`);
}

function report(rows: Row[], got: string[], indent: string): void {
  const own = rows.map((row, i) => [row.route, got[i]!] as const).filter(([route]) => route === 'imminent' || route === 'possible');
  const ownHit = own.filter(([, g]) => g === 'imminent' || g === 'possible').length;
  const strict = (route: string) => {
    const these = rows.map((row, i) => [row.route, got[i]!] as const).filter(([r]) => r === route);
    return `${pct(these.filter(([, g]) => g === route).length, these.length)} of ${these.length}`;
  };
  const none = rows.map((row, i) => [row.route, got[i]!] as const).filter(([r]) => r === 'none');
  console.log(`${indent}  own risk (imminent or possible, routed to either) ${pct(ownHit, own.length)} of ${own.length}`);
  console.log(`${indent}  imminent (strict) ${strict('imminent')} · harm from others ${strict('harm-from-others')} · someone else ${strict('someone-else')}`);
  console.log(`${indent}  false alarms on none ${pct(none.filter(([, g]) => g !== 'none').length, none.length)} of ${none.length}`);
  console.log(`${indent}  confusion (rows: label, columns: screen)`);
  console.log(`${indent}    ${''.padEnd(17)}${routes.map((r) => r.slice(0, 12).padStart(13)).join('')}`);
  for (const label of routes) {
    const cells = routes.map((r) => String(rows.filter((row, i) => row.route === label && got[i] === r).length).padStart(13));
    console.log(`${indent}    ${label.padEnd(17)}${cells.join('')}`);
  }
}
