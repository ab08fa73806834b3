import { createHmac } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { SlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/slack-adapter.js';
import { commands } from '../../../commands/index.js';
import { parseConfig } from '../../../src/config/env.js';
import type { App } from '../../../src/app.js';
import { runBot } from '../../../src/runtime.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { exited, migratedDataDir, startPeercircle, waitFor } from '../../helpers/processes.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SIGNING_SECRET, SlackHarness } from './slack-harness.js';

const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const readyz = async (port: number): Promise<{ status: number; body: Record<string, unknown> }> => {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
  return response ? { status: response.status, body: (await response.json()) as Record<string, unknown> } : { status: 0, body: {} };
};

/** The Slack adapter as `peercircle start` builds it for one workspace, against the fake Slack. */
const adapterFor = (app: App, fake: FakeSlack, extra: Partial<SlackAdapterOptions> = {}): SlackAdapter =>
  new SlackAdapter({
    botToken: 'xoxb-good',
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    installations: app.store.slackInstallations,
    acknowledgedWork: app.store.acknowledgedWork,
    logger: pino({ level: 'silent' }),
    commandNames: commands.map((c) => c.name),
    ...extra,
  });

/** POSTs raw bytes to the app, signed over exactly those bytes as Slack would sign them. */
const postBytes = (url: string, body: Buffer): Promise<{ status: number; text: string }> =>
  new Promise((resolve, reject) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(Buffer.concat([Buffer.from(`v0:${timestamp}:`), body])).digest('hex')}`;
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });

describe('Slack: the bot token is checked before anything is served', () => {
  const testApp = useTestApp();
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('GIVEN Slack cannot be reached at start-up THEN /readyz says not ready, and ready once Slack accepts the token', async () => {
    let down = true;
    fake.fault = (method) => (method === 'auth.test' && down ? { status: 503 } : undefined);
    const port = await freePort();
    const config = parseConfig({ PORT: String(port), HOST: '127.0.0.1', SCHEDULER: 'off', SLACK_BOT_TOKEN: 'xoxb-good', SLACK_SIGNING_SECRET: SIGNING_SECRET, DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    const adapter = adapterFor(testApp.app, fake, { credentialRetryMs: 50 });
    const starting = runBot(testApp.app, adapter, config.value);
    await waitFor(async () => (await readyz(port)).status === 503, 20_000, '/readyz to answer');
    expect((await readyz(port)).body.reason).toBe('the chat adapter is not connected');
    expect(fake.callsTo('auth.test').length).toBeGreaterThanOrEqual(1);

    down = false;
    const running = await starting;
    expect(await readyz(port)).toMatchObject({ status: 200, body: { status: 'ready', delivery: { state: 'sending' } } });
    fake.fault = undefined;
    await running.shutdown();
  });

  it('GIVEN Slack refuses the token THEN `peercircle start` stops with one line that names SLACK_BOT_TOKEN, and never the token', { timeout: 180_000 }, async () => {
    fake.failures.set('auth.test', 'invalid_auth');
    const dataDir = migratedDataDir('peercircle-slack-refused-'); // about the token, not creating a database
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const child = startPeercircle(['start'], {
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: 'xoxb-refused-secret-value',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
    });
    expect(await exited(child)).not.toBe(0);
    fake.failures.delete('auth.test');
    // Start-up progress lines come first; the failure is one line, the last.
    const lines = child.errors().trim().split('\n');
    expect(lines[0]).toMatch(/^Starting peercircle… opening the embedded database in DATA_DIR=/);
    expect(lines.slice(1, -1).every((line) => /^(Database|Content loaded|Connecting to Slack)/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\): check the token/);
    expect(child.errors() + child.output()).not.toContain('refused-secret-value');
  });
});

// A process on a shared database (PostgreSQL) works acknowledged commands on a job thread that loads a second copy of the
// app. Until it has, acks wait behind the work: a load balancer must not send traffic yet.
describe('Slack: /readyz waits for the job thread', () => {
  const testApp = useTestApp();
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it.skipIf(!process.env.TEST_DATABASE_URL)('GIVEN the bot on PostgreSQL WHEN it has started THEN /readyz says the job thread is loading, then ready once it has', { timeout: 120_000 }, async () => {
    const target = testApp.app.store.database.sharedTarget;
    if (!target) throw new Error('a PostgreSQL test run has a shared database target');
    const port = await freePort();
    const config = parseConfig({ PORT: String(port), HOST: '127.0.0.1', SCHEDULER: 'off', SLACK_BOT_TOKEN: 'xoxb-good', SLACK_SIGNING_SECRET: SIGNING_SECRET, DEFAULT_TIME_ZONE: 'UTC', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'fatal' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    const adapter = adapterFor(testApp.app, fake, { jobThread: { config: config.value, database: target } });
    const running = await runBot(testApp.app, adapter, config.value);
    try {
      // Start-up does not wait for the thread, so right after it the thread is still loading.
      expect(await readyz(port)).toMatchObject({ status: 503, body: { reason: 'the Slack job thread is still loading' } });
      await waitFor(async () => (await readyz(port)).status === 200, 90_000, '/readyz to say ready');
      expect(adapter.warmingUp()).toBeUndefined();
    } finally {
      await running.shutdown();
    }
  });
});

describe('Slack: a request body that is not valid UTF-8', () => {
  const testApp = useTestApp();
  const slack = new SlackHarness();
  beforeAll(() => slack.start(testApp.app));
  afterAll(() => slack.stop());

  it('GIVEN a signed slash command whose bytes are not UTF-8 THEN 400 saying so, and nothing is handled', async () => {
    const before = await testApp.app.store.database.prisma.member.count();
    const body = Buffer.concat([Buffer.from('command=%2Fpc-help&team_id=T1&user_id=UBYTES&channel_id=DUBYTES&text='), Buffer.from([0xc3, 0x28, 0xff])]);
    const response = await postBytes(`${slack.url}/slack/events`, body);
    expect(response.status).toBe(400);
    expect(response.text).toContain('not valid UTF-8');
    await slack.adapter.settled();
    expect(await testApp.app.store.database.prisma.member.count()).toBe(before);
    expect(slack.fake.messages).toHaveLength(0);
  });

  it('GIVEN the same command in valid UTF-8 (an accented name) THEN it is answered as usual', async () => {
    const body = Buffer.from(`command=%2Fpc-help&team_id=T1&user_id=UBYTES&channel_id=DUBYTES&response_url=${encodeURIComponent(slack.fake.responseUrl())}&text=Zoë`);
    const response = await postBytes(`${slack.url}/slack/events`, body);
    expect(response.status).toBe(200);
    await slack.adapter.settled();
    expect(slack.fake.messages.length).toBeGreaterThan(0);
  });
});
