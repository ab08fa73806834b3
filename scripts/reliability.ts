/**
 * `npm run reliability`: the delivery experiments an operator would try, against real `peercircle`
 * processes and a real PostgreSQL (RELIABILITY_DATABASE_URL, default the local server; each
 * experiment makes its own database and drops it), printing what was lost and what arrived twice.
 *
 *   1. kill -9: two replicas deliver a burst; one is killed mid-burst; the other takes its batch over.
 *   2. two replicas: both tick at the same instant over six time zones, then both deliver.
 *   3. outage: Slack (a local fake) answers 500 for a while, then 429 with Retry-After for a while,
 *      while two Slack replicas deliver, prompts and escalations together.
 *
 * Options: --only=kill,replicas,outage  --members=N  --outage-seconds=N  --storm-seconds=N
 * Not part of `npm test`: it takes minutes, on purpose (real time, real processes).
 */
import { createServer } from 'node:net';
import pg from 'pg';
import { direct } from '../src/core/messages.js';
import { openDatabase, type Database } from '../src/storage/database.js';
import { batchedPromptCount } from '../src/storage/prompt-batches.js';
import { FakeSlack } from '../test/helpers/fake-slack.js';
import { exited, startPeercircle, waitFor } from '../test/helpers/processes.js';

const serverUrl = process.env.RELIABILITY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const only = new Set((args.get('only') ?? 'kill,replicas,outage').split(','));
const MEMBERS = Number(args.get('members') ?? 2500);
const OUTAGE_SECONDS = Number(args.get('outage-seconds') ?? 90);
const STORM_SECONDS = Number(args.get('storm-seconds') ?? 45);

interface Outcome {
  experiment: string;
  messages: number;
  delivered: number;
  lost: number;
  duplicated: number;
  notes: string;
}

