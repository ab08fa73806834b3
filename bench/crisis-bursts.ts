import { readCorpusFile, type CorpusRow } from '../test/helpers/crisis-corpus.js';
import { BURSTS_DIR, burstFiles, routeShownForBurst, SEPARATOR } from '../test/helpers/crisis-bursts.js';

const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);

function figures(rows: readonly CorpusRow[], got: readonly string[]): string {
  const of = (labels: string[], ok: (g: string) => boolean) => {
    const these = rows.map((row, i) => [row.route, got[i]!] as const).filter(([label]) => labels.includes(label));
    return `${pct(these.filter(([, g]) => ok(g)).length, these.length)} of ${these.length}`;
  };
  return [
    `own risk ${of(['imminent', 'possible'], (g) => g === 'imminent' || g === 'possible')}`,
    `imminent ${of(['imminent'], (g) => g === 'imminent')}`,
    `harm ${of(['harm-from-others'], (g) => g === 'harm-from-others')}`,
    `someone else ${of(['someone-else'], (g) => g === 'someone-else')}`,
    `false alarms ${of(['none'], (g) => g !== 'none')}`,
  ].join(' · ');
}

/** Each burst file's figures, read message by message alone and as the bot reads them, English and Spanish together and Spanish apart. */
export function measureCrisisBursts(part: 'heldout' | 'dev' = 'heldout'): void {
  const paths = burstFiles(part);
  if (paths.length === 0) return console.log(`crisis bursts: no ${part} files in ${BURSTS_DIR}`);
  for (const path of paths) {
    const rows = readCorpusFile(path);
    const read = (alone: boolean) => rows.map((row) => routeShownForBurst(row.text.split(SEPARATOR), alone) ?? 'none');
    const [eachAlone, asBot] = [read(true), read(false)];
    const spanish = rows.map((row, i) => [row, i] as const).filter(([row]) => row.lang === 'es');
    console.log(`crisis bursts on ${path} (${rows.length} bursts; the most urgent route shown while a burst was sent)`);
    console.log(`  each message alone     ${figures(rows, eachAlone)}`);
    console.log(`  read with the earlier  ${figures(rows, asBot)}`);
    console.log(`  Spanish, each alone    ${figures(spanish.map(([row]) => row), spanish.map(([, i]) => eachAlone[i]!))}`);
    console.log(`  Spanish, with earlier  ${figures(spanish.map(([row]) => row), spanish.map(([, i]) => asBot[i]!))}`);
  }
}
