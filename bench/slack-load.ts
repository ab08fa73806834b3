import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { FakeSlack, slackSignature } from '../test/helpers/fake-slack.js';
import { benchServerUrl } from './postgres.js';
import { cpuSeconds, mainThreadSeconds, postgresSeconds, systemSeconds, taskSeconds } from './proc-cpu.js';
import { processTree } from './process-tree.js';

/**
 * What a member feels when many slash commands arrive at once, measured open loop: each signed
 * command leaves on its schedule whether or not earlier ones were answered, for `seconds` at
 * `rate` a second, against the real `peercircle start` process (HTTP mode, production settings:
 * the scheduler, the outbox and the shared dedupe claims all on) and, in the same run, against a bare
 * Bolt app in a process of its own. Each command's reply is timed where the member would see it: on
 * arrival at its response_url, served here. Two figures per app: the ack (Slack allows 3 s) and the
 * reply (request sent → reply received). Replies still missing 30 s after the last request count as lost.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
export const signingSecret = randomBytes(16).toString('hex');
const commandsMix = [
  ['/pc-principle', 'boundaries'],
  ['/pc-help', ''],
  ['/pc-settings', ''],
  ['/pc-principle', 'today'],
] as const;

interface RunResult {
  sent: number;
  acks: number[];
  ackErrors: number;
  replies: number[];
  wallS: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** The members' side: response_urls that note when each reply arrived. */
export class ReplyCollector {
  readonly arrivals = new Map<string, number>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = (req.url ?? '').replace(/^\/r\//, '');
        if (!this.arrivals.has(id)) this.arrivals.set(id, performance.now());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/r/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function openLoop(url: string, label: string, rate: number, seconds: number, users: number, collector: ReplyCollector): Promise<RunResult> {
  const total = Math.round(rate * seconds);
  const acks: number[] = [];
  const timeline: [number, number][] = [];
  let ackErrors = 0;
  const sentAt = new Map<string, number>();
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const id = `${label.replace(/\W+/g, '-')}-${i}`;
    const [command, text] = commandsMix[i % commandsMix.length]!;
    const user = `UL${i % users}`;
    const body = new URLSearchParams({
      command,
      text,
      team_id: 'TLOAD',
      team_domain: 'load',
      user_id: user,
      user_name: user.toLowerCase(),
      channel_id: 'CLOAD',
      channel_name: 'general',
      response_url: `${collector.url}${id}`,
      trigger_id: `${id}-trigger`,
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const sent = performance.now();
    sentAt.set(id, sent);
    inFlight.push(
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(signingSecret, timestamp, body) },
        body,
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) {
            acks.push(performance.now() - sent);
            timeline.push([sent - started, performance.now() - sent]);
          } else ackErrors++;
        },
        () => {
          ackErrors++;
        },
      ),
    );
  }
  const wallS = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  // Replies may trail the last request; wait for them (bounded).
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && [...sentAt.keys()].some((id) => !collector.arrivals.has(id))) await new Promise((resolve) => setTimeout(resolve, 50));
  const replies = [...sentAt].flatMap(([id, sent]) => {
    const arrived = collector.arrivals.get(id);
    return arrived === undefined ? [] : [arrived - sent];
  });
  // SLACK_LOAD_TIMELINE=1 prints each run's ack p99 second by second (is a slow round slow throughout, or at its start?)
  // and, per bot run, the CPU of PostgreSQL and of each of the bot's threads.
  if (process.env.SLACK_LOAD_TIMELINE) {
    const perSecond = Array.from({ length: Math.ceil(seconds) }, (_, s) => timeline.filter(([at]) => at >= s * 1000 && at < (s + 1) * 1000).map(([, v]) => v));
    console.log(`      ${label} ack p99 by second: ${perSecond.map((v) => percentile(v, 99).toFixed(0)).join(' ')} | max by second: ${perSecond.map((v) => Math.max(...v).toFixed(0)).join(' ')}`);
  }
  return { sent: total, acks, ackErrors, replies, wallS };
}

function spawnLines(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return { child, firstLine };
}

/**
 * CPU used by the bot's process (all threads), by its main thread alone, and by its helpers during
 * `run`: load-independent, unlike the latencies.
 */
