/**
 * Run in a fresh process by bench/crisis-speed.ts: how long the screen takes to become ready (importing
 * the English model and the language files, parsing the model, compiling the patterns) and the
 * memory that adds. Prints one line of JSON.
 */
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const { warmUpScreen } = await import('../src/domain/crisis/screen.js');
const imported = performance.now();
warmUpScreen();
const ready = performance.now();
console.log(JSON.stringify({ importMs: imported - started, warmMs: ready - imported, loadMs: ready - started, rssAddedMb: (process.memoryUsage().rss - rssBefore) / 1e6 }));