const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/** A fresh, migrated database for one experiment, dropped afterwards whatever happens. */
async function withDatabase<T>(name: string, work: (database: Database, url: string) => Promise<T>): Promise<T> {
  const dbName = `peercircle_reliability_${name}_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    return await work(database, url.toString());
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Runs a one-off `peercircle` command to its end; fails with what it printed if it fails. */
async function runToEnd(args: string[], env: Record<string, string>): Promise<void> {
  const child = startPeercircle(args, env);
  if ((await exited(child)) !== 0) throw new Error(`peercircle ${args.join(' ')} failed:\n${child.errors()}`);
}

const count = (values: string[]) => {
  const unique = new Set(values);
  return { unique, duplicated: values.length - unique.size };
};

/** Terminal deliveries a process printed: "✉ to M12: …". */
const deliveredTo = (output: string) => [...output.matchAll(/✉ to (M\d+):/g)].map((m) => m[1]!);

const jsonLogs = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; time: number; [key: string]: unknown });

async function killNine(): Promise<Outcome> {
  return withDatabase('kill', async ({ prisma }, url) => {
    const community = await prisma.community.create({ data: { platform: 'terminal', externalId: 'local', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 } });
    await prisma.member.createMany({ data: Array.from({ length: MEMBERS }, (_, i) => ({ communityId: community.id, platformUserId: `M${i}`, checkinTime: '00:00' })) });
    const env = { DATABASE_URL: url, TERMINAL_USER: 'watcher', LOG_FORMAT: 'json', LOG_LEVEL: 'warn', OUTBOX_RATE_PER_SECOND: '200' };
    await runToEnd(['tick', '--at', new Date().toISOString()], env);
    const [a, b] = [startPeercircle(['start'], env), startPeercircle(['start'], env)];
    await waitFor(() => deliveredTo(a.output()).length >= MEMBERS / 8, 300_000, 'replica A to be well into the burst');
    a.kill('SIGKILL');
    const killedAt = Date.now();
    await exited(a);
    await waitFor(async () => (await prisma.outboxMessage.count({ where: { status: 'pending', platformUserId: { startsWith: 'M' } } })) + (await batchedPromptCount(prisma)) === 0, 300_000, 'replica B to finish');
    const finishedAfter = (Date.now() - killedAt) / 1000;
    b.stdin.end();
    await exited(b);
    const all = [...deliveredTo(a.output()), ...deliveredTo(b.output())];
    const { unique, duplicated } = count(all);
    const takeOver = jsonLogs(b.errors()).find((l) => l.msg.startsWith('took over outbox messages'));
    return {
      experiment: 'kill -9 of one of two replicas mid-burst',
      messages: MEMBERS,
      delivered: unique.size,
      lost: MEMBERS - unique.size,
      duplicated,
      notes: `A sent ${deliveredTo(a.output()).length} before the kill; B took over ${String(takeOver?.messages ?? 0)} held messages ${takeOver ? `${((takeOver.time - killedAt) / 1000).toFixed(1)} s after the kill` : '(none were held)'}; all done ${finishedAfter.toFixed(0)} s after the kill`,
    };
  });
}

const zones = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Adelaide', 'Asia/Kolkata'];

async function twoReplicas(): Promise<Outcome> {
  return withDatabase('replicas', async ({ prisma }, url) => {
    const perZone = Math.ceil(MEMBERS / zones.length);
    // One terminal community per zone would need one terminal each; members carry their own zone instead.
    const community = await prisma.community.create({ data: { platform: 'terminal', externalId: 'local', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 } });
    await prisma.member.createMany({
      data: zones.flatMap((zone, z) => Array.from({ length: perZone }, (_, i) => ({ communityId: community.id, platformUserId: `M${z * perZone + i}`, timeZone: zone, checkinTime: '00:00' }))),
    });
    const total = perZone * zones.length;
    const env = { DATABASE_URL: url, TERMINAL_USER: 'watcher', LOG_FORMAT: 'json', LOG_LEVEL: 'warn', OUTBOX_RATE_PER_SECOND: '200' };
    const at = new Date().toISOString();
    const ticks = [startPeercircle(['tick', '--at', at], env), startPeercircle(['tick', '--at', at], env)];
    if ((await Promise.all(ticks.map(exited))).some((code) => code !== 0)) throw new Error('a tick failed');
    // Prompts of many members of one community wait in batches until a dispatcher expands them.
    const queued = (await prisma.outboxMessage.count({ where: { platformUserId: { startsWith: 'M' } } })) + (await batchedPromptCount(prisma));
    const replicas = [startPeercircle(['start'], env), startPeercircle(['start'], env)];
    await waitFor(async () => (await prisma.outboxMessage.count({ where: { status: 'pending', platformUserId: { startsWith: 'M' } } })) + (await batchedPromptCount(prisma)) === 0, 300_000, 'both replicas to finish');
    for (const replica of replicas) replica.stdin.end();
    await Promise.all(replicas.map(exited));
    const all = replicas.flatMap((r) => deliveredTo(r.output()));
    const { unique, duplicated } = count(all);
    return {
      experiment: 'two replicas, both ticking at one instant (six time zones)',
      messages: total,
      delivered: unique.size,
      lost: total - unique.size,
      duplicated,
      notes: `${queued} prompts queued for ${total} members; replicas sent ${replicas.map((r) => deliveredTo(r.output()).length).join(' + ')}`,
    };
  });
}

async function outage(): Promise<Outcome> {
  const fake = new FakeSlack();
  await fake.start();
  try {
    return await withDatabase('outage', async ({ prisma }, url) => {
      const prompts = 50;
      const escalations = 5;
      const community = await prisma.community.create({ data: { platform: 'slack', externalId: 'T1', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 } });
      await prisma.member.createMany({ data: Array.from({ length: prompts }, (_, i) => ({ communityId: community.id, platformUserId: `UM${i}`, checkinTime: '00:00' })) });
      const env = {
        DATABASE_URL: url,
        SLACK_BOT_TOKEN: 'xoxb-reliability',
        SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaa85a5aaa',
        SLACK_API_URL: fake.apiUrl,
        HOST: '127.0.0.1',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
      };
      await runToEnd(['tick', '--at', new Date().toISOString()], { DATABASE_URL: url });
      // Escalations to supervisors queued beside the prompts: these never give up.
      await prisma.outboxMessage.createMany({
        data: Array.from({ length: escalations }, (_, i) => ({
          communityId: community.id,
          platformUserId: `US${i}`,
          kind: 'escalation',
          payload: direct(`A member would like to talk with you (${i})`) as object,
          dedupeKey: `reliability-escalation:${i}`,
        })),
      });
      const started = Date.now();
      const outageEnds = started + OUTAGE_SECONDS * 1000;
      const stormEnds = outageEnds + STORM_SECONDS * 1000;
      let failedCalls = 0;
      let limitedCalls = 0;
      fake.fault = (method) => {
        if (method === 'auth.test') return undefined;
        const now = Date.now();
        if (now < outageEnds) return (failedCalls++, { status: 500 });
        if (now < stormEnds) return (limitedCalls++, { status: 429, retryAfterSeconds: 5 });
        return undefined;
      };
      const replicas = [startPeercircle(['start'], { ...env, PORT: String(await freePort()) }), startPeercircle(['start'], { ...env, PORT: String(await freePort()) })];
      const total = prompts + escalations;
      await waitFor(async () => (await prisma.outboxMessage.count({ where: { status: { not: 'sent' } } })) + (await batchedPromptCount(prisma)) === 0, (OUTAGE_SECONDS + STORM_SECONDS + 300) * 1000, 'every message to be delivered after the outage');
      const recoveredAfter = (Date.now() - stormEnds) / 1000;
      for (const replica of replicas) replica.kill('SIGTERM');
      await Promise.all(replicas.map(exited));
      const channels = fake.messages.map((m) => m.channel);
      const { unique, duplicated } = count(channels);
      const logs = replicas.flatMap((r) => jsonLogs(r.errors()));
      const opened = logs.filter((l) => l.msg.startsWith('the platform is failing')).length;
      const closed = logs.filter((l) => l.msg.startsWith('the platform is answering again')).length;
      const gaveUp = await prisma.outboxMessage.count({ where: { status: 'failed' } });
      return {
        experiment: `Slack 500 for ${OUTAGE_SECONDS} s, then 429 (Retry-After 5) for ${STORM_SECONDS} s`,
        messages: total,
        delivered: unique.size,
        lost: total - unique.size,
        duplicated,
        notes: `${gaveUp} gave up; ${failedCalls} calls answered 500 (${(failedCalls / OUTAGE_SECONDS).toFixed(2)}/s for two replicas), ${limitedCalls} answered 429; breaker opened ${opened}× and closed ${closed}× (log lines); all delivered ${recoveredAfter.toFixed(0)} s after the storm ended`,
      };
    });
  } finally {
    await fake.stop();
  }
}

const experiments: [string, () => Promise<Outcome>][] = [
  ['kill', killNine],
  ['replicas', twoReplicas],
  ['outage', outage],
];

const outcomes: Outcome[] = [];
for (const [name, run] of experiments) {
  if (!only.has(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  const started = performance.now();
  outcomes.push(await run());
  process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
console.log('experiment | messages | delivered | lost | duplicated | notes');
console.log('--- | ---: | ---: | ---: | ---: | ---');
for (const o of outcomes) console.log(`${o.experiment} | ${o.messages} | ${o.delivered} | ${o.lost} | ${o.duplicated} | ${o.notes}`);
process.exitCode = outcomes.some((o) => o.lost > 0) ? 1 : 0;
