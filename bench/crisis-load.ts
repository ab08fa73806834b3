/**
 * Run in a fresh process by bench/crisis-speed.ts: how long the screen takes to become ready (importing
 * the English model and the language files, parsing the model, compiling the patterns) and the
 * memory that adds. Prints one line of JSON.
 */
import { getHeapSpaceStatistics } from 'node:v8';

// Run with --expose-gc: memory is read after the garbage of loading is collected, so the figure is what the
// screen keeps for the life of the process; the peak right after loading is printed beside it.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const youngMb = () => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) / 1e6;

/**
 * V8's young generation grows from 4 to 32 MB (two 16 MB halves) in any process that makes garbage at a
 * steady rate, and does not shrink back; a running bot has grown it long before the screen loads. With
 * --grown, that growth is paid before the first reading, so the figure is what the screen itself adds to a
 * running bot; without it, a cold process, where the young generation grows while loading and counts too.
 */
function growYoungGeneration(): void {
  let churn: { n: number; s: string }[] = [];
  for (let n = 0; n < 3_000_000; n++) {
    churn.push({ n, s: `x${n}` });
    if (churn.length > 50_000) churn = [];
  }
}
if (process.argv.includes('--grown')) growYoungGeneration();
collect();
collect();
const youngBefore = youngMb();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const { warmUpScreen } = await import('../src/domain/crisis/screen.js');
const imported = performance.now();
warmUpScreen();
const ready = performance.now();
const rssPeak = process.memoryUsage().rss;
collect();
collect();
const rssKept = process.memoryUsage().rss;
console.log(
  JSON.stringify({
    importMs: imported - started,
    warmMs: ready - imported,
    loadMs: ready - started,
    rssAddedMb: (rssKept - rssBefore) / 1e6,
    rssPeakAddedMb: (rssPeak - rssBefore) / 1e6,
    youngGrowthMb: youngMb() - youngBefore,
  }),
);
