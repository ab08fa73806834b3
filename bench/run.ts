import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { measureCrisisDetection } from './crisis.js';
import { measureStartup, type StartupSample } from './startup.js';

/**
 * Prints the project's figures: crisis detection recall and false-positive rate, start-up time and
 * memory (embedded and PostgreSQL) and, with --test-time, the wall time of `npm test`.
 * Run: npm run bench [-- --test-time]
 */
measureCrisisDetection();
console.log('');
const runs = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const show = (label: string, samples: StartupSample[]) =>
  console.log(
    `${label.padEnd(34)} ready ${median(samples.map((s) => s.readyMs)).toFixed(0).padStart(5)} ms · first reply ${median(samples.map((s) => s.firstReplyMs)).toFixed(0).padStart(5)} ms · RSS ${median(samples.map((s) => s.rssMb)).toFixed(0).padStart(4)} MB  (median of ${samples.length})`,
  );

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-bench-'));
try {
  console.log('peercircle start-up (target: under 3 s with an existing embedded database)');
  const first = await measureStartup({ DATA_DIR: dataDir });
  console.log(`${'embedded, first start (initdb)'.padEnd(34)} ready ${first.readyMs.toFixed(0).padStart(5)} ms · first reply ${first.firstReplyMs.toFixed(0).padStart(5)} ms · RSS ${first.rssMb.toFixed(0).padStart(4)} MB`);
  const embedded: StartupSample[] = [];
  for (let i = 0; i < runs; i++) embedded.push(await measureStartup({ DATA_DIR: dataDir }));
  show('embedded, existing database', embedded);

  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `peercircle_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await measureStartup({ DATABASE_URL: url.toString() });
    const postgres: StartupSample[] = [];
    for (let i = 0; i < runs; i++) postgres.push(await measureStartup({ DATABASE_URL: url.toString() }));
    show('PostgreSQL, existing database', postgres);
  } catch (error) {
    console.log(`PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }

  if (process.argv.includes('--test-time')) {
    const started = performance.now();
    const result = spawnSync('npm', ['test', '--silent'], { stdio: 'ignore', env: { ...process.env, TEST_DATABASE_URL: '' } });
    console.log(`npm test wall time: ${((performance.now() - started) / 1000).toFixed(1)} s (exit ${result.status}; target under 120 s on 2 cores)`);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
