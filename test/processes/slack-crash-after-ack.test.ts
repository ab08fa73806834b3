import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FakeSlack, postToApp } from '../helpers/fake-slack.js';
import { exited, migratedDataDir, startPeercircle, waitFor } from '../helpers/processes.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const SECRET = 'c3a9d2f81b7e4c6a9d0e1f2a3b4c5d6e';
const onPostgres = inject('postgresTemplate') !== null;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A real `peercircle start` process on Slack, killed with SIGKILL after it acknowledged a slash
 * command and before it replied (it is stuck on a Slack call). Slack does not resend an
 * acknowledged command, so only the record written before the ack can bring the answer.
 */
describe(`Slack: a crash between the ack and the reply (${onPostgres ? 'PostgreSQL' : 'embedded database'})`, () => {
  const fake = new FakeSlack();
  let testDb: TestDatabase | undefined;
  let dataDir = '';
  let databaseEnv: Record<string, string> = {};

  beforeAll(async () => {
    await fake.start();
    dataDir = migratedDataDir('peercircle-crash-after-ack-');
    if (onPostgres) {
      testDb = await createTestDatabase();
      if (testDb.target.kind !== 'postgres') throw new Error('expected PostgreSQL');
      databaseEnv = { DATABASE_URL: testDb.target.url, NOTES_KEY: Buffer.alloc(32, 7).toString('base64') };
    } else {
      databaseEnv = { DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await fake.stop();
    await testDb?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function startBot(port: number) {
    const bot = startPeercircle(['start'], {
      ...databaseEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-crash',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      WORK_LEASE_SECONDS: '2',
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) || bot.exitCode !== null, 120_000, 'the bot to be ready');
    if (bot.exitCode !== null) throw new Error(`the bot exited: ${bot.errors()}`);
    return bot;
  }

  it('GIVEN a command acknowledged WHEN the process is killed before replying and started again THEN the member gets the answer, once', async () => {
    const port = await freePort();
    fake.stalled.add('users.info');
    const first = await startBot(port);
    const responseUrl = fake.responseUrl();
    const body = new URLSearchParams({
      command: '/pc-principle',
      text: 'boundaries',
      team_id: 'TCRASH',
      user_id: 'UCRASH',
      user_name: 'casey',
      channel_id: 'CGENERAL',
      channel_name: 'general',
      response_url: responseUrl,
      trigger_id: 'trigger-crash-1',
    }).toString();
    const ack = await postToApp(`http://127.0.0.1:${port}/slack/events`, body, { signingSecret: SECRET });
    expect(ack.status).toBe(200);
    await waitFor(() => fake.callsTo('users.info').length > 0, 20_000, 'the work after the ack to reach Slack');
    first.kill('SIGKILL');
    await exited(first);
    expect(fake.callsTo('response_url')).toHaveLength(0); // killed before any reply

    fake.stalled.delete('users.info');
    const second = await startBot(port);
    try {
      await waitFor(() => fake.callsTo('response_url').length > 0, 60_000, 'the restarted process to send the reply');
      // A little longer: nothing else should follow.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const replies = fake.callsTo('response_url');
      expect(replies).toHaveLength(1);
      expect(JSON.stringify(replies[0]!.args).toLowerCase()).toContain('boundaries');
    } finally {
      second.kill('SIGTERM');
      await exited(second);
    }
  }, 400_000);
});
