import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { App } from '@slack/bolt';
import pino from 'pino';
import { commands } from '../commands/index.js';
import { SlackAdapter } from '../adapters/slack/slack-adapter.js';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config/env.js';
import { memberHome } from '../src/core/home.js';
import { runBot } from '../src/runtime.js';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import { benchDatabase } from './postgres.js';

const signingSecret = randomBytes(16).toString('hex');

interface Phase {
  latencies: number[];
  errors: number;
  wallMs: number;
  replies: number;
}

/** The load generator and fake Web API, in their own process (bench/slack-load.ts). */
async function startLoadProcess(): Promise<{ apiUrl: string; run: (url: string, rate: number, seconds: number) => Promise<Phase>; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./slack-load.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
  const { apiUrl } = (await next()) as { apiUrl: string };
  return {
    apiUrl,
    run: async (url, rate, seconds) => {
      child.stdin.write(`${JSON.stringify({ url, rate, seconds, users: 200, secret: signingSecret })}\n`);
      return (await next()) as unknown as Phase;
    },
    stop: async () => {
      child.stdin.end();
      await new Promise((resolve) => child.once('close', resolve));
    },
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/**
 * Slash-command acknowledgement latency of the peercircle Slack adapter (HTTP mode, PostgreSQL, the
 * whole runtime) beside a bare Bolt app answering the same command, in the same run, one after the
 * other in one-second turns at the same rate; the load comes from another process. Target: p99
 * under 50 ms and within 1.5× of the bare app.
 */
export async function measureSlackAck(rate = 200, seconds = 10): Promise<void> {
  const load = await startLoadProcess();
  const fake = { apiUrl: load.apiUrl };
  const silent = pino({ level: 'silent' });

  // The bare app: Bolt's own HTTP receiver, ack then one reply in the DM (ours acks, then works).
  const bare = new App({ signingSecret, token: 'xoxb-bare', tokenVerificationEnabled: false, clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } });
  bare.command(/.*/, async ({ ack, client, body }) => {
    await ack();
    await client.chat.postMessage({ channel: body.channel_id, text: 'Boundaries: a refresher.' }).catch(() => {});
  });
  const bareServer = (await bare.start({ port: 0, host: '127.0.0.1' })) as unknown as import('node:http').Server;
  const barePort = (bareServer.address() as { port: number }).port;

  const { url, drop } = await benchDatabase('slack_ack');
  const config = parseConfig({ PORT: '0', SCHEDULER: 'off', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: signingSecret, DEFAULT_TIME_ZONE: 'UTC' });
  if (!config.ok) throw new Error(config.error.join('\n'));
  const app = await createApp(config.value, { database: { kind: 'postgres', url }, cipher: new NoteCipher(noteKey(randomBytes(32))), logger: silent });
  const adapter = new SlackAdapter({
    signingSecret,
    botToken: 'xoxb-bench',
    apiUrl: fake.apiUrl,
    installations: app.store.slackInstallations,
    logger: silent,
    commandNames: commands.map((c) => c.name),
    home: (community, user) => memberHome(app.services, community, user),
    roleGroups: (community) => app.store.communities.roleGroups(community),
    ...(process.env.SLACK_BENCH_CONCURRENCY ? { concurrency: Number(process.env.SLACK_BENCH_CONCURRENCY) } : {}),
  });
  const running = await runBot(app, adapter, config.value);
  const ours = `http://127.0.0.1:${running.opsPort}/slack/events`;

  try {
    console.log(`Slack slash-command ack latency, ${rate} requests/s, ${seconds} one-second turns each, HTTP, PostgreSQL (target: p99 < 50 ms and within 1.5× of bare Bolt)`);
    // Warm-up: first contact creates the members, and both apps' code paths get compiled.
    await load.run(`http://127.0.0.1:${barePort}/slack/events`, rate, 1);
    await load.run(ours, rate, 1);
    await adapter.settled();
    // One-second turns, bare then ours, so both meet the same background load on a shared
    // machine. CPU of this process is counted per app (only one is loaded at a time).
    const bareRun: Phase = { latencies: [], errors: 0, wallMs: 0, replies: 0 };
    const ourRun: Phase = { latencies: [], errors: 0, wallMs: 0, replies: 0 };
    const bareCpu = { user: 0, system: 0 };
    const ourCpu = { user: 0, system: 0 };
    const turn = async (url: string, into: Phase, cpuInto: { user: number; system: number }, drain: () => Promise<void>) => {
      const cpu = process.cpuUsage();
      const phase = await load.run(url, rate, 1);
      await drain();
      const used = process.cpuUsage(cpu);
      cpuInto.user += used.user;
      cpuInto.system += used.system;
      into.latencies.push(...phase.latencies);
      into.errors += phase.errors;
      into.wallMs += phase.wallMs;
      into.replies = phase.replies;
    };
    for (let second = 0; second < seconds; second++) {
      await turn(`http://127.0.0.1:${barePort}/slack/events`, bareRun, bareCpu, async () => {});
      await turn(ours, ourRun, ourCpu, () => adapter.settled());
    }
    const perRequest = (usage: { user: number; system: number }, run: Phase) => ((usage.user + usage.system) / 1000 / Math.max(1, run.latencies.length)).toFixed(2);
    const show = (label: string, run: Phase) =>
      console.log(
        `  ${label.padEnd(24)} p50 ${percentile(run.latencies, 50).toFixed(1).padStart(6)} ms · p99 ${percentile(run.latencies, 99).toFixed(1).padStart(6)} ms · max ${Math.max(...run.latencies).toFixed(1).padStart(6)} ms · ${run.latencies.length} acked, ${run.errors} errors, ${((run.latencies.length / run.wallMs) * 1000).toFixed(0)} req/s achieved`,
      );
    show('bare Bolt app', bareRun);
    show('peercircle (runBot)', ourRun);
    const ratio = percentile(ourRun.latencies, 99) / percentile(bareRun.latencies, 99);
    console.log(`  p99 ratio peercircle / bare: ${ratio.toFixed(2)}×; messages posted to the fake Web API in all: ${ourRun.replies}`);
    console.log(`  CPU per command, ack and the work after it: bare ${perRequest(bareCpu, bareRun)} ms · peercircle ${perRequest(ourCpu, ourRun)} ms (load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
  } finally {
    await running.shutdown();
    await bare.stop();
    await load.stop();
    await drop().catch(() => {});
  }
}
