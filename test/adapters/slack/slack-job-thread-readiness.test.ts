import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../../adapters/slack/slack-adapter.js';
import { commands } from '../../../commands/index.js';
import { parseConfig } from '../../../src/config/env.js';
import { runBot } from '../../../src/runtime.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { waitFor } from '../../helpers/processes.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SIGNING_SECRET } from './slack-harness.js';

const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const readyz = async (port: number): Promise<{ status: number; reason?: string }> => {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
  if (!response) return { status: 0 };
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, ...(body.reason ? { reason: body.reason } : {}) };
};

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
    const adapter = new SlackAdapter({
      botToken: 'xoxb-good',
      signingSecret: SIGNING_SECRET,
      apiUrl: fake.apiUrl,
      installations: testApp.app.store.slackInstallations,
      acknowledgedWork: testApp.app.store.acknowledgedWork,
      jobThread: { config: config.value, database: target },
      logger: pino({ level: 'silent' }),
      commandNames: commands.map((c) => c.name),
    });
    const running = await runBot(testApp.app, adapter, config.value);
    try {
      // Start-up does not wait for the thread, so right after it the thread is still loading.
      expect(await readyz(port)).toEqual({ status: 503, reason: 'the Slack job thread is still loading' });
      await waitFor(async () => (await readyz(port)).status === 200, 90_000, '/readyz to say ready');
      expect(adapter.warmingUp()).toBeUndefined();
    } finally {
      await running.shutdown();
    }
  });
});
