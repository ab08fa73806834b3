import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, postToApp } from '../helpers/fake-slack.js';
import { exited, migratedDataDir, startPeercircle, waitFor } from '../helpers/processes.js';

const secret = '0123456789abcdef0123456789abcdef';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('peercircle in Slack, as an admin starts it', () => {
  let dataDir: string;
  const fake = new FakeSlack();

  beforeAll(async () => {
    dataDir = migratedDataDir('peercircle-slack-cli-');
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('GIVEN slack-manifest --url THEN a YAML manifest with every prefixed command pointing at that URL', async () => {
    const child = startPeercircle(['slack-manifest', '--url', 'https://pc.example.org', '--format', 'yaml'], {});
    expect(await exited(child)).toBe(0);
    expect(child.output()).toContain('command: /pc-checkin');
    expect(child.output()).toContain('request_url: https://pc.example.org/slack/events');
  });

  it('GIVEN slack-manifest with a URL Slack cannot use THEN a clear message and a non-zero exit', async () => {
    const child = startPeercircle(['slack-manifest', '--url', 'ftp://pc.example.org'], {});
    expect(await exited(child)).not.toBe(0);
    expect(child.errors()).toContain('Use the https address');
  });

  it('GIVEN a bot token but no signing secret or port THEN start stops with each variable named, and the token is not printed', async () => {
    const child = startPeercircle(['start'], { SLACK_BOT_TOKEN: 'xoxb-very-secret-1', DATA_DIR: dataDir });
    expect(await exited(child)).toBe(78);
    expect(child.errors()).toContain('SLACK_SIGNING_SECRET: expected');
    expect(child.errors()).toContain('PORT: expected');
    expect(child.errors()).not.toContain('xoxb-very-secret-1');
  });

  it('GIVEN both Slack and Discord credentials THEN start refuses and says to run one process per platform', async () => {
    const child = startPeercircle(['start'], {
      SLACK_BOT_TOKEN: 'xoxb-both-1',
      SLACK_APP_TOKEN: 'xapp-both-1',
      DISCORD_TOKEN: 'AAAAAAAAAAAA.BBBBBB.CCCCCCCCCCCC',
      DATA_DIR: dataDir,
    });
    expect(await exited(child)).toBe(78);
    expect(child.errors()).toContain('one process per platform');
    expect(child.errors()).not.toContain('xoxb-both-1');
  });

  it('GIVEN Slack credentials and PORT THEN one port serves Slack and /healthz, a signed command is answered, and SIGTERM stops it cleanly', async () => {
    const port = await freePort();
    const child = startPeercircle(['start'], {
      SLACK_BOT_TOKEN: 'xoxb-process-test',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.status === 200, 90_000, 'the bot to be ready');
    const body = new URLSearchParams({ command: '/pc-help', text: '', team_id: 'TPROC', user_id: 'UPROC', channel_id: 'DUPROC', response_url: fake.responseUrl() }).toString();
    const acked = await postToApp(`${base}/slack/events`, body, { signingSecret: secret });
    expect(acked.status).toBe(200);
    await waitFor(() => fake.messages.some((m) => m.channel === 'DUPROC' && m.text.includes('peercircle')), 10_000, 'the reply in Slack');
    expect(fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-process-test');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(child.errors()).not.toContain('xoxb-process-test');
  }, 150_000); // a real process: first start, then the credential check with Slack
});
