import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { postToApp, slackSignature, visible } from '../../helpers/fake-slack.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SIGNING_SECRET, SlackHarness, TEAM } from './slack-harness.js';

const command = (user = 'UBAD') =>
  new URLSearchParams({ command: '/pc-help', text: '', team_id: TEAM, user_id: user, channel_id: `D${user}`, response_url: 'http://127.0.0.1:9/x' }).toString();

describe('Slack: requests that are not what they claim, and work done after the ack', () => {
  const testApp = useTestApp();
  let app: App;
  const slack = new SlackHarness();
  let events = '';

  beforeAll(async () => {
    app = testApp.app;
    await slack.start(app);
    events = `${slack.url}/slack/events`;
  });
  afterAll(async () => {
    await slack.stop();
  });

  const members = () => app.store.database.prisma.member.count();

  it('GIVEN a wrong signature THEN 401 and nothing is handled', async () => {
    const before = await members();
    const response = await postToApp(events, command(), { signature: 'v0=0123456789abcdef' });
    expect(response.status).toBe(401);
    expect(await members()).toBe(before);
  });

  it('GIVEN a body signed with another secret THEN 401', async () => {
    const response = await postToApp(events, command(), { signingSecret: 'ffffffffffffffffffffffffffffffff' });
    expect(response.status).toBe(401);
  });

  it('GIVEN no signature headers THEN 401', async () => {
    const response = await postToApp(events, command(), { signature: null });
    expect(response.status).toBe(401);
  });

  it('GIVEN the right signature with something after it, or in capitals THEN 401 and nothing is handled', async () => {
    const before = await members();
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = slackSignature(SIGNING_SECRET, timestamp, command('USUFFIX'));
    for (const signature of [`${signed}00`, `v0=${signed.slice(3).toUpperCase()}`, signed.replace('v0=', 'v1=')]) {
      const response = await postToApp(events, command('USUFFIX'), { signature, timestamp });
      expect(response.status).toBe(401);
    }
    expect(await members()).toBe(before);
  });

  it("GIVEN Slack's SSL check, unsigned and carrying a command THEN 200 and the command is not handled", async () => {
    const before = await members();
    const response = await postToApp(events, `ssl_check=1&${command('USSL')}`, { signature: 'v0=0123456789abcdef' });
    expect(response.status).toBe(200);
    await slack.adapter.settled();
    expect(await members()).toBe(before);
  });

  it('GIVEN a validly signed request stamped six minutes ago THEN 401', async () => {
    const response = await postToApp(events, command(), { signingSecret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 360 });
    expect(response.status).toBe(401);
  });

  it('GIVEN a validly signed request stamped six minutes ahead THEN 401 (Bolt alone would accept it)', async () => {
    const response = await postToApp(events, command(), { signingSecret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) + 360 });
    expect(response.status).toBe(401);
  });

  it('GIVEN a signed stamp four minutes ahead THEN it is still accepted (clocks drift)', async () => {
    const response = await postToApp(events, command('UDRIFT'), { signingSecret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) + 240 });
    expect(response.status).toBe(200);
    await slack.adapter.settled();
  });

  it('GIVEN a signed payload that is not JSON THEN 400, and the process keeps serving', async () => {
    const response = await slack.post('payload=%7Bnot-json');
    expect(response.status).toBe(400);
    expect((await slack.post(command('UAFTER'))).status).toBe(200);
  });

  it('GIVEN signed JSON of no known kind, or a click without an action THEN 400 at once', async () => {
    expect((await slack.post('{"hello":"world"}', 'application/json')).status).toBe(400);
    expect((await slack.post('[1,2,3]', 'application/json')).status).toBe(400);
    const noAction = new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, team: { id: TEAM }, actions: [] }) });
    expect((await slack.post(noAction.toString())).status).toBe(400);
    const noCommandUser = new URLSearchParams({ command: '/pc-help', team_id: TEAM });
    expect((await slack.post(noCommandUser.toString())).status).toBe(400);
  });

  it('GIVEN a GET, or a body far too large THEN 405 and 413', async () => {
    expect((await fetch(events)).status).toBe(405);
    const huge = `text=${'a'.repeat(5 * 1024 * 1024)}`;
    const timestamp = Math.floor(Date.now() / 1000);
    // Its own connection: the server stops reading an oversized body, and that socket is not reused.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(events, {
        method: 'POST',
        agent: false,
        headers: { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, huge), 'content-type': 'application/x-www-form-urlencoded' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(huge);
    });
    expect(status).toBe(413);
  });

  it("GIVEN a click on a button this app doesn't know THEN it is acknowledged and the member is told it does nothing any more", async () => {
    const member = { id: 'UOLD' };
    await slack.command(member, 'help');
    const stale = { channel: 'DUOLD', ts: '1.1', text: 'old', ephemeral: false, blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'retired:thing#0', text: { type: 'plain_text', text: 'Old' }, value: 'x' }] }] };
    slack.fake.messages.push(stale);
    const replies = await slack.click(member, stale, 'Old');
    expect(replies.map((m) => visible(m).text).join('\n')).toContain("doesn't do anything any more");
  });

  it('GIVEN Slack checking the URL THEN the challenge is echoed', async () => {
    const response = await slack.post(JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' }), 'application/json');
    expect(response.status).toBe(200);
    expect(response.text).toContain('c-123');
  });

  it('GIVEN a slash command whose work is slow THEN Slack gets its ack before the work is done, and the reply follows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = app.bot.handle.bind(app.bot);
    app.bot.handle = async (event) => {
      await gate;
      return original(event);
    };
    try {
      const acked = await postToApp(events, command('USLOW'), { signingSecret: SIGNING_SECRET });
      expect(acked.status).toBe(200);
      // Acknowledged while the handler is still held at the gate: nothing has been posted yet.
      expect(slack.conversation('DUSLOW')).toEqual([]);
      release();
      await slack.adapter.settled();
      expect(slack.conversation('DUSLOW').map((m) => visible(m).text).join('\n')).toContain("I'm peercircle");
    } finally {
      app.bot.handle = original;
    }
  });
});
