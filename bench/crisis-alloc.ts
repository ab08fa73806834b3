/**
 * Bytes the screen allocates per 1,000-character message, a figure other jobs on the machine do not
 * disturb (unlike p99). Run with a young generation large enough that no collection happens while it
 * counts: `node --expose-gc --min-semi-space-size=128 --max-semi-space-size=128 --import tsx bench/crisis-alloc.ts`.
 * Also reports how many young-generation collections 300 messages cause with the default heap.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { screenText } from '../src/domain/crisis/screen.js';
import { readDevCorpus } from '../test/helpers/crisis-corpus.js';
import { thousandCharacterMessages } from './crisis-speed.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const messages = thousandCharacterMessages(readDevCorpus().map((row) => row.text));
let collections = 0;
new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({ entryTypes: ['gc'] });
for (let round = 0; round < 3; round++) for (const message of messages) screenText(message);
const perRound: number[] = [];
for (let round = 0; round < 5; round++) {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 10));
  collections = 0;
  const before = process.memoryUsage().heapUsed;
  for (const message of messages) screenText(message);
  const after = process.memoryUsage().heapUsed;
  await new Promise((resolve) => setTimeout(resolve, 10));
  perRound.push((after - before) / messages.length);
  console.log(`round ${round}: ${((after - before) / messages.length / 1024).toFixed(1)} KB a message, ${collections} collections during the round`);
}
perRound.sort((a, b) => a - b);
console.log(`median ${(perRound[2]! / 1024).toFixed(1)} KB allocated per 1,000-character message`);
