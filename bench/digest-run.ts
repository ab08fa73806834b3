import { randomBytes } from 'node:crypto';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
// Runs one digest in a process of its own, so its time and peak memory are the digest's alone.
import { communityDigest } from '../src/core/digest.js';
import { renderTrendChart } from '../src/charts/trend-chart.js';
import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';

const [url = '', communityId = '', endDate = '', from = ''] = process.argv.slice(2);
const database = await openDatabase({ kind: 'postgres', url });
const store = new Store(database, new NoteCipher(noteKey(randomBytes(32))));
const community = await store.communities.byId(communityId);
if (!community) throw new Error('no community');
const started = performance.now();
// The digest as asked the day after endDate, so endDate's week has closed.
const now = new Date(Date.parse(`${endDate}T00:00:00Z`) + 36 * 3_600_000);
const digest = from ? await communityDigest(store, community, now, { from, to: endDate }) : await communityDigest(store, community, now);
const png = await renderTrendChart(digest);
const ms = performance.now() - started;
await database.close();
console.log(JSON.stringify({ ms, weeks: digest.weeks.length, pngBytes: png.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
