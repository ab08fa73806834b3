import { screenText } from '../src/domain/crisis/screen.js';
import { speedReport } from './crisis-speed.js';
import { devCorpusFiles, heldOutFiles, readCorpusFile, type CorpusRow as Row } from '../test/helpers/crisis-corpus.js';

const routes = ['imminent', 'possible', 'harm-from-others', 'someone-else', 'none'];
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/**
 * The crisis screen on the labelled corpus: by default ONLY the frozen held-out parts
 * (test/fixtures/crisis-corpus/heldout*.tsv), each reported on its own; `--part dev` reads the
 * development files (dev.tsv and dev-*.tsv) instead, and `--part <file.tsv>` one labelled file of the same
 * format (a fresh batch, measured before anyone tunes against it).
 */
export function measureCrisisDetection(part = 'heldout'): void {
  const paths = part === 'dev' ? devCorpusFiles() : part.endsWith('.tsv') ? [part] : heldOutFiles();
  if (paths.length === 0) {
    console.log(`crisis screen: no ${part} corpus files, nothing to measure`);
    return;
  }
  const sets = part === 'dev' ? [{ name: paths.join(' + '), rows: paths.flatMap(readCorpusFile) }] : paths.map((path) => ({ name: path, rows: readCorpusFile(path) }));
  for (const { name, rows } of sets) reportSet(name, rows);
  if (sets.length > 1) {
    // One figure over every set: a set's cell moves by a line or two; the pool shows what the whole exam says.
    const all = sets.flatMap((set) => set.rows);
    const got = all.map((row) => screenText(row.text).route ?? 'none');
    console.log(`crisis screen on all ${sets.length} ${part} sets pooled (${all.length} lines)`);
    report(all, got, '');
    const spanish = all.map((row, i) => [row, got[i]!] as const).filter(([row]) => row.lang === 'es');
    console.log('  Spanish only:');
    report(spanish.map(([row]) => row), spanish.map(([, g]) => g), '  ');
  }
  console.log(speedReport(sets.flatMap((set) => set.rows).map((row) => row.text)));
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
