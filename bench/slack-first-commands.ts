import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FakeSlack, slackSignature } from '../test/helpers/fake-slack.js';
import { benchServerUrl } from './postgres.js';
import { ReplyCollector, signingSecret, startPeercircle } from './slack-load.js';

/**
 * The first commands after a start, one at a time (closed loop, so the machine's load matters
 * little): `npx tsx bench/slack-first-commands.ts [starts=5] [commands=60] [databases=postgres,embedded]`.
 * Each start is a fresh process on a fresh database; then `commands` commands are sent one after
 * another, then bursts of 10 at once. Prints, per database, the median over starts of each
 * command's ack and reply time, grouped by tens.
 */
const starts = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 60);
const databases = (process.argv[4] ?? 'postgres,embedded').split(',');
const mix = [['/pc-principle', 'boundaries'], ['/pc-help', ''], ['/pc-settings', ''], ['/pc-principle', 'today']] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function send(url: string, collector: ReplyCollector, id: string, i: number, user: string): Promise<[number, number]> {
  const [command, text] = mix[i % mix.length]!;
  const body = new URLSearchParams({ command, text, team_id: 'TLOAD', team_domain: 'load', user_id: user, user_name: user.toLowerCase(), channel_id: 'CLOAD', channel_name: 'general', response_url: `${collector.url}${id}`, trigger_id: `${id}-t` }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const sent = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(signingSecret, timestamp, body) }, body });
  await response.arrayBuffer();
  const ack = performance.now() - sent;
  while (!collector.arrivals.has(id)) await new Promise((resolve) => setTimeout(resolve, 1));
  return [ack, collector.arrivals.get(id)! - sent];
}

const fake = new FakeSlack();
await fake.start();
const collector = new ReplyCollector();
await collector.start();
const admin = new pg.Client({ connectionString: benchServerUrl });
await admin.connect();
for (const kind of databases) {
  const acks: number[][] = [];
  const replies: number[][] = [];
  const bursts: number[][] = [];
  for (let s = 0; s < starts; s++) {
    const name = `peercircle_bench_first_${process.pid}`;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-first-'));
    let database: { DATA_DIR: string } | { DATABASE_URL: string } = { DATA_DIR: dataDir };
    if (kind === 'postgres') {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(benchServerUrl);
      url.pathname = `/${name}`;
      database = { DATABASE_URL: url.toString() };
    }
    const app = await startPeercircle(fake, database, process.env.FIRST_COMMANDS_FROM ?? undefined);
    try {
      const tag = randomBytes(4).toString('hex');
      for (let i = 0; i < count; i++) {
        const [ack, reply] = await send(app.url, collector, `${tag}-${i}`, i, `UF${i % 20}`);
        (acks[i] ??= []).push(ack);
        (replies[i] ??= []).push(reply);
      }
      for (let b = 0; b < 10; b++) {
        const started = performance.now();
        await Promise.all(Array.from({ length: 10 }, (_, j) => send(app.url, collector, `${tag}-b${b}-${j}`, j, `UB${j}`)));
        (bursts[b] ??= []).push(performance.now() - started);
      }
    } finally {
      await app.stop();
      if (kind === 'postgres') await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`${kind} (${starts} starts; load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}):`);
  console.log(`  command 1..5 ack ms: ${acks.slice(0, 5).map((v) => median(v).toFixed(1)).join(' ')} · reply ms: ${replies.slice(0, 5).map((v) => median(v).toFixed(1)).join(' ')}`);
  for (let from = 0; from < count; from += 10) {
    const group = (rows: number[][]) => median(rows.slice(from, from + 10).map(median)).toFixed(1);
    console.log(`  commands ${from + 1}-${Math.min(count, from + 10)}: ack ${group(acks)} ms, reply ${group(replies)} ms (medians)`);
  }
  console.log(`  bursts of 10 at once, all replied: ${bursts.map((v) => median(v).toFixed(0)).join(' ')} ms`);
}
await admin.end();
await collector.stop();
await fake.stop();
