import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { measureCrisisDetection } from './crisis.js';
import { measureCrisisBursts } from './crisis-bursts.js';
import { measureCrisisCrossValidation } from './crisis-cv.js';
import { measureDelivery } from './delivery.js';
import { measureDigest } from './digest.js';
import { measureDiscordInteractions } from './discord-interactions.js';
import { measureHostileInput } from './hostile-input.js';
import { measurePairing, measurePairingRound } from './pairing.js';
import { benchServerUrl } from './postgres.js';
import { measureSchedulerPass } from './scheduler.js';
import { measureSlackLoad, type LoadDatabase } from './slack-load.js';
import { measureStartup, type StartupSample } from './startup.js';

/**
 * Prints the project's figures. Run: npm run bench [-- --only=crisis,crisis-bursts,crisis-cv,startup,scheduler,digest,delivery,pairing,discord,slack,hostile]
 * [--part dev|<file.tsv>] (crisis: the development corpus, or one labelled file, instead of the held-out part;
 * crisis-bursts: `--part dev` reads the development bursts)
 * [--test-time] [--delivery-count=10000] [--delivery-limit=50] [--discord-rate=200] [--discord-seconds=10]
 * [--slack-rate=200] [--slack-seconds=10] [--slack-rounds=3] [--slack-databases=embedded,postgres]
 * [--scheduler-databases=postgres,embedded] (default postgres). PostgreSQL figures use
 * BENCH_DATABASE_URL (default the local server), in databases of their own that are dropped after.
 */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',') ?? ['crisis', 'crisis-bursts', 'startup', 'scheduler', 'digest', 'delivery', 'pairing', 'discord', 'slack', 'hostile'];

if (only.includes('crisis')) {
  measureCrisisDetection(process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : (arg('part') ?? 'heldout'));
  console.log('');
}
if (only.includes('crisis-bursts')) {
  measureCrisisBursts(arg('part') === 'dev' || process.argv[process.argv.indexOf('--part') + 1] === 'dev' ? 'dev' : 'heldout');
  console.log('');
}
if (only.includes('crisis-cv')) {
  measureCrisisCrossValidation();
  console.log('');
}
if (only.includes('startup')) {
  await startupFigures();
  console.log('');
}
if (only.includes('scheduler')) {
  for (const kind of (arg('scheduler-databases') ?? 'postgres').split(',')) {
    if (kind === 'postgres' || kind === 'embedded') await measureSchedulerPass(kind);
  }
  console.log('');
}
if (only.includes('digest')) {
  await measureDigest();
  console.log('');
}
if (only.includes('delivery')) {
  await measureDelivery(Number(arg('delivery-count') ?? 10_000), Number(arg('delivery-limit') ?? 50));
  console.log('');
}
if (only.includes('pairing')) {
  measurePairing();
  console.log('');
  await measurePairingRound();
  console.log('');
}
if (only.includes('discord')) {
  await measureDiscordInteractions(Number(arg('discord-rate') ?? 200), Number(arg('discord-seconds') ?? 10));
  console.log('');
}
if (only.includes('slack')) {
  const databases = (arg('slack-databases') ?? 'embedded,postgres').split(',').filter((d): d is LoadDatabase => d === 'embedded' || d === 'postgres');
  await measureSlackLoad(Number(arg('slack-rate') ?? 200), Number(arg('slack-seconds') ?? 10), databases, Number(arg('slack-rounds') ?? 3));
  console.log('');
}
if (only.includes('hostile')) {
  measureHostileInput();
  console.log('');
}
if (process.argv.includes('--test-time')) {
  const started = performance.now();
  const result = spawnSync('npm', ['test', '--silent'], { stdio: 'ignore', env: { ...process.env, TEST_DATABASE_URL: '' } });
  console.log(`npm test wall time: ${((performance.now() - started) / 1000).toFixed(1)} s (exit ${result.status}; target under 120 s on 2 cores)`);
}

async function startupFigures(): Promise<void> {
  const runs = 5;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const show = (label: string, samples: StartupSample[]) =>
    console.log(
      `  ${label.padEnd(32)} ready ${median(samples.map((s) => s.readyMs)).toFixed(0).padStart(5)} ms · first reply ${median(samples.map((s) => s.firstReplyMs)).toFixed(0).padStart(5)} ms · RSS ${median(samples.map((s) => s.rssMb)).toFixed(0).padStart(4)} MB, ${median(samples.map((s) => s.rssTotalMb)).toFixed(0).padStart(4)} MB with helper processes  (median of ${samples.length})`,
    );
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-bench-'));
  try {
    console.log(`start-up (target: under 2 s with an existing embedded database; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
    show('embedded, first start (initdb)', [await measureStartup({ DATA_DIR: dataDir })]);
    const embedded: StartupSample[] = [];
    for (let i = 0; i < runs; i++) embedded.push(await measureStartup({ DATA_DIR: dataDir }));
    show('embedded, existing database', embedded);

    const name = `peercircle_bench_startup_${process.pid}`;
    const admin = new pg.Client({ connectionString: benchServerUrl });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(benchServerUrl);
      url.pathname = `/${name}`;
      await measureStartup({ DATABASE_URL: url.toString() });
      const postgres: StartupSample[] = [];
      for (let i = 0; i < runs; i++) postgres.push(await measureStartup({ DATABASE_URL: url.toString() }));
      show('PostgreSQL, existing database', postgres);
    } catch (error) {
      console.log(`  PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