async function cpuDuring<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; mainS: number; mainThreadS: number; mainSystemS: number; helpersS: number }> {
  const tree = processTree(pid).filter((p) => p !== pid);
  const before = [cpuSeconds(pid), ...tree.map((p) => cpuSeconds(p))];
  const systemBefore = systemSeconds(pid);
  const threadBefore = mainThreadSeconds(pid);
  const result = await run();
  const after = [cpuSeconds(pid), ...tree.map((p) => cpuSeconds(p))];
  const used = after.map((value, i) => value - before[i]!);
  return {
    result,
    mainS: used[0]!,
    mainThreadS: mainThreadSeconds(pid) - threadBefore,
    mainSystemS: systemSeconds(pid) - systemBefore,
    helpersS: used.slice(1).reduce((sum, value) => sum + value, 0),
  };
}

export async function startPeercircle(fake: FakeSlack, database: { DATA_DIR: string } | { DATABASE_URL: string }, from = root): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  // SLACK_LOAD_PROFILE_DIR=<dir> writes a CPU profile of the bot process, for finding where time goes.
  const profile = process.env.SLACK_LOAD_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SLACK_LOAD_PROFILE_DIR}`] : [];
  const flags = process.env.SLACK_LOAD_BOT_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...profile, ...flags, 'bin/peercircle.mjs', 'start'], {
    cwd: from,
    stdio: ['ignore', process.env.SLACK_LOAD_BOT_STDOUT ? openSync(process.env.SLACK_LOAD_BOT_STDOUT, 'a') : 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...database,
      NODE_ENV: 'production',
      NOTES_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: fake.apiUrl,
      DEFAULT_TIME_ZONE: 'UTC',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  // A fresh embedded database is migrated first: on a busy machine that alone can take a minute.
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGTERM');
      throw new Error('peercircle did not become ready');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${url}/slack/events`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

const median = (values: number[]) => percentile(values, 50);
const ms = (value: number, digits = 1) => value.toFixed(digits).padStart(digits ? 7 : 5);

function show(label: string, run: RunResult): void {
  const lost = run.sent - run.replies.length;
  console.log(
    `    ${label.padEnd(30)} ack p50 ${ms(percentile(run.acks, 50))} ms p99 ${ms(percentile(run.acks, 99))} ms · reply p50 ${ms(percentile(run.replies, 50), 0)} ms p99 ${ms(percentile(run.replies, 99), 0)} ms · ${run.replies.length}/${run.sent} replies${lost > 0 ? ` (${lost} missing)` : ''}${run.ackErrors > 0 ? `, ${run.ackErrors} ack errors` : ''} · sent at ${(run.sent / run.wallS).toFixed(0)}/s`,
  );
}

const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');

/** A bot measured round by round: each round's run and the CPU it used. */
interface BotRounds {
  label: string;
  url: string;
  pid: number;
  runs: RunResult[];
  cpu: { mainS: number; mainThreadS: number; mainSystemS: number; helpersS: number }[];
}

/** All rounds' samples as one run: pooled percentiles weigh every command alike, whatever its round. */
const pooled = (runs: RunResult[]): RunResult => ({
  sent: runs.reduce((sum, r) => sum + r.sent, 0),
  acks: runs.flatMap((r) => r.acks),
  ackErrors: runs.reduce((sum, r) => sum + r.ackErrors, 0),
  replies: runs.flatMap((r) => r.replies),
  wallS: runs.reduce((sum, r) => sum + r.wallS, 0),
});

const ackRatio = (run: RunResult, bare: RunResult) => percentile(run.acks, 99) / percentile(bare.acks, 99);

/**
 * Bare Bolt and each bot take turns, `rounds` times: bare Bolt, then each bot, each for `seconds`
 * at `rate`, open loop. A bot's ack p99 is divided by the bare Bolt p99 of its own round, and the
 * median of those ratios is the figure: on a machine shared with other work, one quiet or one
 * stalled window of bare Bolt (18 ms or 968 ms p99 in the same hour) no longer decides it alone.
 */
