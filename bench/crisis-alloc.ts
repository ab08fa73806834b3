/**
 * What the screen allocates per 1,000-character message, a figure other jobs on the machine do not disturb
 * (unlike p99), and how many young-generation collections a round of the speed benchmark's 300 messages
 * causes: those collections land on single messages and set the p99. Run by bench/crisis-speed.ts in two
 * fresh processes; alone:
 *   node --expose-gc --min-semi-space-size=128 --max-semi-space-size=128 --import tsx bench/crisis-alloc.ts
 * (a young generation large enough that nothing is collected while it counts, so heap growth is allocation),
 * or without the semi-space flags for the collections a default heap makes. `--profile=FILE` also writes a
 * sampling profile of every allocation (collected objects included) for Chrome DevTools' Memory tab.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { screenText } from '../src/domain/crisis/screen.js';
import { readDevCorpus } from '../test/helpers/crisis-corpus.js';
import { thousandCharacterMessages } from './crisis-speed.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const messages = thousandCharacterMessages(readDevCorpus().map((row) => row.text));
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ['gc'] });
// Warm: memos filled and code optimised, as in a running bot.
for (let round = 0; round < 3; round++) for (const message of messages) screenText(message);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const rounds: { kb: number; collections: number }[] = [];
for (let round = 0; round < 5; round++) {
  gc();
  await settle();
  collections = 0;
  const before = process.memoryUsage().heapUsed;
  for (const message of messages) screenText(message);
  const after = process.memoryUsage().heapUsed;
  await settle();
  rounds.push({ kb: (after - before) / messages.length / 1024, collections });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const profile = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length);
if (profile) {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let round = 0; round < 3; round++) for (const message of messages) screenText(message);
  writeFileSync(profile, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
}
// kbPerMessage is the allocation only when nothing was collected while counting (collectionsPerRound 0).
console.log(JSON.stringify({ kbPerMessage: median(rounds.map((r) => r.kb)), collectionsPerRound: median(rounds.map((r) => r.collections)), messages: messages.length }));
