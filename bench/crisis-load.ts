/**
 * Run in a fresh process by bench/crisis-speed.ts: how long the screen takes to become ready (importing
 * the English model and the language files, parsing the model, compiling the patterns) and the
 * memory that adds. Prints one line of JSON.
 */
// Run with --expose-gc: memory is read after the garbage of loading is collected, so the figure is what the
// screen keeps for the life of the process; the peak right after loading is printed beside it.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
collect();
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
console.log(JSON.stringify({ importMs: imported - started, warmMs: ready - imported, loadMs: ready - started, rssAddedMb: (rssKept - rssBefore) / 1e6, rssPeakAddedMb: (rssPeak - rssBefore) / 1e6 }));