async function measureRounds(heading: string, bareUrl: string, barePid: number, bots: BotRounds[], rate: number, seconds: number, rounds: number, users: number, collector: ReplyCollector): Promise<void> {
  console.log(` ${heading}`);
  const bareRuns: RunResult[] = [];
  let bareS = 0;
  for (let round = 1; round <= rounds; round++) {
    console.log(`   round ${round}/${rounds} (load average ${loadAverage()})`);
    const { result: bareRun, mainS } = await cpuDuring(barePid, () => openLoop(bareUrl, `${heading}-bare-${round}`, rate, seconds, users, collector));
    bareRuns.push(bareRun);
    bareS += mainS;
    show('bare Bolt', bareRun);
    for (const bot of bots) {
      // SLACK_LOAD_PERF_DIR=<dir> records the bot's process with perf(1) during its runs alone: on-CPU
      // samples, kernel included, which a busy machine does not inflate as it does --cpu-prof's wall-clock ones.
      const perf = process.env.SLACK_LOAD_PERF_DIR
        ? spawn('perf', ['record', '-F', '499', '-g', '-p', String(bot.pid), '-o', path.join(process.env.SLACK_LOAD_PERF_DIR, `${`${heading}-${bot.label}-${round}`.replace(/\W+/g, '-')}.data`)], { stdio: 'ignore' })
        : undefined;
      const timeline = process.env.SLACK_LOAD_TIMELINE ? { tasks: taskSeconds(bot.pid), postgres: postgresSeconds() } : undefined;
      const { result, ...cpu } = await cpuDuring(bot.pid, () => openLoop(bot.url, `${heading}-${bot.label}-${round}`, rate, seconds, users, collector));
      if (perf) {
        perf.kill('SIGINT');
        await new Promise((resolve) => perf.once('exit', resolve));
      }
      if (timeline) {
        const threads = [...taskSeconds(bot.pid)].map(([name, v]) => `${name} ${(v - (timeline.tasks.get(name) ?? 0)).toFixed(2)}`).filter((x) => !x.endsWith(' 0.00'));
        console.log(`      CPU: postgres (every server process on the machine) ${(postgresSeconds() - timeline.postgres).toFixed(2)} s; the bot's threads ${threads.join(', ')}`);
      }
      bot.runs.push(result);
      bot.cpu.push(cpu);
      show(`${bot.label} (${ackRatio(result, bareRun).toFixed(2)}× bare)`, result);
    }
  }
  console.log(`   all ${rounds} rounds pooled (load average ${loadAverage()}):`);
  show('bare Bolt', pooled(bareRuns));
  for (const bot of bots) {
    show(bot.label, pooled(bot.runs));
    const ratios = bot.runs.map((run, i) => ackRatio(run, bareRuns[i]!));
    const sum = (pick: (c: BotRounds['cpu'][number]) => number) => bot.cpu.reduce((total, c) => total + pick(c), 0);
    const sent = bot.runs.reduce((total, r) => total + r.sent, 0);
    console.log(
      `    ${bot.label}: ack p99 ratio median ${median(ratios).toFixed(2)}× bare Bolt (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}; pooled ${ackRatio(pooled(bot.runs), pooled(bareRuns)).toFixed(2)}×) · ` +
        `CPU ${sum((c) => c.mainS).toFixed(1)} s in the bot's process (${sum((c) => c.mainSystemS).toFixed(1)} s in the kernel), ${sum((c) => c.mainThreadS).toFixed(1)} s on its main thread (the one that acknowledges; ${((sum((c) => c.mainThreadS) * 1000) / sent).toFixed(2)} ms a command), ${sum((c) => c.helpersS).toFixed(1)} s in its database process; ${bareS.toFixed(1)} s in bare Bolt's`,
    );
  }
}

/**
 * Members have met the bot before the shift starts, and both apps' code paths are compiled: every
 * member sends a first command, then both apps take a few hundred more at a brisk rate, so V8's
 * optimising compiler has done its work before the measured run (without this, compiling took about a
 * fifth of the bot's CPU during the run: a start-up cost, not a per-command one).
 */
