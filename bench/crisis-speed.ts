import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { screenText } from '../src/domain/crisis/screen.js';
import { readDevCorpus } from '../test/helpers/crisis-corpus.js';

const root = path.resolve(import.meta.dirname, '..');

export interface LoadFigures {
  importMs: number;
  warmMs: number;
  loadMs: number;
  /** Kept after the garbage of loading is collected. */
  rssAddedMb: number;
  /** Right after loading, garbage included. */
  rssPeakAddedMb: number;
  /** How much of it is V8's young generation growing (0 when it was grown first). */
  youngGrowthMb: number;
}

export interface LoadMeasures {
  /** A process whose young generation had already grown, as a running bot's has: what the screen adds. */
  grown: LoadFigures;
  /** A cold process: the young generation grows while the screen loads, and counts. */
  cold: LoadFigures;
}

const LOAD_RUNS = 3;

/**
 * Model and pattern load, measured in fresh processes so nothing earlier in this one hides its cost: three
 * of each kind, the median load time of each kept (one process is at the mercy of whatever else the machine runs).
 */
export function measureCrisisLoad(): LoadMeasures | null {
  const once = (flags: string[]) => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'bench/crisis-load.ts'), ...flags], { cwd: root, encoding: 'utf8' });
    try {
      return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as LoadFigures;
    } catch {
      return null;
    }
  };
  const median = (flags: string[]) => {
    const runs = Array.from({ length: LOAD_RUNS }, () => once(flags));
    if (runs.some((run) => run === null)) return null;
    return (runs as LoadFigures[]).sort((a, b) => a.loadMs - b.loadMs)[Math.floor(LOAD_RUNS / 2)]!;
  };
  const grown = median(['--grown']);
  const cold = median([]);
  return grown && cold ? { grown, cold } : null;
}

export interface AllocationFigures {
  /** Bytes allocated per 1,000-character message, in KB. */
  kbPerMessage: number;
  /** Young-generation collections per round of 300 messages with V8's default heap. */
  collectionsPerRound: number;
}

/** Allocation per message and the young collections it causes, each in a fresh process (bench/crisis-alloc.ts). */
export function measureCrisisAllocation(): AllocationFigures | null {
  const run = (flags: string[]) => {
    const child = spawnSync(process.execPath, ['--expose-gc', ...flags, '--import', 'tsx', path.join(root, 'bench/crisis-alloc.ts')], { cwd: root, encoding: 'utf8' });
    try {
      return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as AllocationFigures;
    } catch {
      return null;
    }
  };
  const counted = run(['--min-semi-space-size=128', '--max-semi-space-size=128']);
  const collected = run([]);
  // With the large young generation nothing may be collected while counting, or the count is short.
  if (counted === null || collected === null || counted.collectionsPerRound !== 0) return null;
  return { kbPerMessage: counted.kbPerMessage, collectionsPerRound: collected.collectionsPerRound };
}

/** 1,000-character messages cut from the given lines, wrapping round them, one start every 997 characters. */
export function thousandCharacterMessages(texts: string[], count = 300): string[] {
  const sample = texts.join(' ');
  return Array.from({ length: count }, (_, i) => sample.slice((i * 997) % Math.max(1, sample.length - 1000)).slice(0, 1000).padEnd(1000, ' '));
}

export interface RoundFigures {
  p50: number;
  p99: number;
  /** CPU time the process spent on a message (all its threads, garbage collection included), which other jobs on the machine do not inflate. */
  cpuP50: number;
  cpuP99: number;
}

/**
 * Screens every message once per round. The machine is shared, so one round can be slowed by
 * someone else's job: the best round shows what the screen costs, the median round what to expect.
 */
export function measureScreenRounds(messages: string[], rounds: number): RoundFigures[] {
  const figures: RoundFigures[] = [];
  for (let round = 0; round < rounds; round++) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (const message of messages) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      screenText(message);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    figures.push({ ...percentiles(wall), cpuP50: percentiles(cpu).p50, cpuP99: percentiles(cpu).p99 });
  }
  return figures;
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

export function speedReport(texts: string[], rounds = 7): string {
  const load = measureCrisisLoad();
  const allocation = measureCrisisAllocation();
  screenText('warm up');
  const figures = measureScreenRounds(thousandCharacterMessages(texts), rounds);
  const byP99 = [...figures].sort((a, b) => a.p99 - b.p99);
  const best = byP99[0]!;
  const median = byP99[Math.floor(byP99.length / 2)]!;
  const byCpu = [...figures].sort((a, b) => a.cpuP99 - b.cpuP99);
  const cpuBest = byCpu[0]!;
  const cpuMedian = byCpu[Math.floor(byCpu.length / 2)]!;
  const ms = (n: number) => n.toFixed(2);
  const loadLine = load
    ? `model and patterns load ${load.grown.loadMs.toFixed(0)} ms in a fresh process, median of ${LOAD_RUNS} (import ${load.grown.importMs.toFixed(0)} + first read ${load.grown.warmMs.toFixed(0)}; target < 1000); RSS added ${load.grown.rssAddedMb.toFixed(0)} MB kept once loading's garbage is collected, in a process whose young generation had grown as a running bot's has (target < 80; ${load.grown.rssPeakAddedMb.toFixed(0)} MB at the peak right after loading); in a cold process ${load.cold.rssAddedMb.toFixed(0)} MB, of which ${load.cold.youngGrowthMb.toFixed(0)} MB is the young generation growing`
    : 'model load: the fresh process did not report';
  const allocationLine = allocation
    ? `${allocation.kbPerMessage.toFixed(0)} KB allocated per 1,000-character message, ${allocation.collectionsPerRound} young-generation collections per round of 300 (each lands on one message; fewer than 3 keeps them out of the p99)`
    : 'allocation: the fresh processes did not report';
  return [
    `  speed and size: ${loadLine}`,
    `  garbage: ${allocationLine}`,
    `  1,000-character messages, ${figures.length} rounds of ${thousandCharacterMessages(texts).length}, rounds ranked by p99: best round p50 ${ms(best.p50)} ms, p99 ${ms(best.p99)} ms; median round p50 ${ms(median.p50)} ms, p99 ${ms(median.p99)} ms (target p99 < 2)`,
    `  the same as CPU time per message (not inflated by other jobs on the machine): best round p50 ${ms(cpuBest.cpuP50)} ms, p99 ${ms(cpuBest.cpuP99)} ms; median round p50 ${ms(cpuMedian.cpuP50)} ms, p99 ${ms(cpuMedian.cpuP99)} ms`,
  ].join('\n');
}

// `npx tsx bench/crisis-speed.ts [--rounds=N]`: the speed figures alone, over the development corpus.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 7);
  console.log(speedReport(readDevCorpus().map((row) => row.text), rounds));
}
