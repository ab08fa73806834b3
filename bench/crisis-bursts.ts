import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisRoute } from '../src/domain/crisis/screen.js';
import type { MessageEvent } from '../src/core/events.js';
import { mostUrgent, RecentMessages } from '../src/core/recent-messages.js';
import { screenEvent, screenInBurst } from '../src/core/screen-event.js';
import { CORPUS_DIR, readCorpusFile, type CorpusRow } from '../test/helpers/crisis-corpus.js';

/** Labelled bursts: each line 2–4 messages one member sent in a row, joined by ` || `; the label is the burst's as a whole. */
export const BURSTS_DIR = join(CORPUS_DIR, 'bursts');
const SEPARATOR = ' || ';
/** Seconds between two messages of a burst: people send the pieces of one thought seconds to a minute apart. */
const GAP_MS = 20_000;

export function burstFiles(part: 'heldout' | 'dev'): string[] {
  return readdirSync(BURSTS_DIR)
    .filter((name) => name.startsWith(`${part}-bursts`) && name.endsWith('.tsv'))
    .sort()
    .map((name) => join(BURSTS_DIR, name));
}

/**
 * The most urgent crisis route a member was shown while sending a burst, message by message, as the bot reads them
 * (bot.ts: each message alone, and with the member's messages just before it) or, with `alone`, each message by itself.
 */
export function routeShownForBurst(messages: readonly string[], alone = false): CrisisRoute | null {
  const recent = new RecentMessages();
  const shown: (CrisisRoute | null)[] = [];
  messages.forEach((text, i) => {
    const event: MessageEvent = { kind: 'message', text, isDirect: true, receivedAt: new Date(Date.UTC(2026, 0, 1) + i * GAP_MS), community: { platform: 'terminal', externalId: 'bench' }, user: { id: 'member' } };
    const own = screenEvent(event);
    const screen = alone ? own : screenInBurst(event, own, recent.before('member', event.receivedAt.getTime()));
    recent.remember('member', text, event.receivedAt.getTime(), screen.route);
    shown.push(screen.route);
  });
  return mostUrgent(shown);
}

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