async function warmUp(bareUrl: string, botUrl: string, label: string, users: number, collector: ReplyCollector): Promise<void> {
  await openLoop(botUrl, `${label}-warm`, 20, Math.max(2, users / 20), users, collector);
  for (let round = 0; round < 2; round++) {
    await openLoop(bareUrl, `${label}-warm-bare-${round}`, 100, 3, users, collector);
    await openLoop(botUrl, `${label}-warm-${round}`, 100, 3, users, collector);
  }
}

export type LoadDatabase = 'embedded' | 'postgres';

/**
 * `npm run bench -- --only=slack [--slack-rate=200] [--slack-seconds=10] [--slack-rounds=3] [--slack-databases=embedded,postgres]`.
 * SLACK_LOAD_BASELINE=<another checkout, set up> runs that checkout's bot too, on a database of its
 * own, in the same rounds (bare Bolt, baseline, this one): a before/after pair under the same load.
 */
export async function measureSlackLoad(rate = 200, seconds = 10, databases: LoadDatabase[] = ['embedded', 'postgres'], rounds = 3): Promise<void> {
  const fake = new FakeSlack();
  await fake.start();
  const collector = new ReplyCollector();
  await collector.start();
  const bare = spawnLines(['--import', 'tsx', 'bench/slack-bare-bolt.ts'], { ...process.env, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: fake.apiUrl });
  const barePort = (JSON.parse(await bare.firstLine) as { port: number }).port;
  const bareUrl = `http://127.0.0.1:${barePort}/slack/events`;
  const users = 200;
  console.log(`Slack under sustained load: ${rate} signed slash commands/s, open loop, ${users} members, replies timed at their response_url; ${rounds} rounds of ${seconds} s, bare Bolt and the bot in turn`);
  console.log(`  (targets: every reply delivered, reply p99 ≤ 1 s, ack p99 ≤ 1.5× bare Bolt (median over rounds); load average ${loadAverage()} on ${os.cpus().length} cores at the start)`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-slack-load-'));
  const dbName = `peercircle_bench_slack_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: benchServerUrl });
  const baselineRoot = process.env.SLACK_LOAD_BASELINE;
  try {
    await admin.connect();
    const freshDatabase = async (name: string) => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(benchServerUrl);
      url.pathname = `/${name}`;
      return url.toString();
    };
    const runs = [
      ['embedded', 'embedded database'],
      ['postgres', 'PostgreSQL'],
    ] as const;
    for (const [kind, label] of runs.filter(([kind]) => databases.includes(kind))) {
      const databaseOf = async (suffix: string): Promise<{ DATA_DIR: string } | { DATABASE_URL: string }> =>
        kind === 'postgres' ? { DATABASE_URL: await freshDatabase(`${dbName}${suffix}`) } : { DATA_DIR: `${dataDir}${suffix}` };
      const started: { label: string; app: Awaited<ReturnType<typeof startPeercircle>> }[] = [];
      try {
        if (baselineRoot) started.push({ label: 'baseline', app: await startPeercircle(fake, await databaseOf('_baseline'), baselineRoot) });
        started.push({ label: 'peercircle start', app: await startPeercircle(fake, await databaseOf('')) });
        for (const { label: botLabel, app } of started) await warmUp(bareUrl, app.url, `${label}-${botLabel}`, users, collector);
        const bots: BotRounds[] = started.map(({ label: botLabel, app }) => ({ label: botLabel, url: app.url, pid: app.pid, runs: [], cpu: [] }));
        await measureRounds(baselineRoot ? `${label} (baseline ${baselineRoot})` : label, bareUrl, bare.child.pid!, bots, rate, seconds, rounds, users, collector);
      } finally {
        for (const { app } of started) await app.stop();
        if (kind === 'postgres') for (const suffix of ['', '_baseline']) await admin.query(`DROP DATABASE IF EXISTS ${dbName}${suffix} WITH (FORCE)`).catch(() => {});
        else await rm(`${dataDir}_baseline`, { recursive: true, force: true });
      }
    }
  } finally {
    await admin.end().catch(() => {});
    bare.child.stdin?.end();
    await new Promise((resolve) => bare.child.once('exit', resolve));
    await collector.stop();
    await fake.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
