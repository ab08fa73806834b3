import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { postToApp, slackSignature, visible } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { nextTriggerId, SIGNING_SECRET, SlackHarness, TEAM } from './slack-harness.js';

/**
 * Two processes behind a load balancer: two apps, each with its own Bolt app, on one database and
 * one (fake) Slack. Slack re-sends what it thinks went unanswered; the re-send may reach the other
 * process, and must still be handled once.
 */
describe('Slack: a re-sent delivery reaching another process', () => {
  let testDb: TestDatabase;
  const apps: App[] = [];
  const first = new SlackHarness();
  /** How many messages one process sends for the risk message to a member it has not met. */
  let crisisReplies = 0;
  let second: SlackHarness;

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    for (let i = 0; i < 2; i++) {
      apps.push(await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) }));
    }
    await first.start(apps[0]!);
    second = new SlackHarness({ apiUrl: first.fake.apiUrl });
    await second.start(apps[1]!);
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
    for (const app of apps) await app.close();
    await testDb.release();
  });

  /** Sends one signed body to both processes, the second time as Slack's first retry. */
  async function sendToBoth(body: string, contentType: string, together: boolean): Promise<void> {
    const send = (slack: SlackHarness, retry: boolean) =>
      fetchSigned(slack.url, body, contentType, retry).then(async (status) => {
        expect(status).toBe(200);
        await slack.adapter.settled();
      });
    if (together) await Promise.all([send(first, false), send(second, true)]);
    else {
      await send(first, false);
      await send(second, true);
    }
  }

  const riskMessage = (eventId: string, user: string) =>
    JSON.stringify({
      type: 'event_callback',
      team_id: TEAM,
      event: { type: 'message', channel_type: 'im', channel: `D${user}`, user, text: 'Everyone would be better off without me', ts: '5.5' },
      event_id: eventId,
      event_time: 5,
    });

  it('GIVEN a direct message answered by one process WHEN Slack re-sends it to the other THEN the crisis reply is sent once', async () => {
    expect(await fetchSigned(first.url, riskMessage('EvRe1', 'URIA'), 'application/json', false)).toBe(200);
    await first.adapter.settled();
    const replies = first.fake.messages.filter((m) => m.channel === 'DURIA');
    crisisReplies = replies.length;
    expect(replies.map((m) => visible(m).text).join('\n')).toContain('not a crisis service');
    const callsBefore = first.fake.calls.length;

    expect(await fetchSigned(second.url, riskMessage('EvRe1', 'URIA'), 'application/json', true)).toBe(200);
    await second.adapter.settled();
    expect(first.fake.messages.filter((m) => m.channel === 'DURIA')).toHaveLength(replies.length);
    // Bolt checks a single-workspace token once per process (auth.test); nothing else was called.
    expect(first.fake.calls.slice(callsBefore).map((c) => c.method).filter((method) => method !== 'auth.test')).toEqual([]);
    // One record of the work, shared by both processes, done and emptied of what the member wrote.
    const work = await apps[0]!.store.database.prisma.acknowledgedWork.findMany({ where: { key: 'event:EvRe1' } });
    expect(work).toHaveLength(1);
    expect(work[0]!.doneAt).not.toBeNull();
    expect(work[0]!.payload).toEqual({});
  });

  it('GIVEN the same event reaching both processes at the same moment THEN exactly one of them answers', async () => {
    const before = first.fake.messages.length;
    await sendToBoth(riskMessage('EvRe2', 'UBEA'), 'application/json', true);
    const once = first.fake.messages.length - before;
    expect(once).toBe(crisisReplies);
    // Both processes again (Slack's later retries): still nothing more.
    await sendToBoth(riskMessage('EvRe2', 'UBEA'), 'application/json', true);
    expect(first.fake.messages.length - before).toBe(once);
  });

  it('GIVEN a slash command re-sent with its trigger id to the other process THEN the member gets one answer', async () => {
    const body = new URLSearchParams({
      command: '/pc-help',
      text: '',
      team_id: TEAM,
      team_domain: 'harbour',
      // A member the bot already knows (the first test), so each /pc-help is answered alike.
      user_id: 'URIA',
      user_name: 'ria',
      channel_id: 'DURIA',
      channel_name: 'directmessage',
      response_url: first.fake.responseUrl(),
      trigger_id: nextTriggerId(),
    }).toString();
    // That member met the bot through a crisis reply, which the welcome follows at their next command: let it come first.
    expect(await fetchSigned(first.url, body.replace(/trigger_id=[^&]+/, `trigger_id=${nextTriggerId()}`), 'application/x-www-form-urlencoded', false)).toBe(200);
    await first.adapter.settled();
    const before = first.fake.messages.length;
    expect(await fetchSigned(first.url, body, 'application/x-www-form-urlencoded', false)).toBe(200);
    await first.adapter.settled();
    const oneAnswer = first.fake.messages.length - before;
    expect(oneAnswer).toBeGreaterThan(0);
    expect(await fetchSigned(second.url, body, 'application/x-www-form-urlencoded', true)).toBe(200);
    await second.adapter.settled();
    expect(first.fake.messages.length - before).toBe(oneAnswer);
    // Another command, with a trigger id of its own, is answered as usual by either process.
    const again = body.replace(/trigger_id=[^&]+/, `trigger_id=${nextTriggerId()}`);
    expect(await fetchSigned(second.url, again, 'application/x-www-form-urlencoded', false)).toBe(200);
    await second.adapter.settled();
    expect(first.fake.messages.length - before).toBe(oneAnswer * 2);
  });

  it('GIVEN claims older than an hour WHEN the sweep runs THEN they go and recent claims stay', async () => {
    const { prisma } = apps[0]!.store.database;
    await prisma.slackSeenDelivery.create({ data: { key: 'event:EvAncient', seenAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    await prisma.slackSeenDelivery.create({ data: { key: 'event:EvRecent', seenAt: new Date() } });
    expect(await apps[0]!.store.seenDeliveries.expire(new Date())).toBeGreaterThanOrEqual(1);
    expect(await prisma.slackSeenDelivery.count({ where: { key: 'event:EvAncient' } })).toBe(0);
    expect(await prisma.slackSeenDelivery.count({ where: { key: 'event:EvRecent' } })).toBe(1);
    // Done work is kept as long, for the same reason, then goes.
    await prisma.acknowledgedWork.create({ data: { key: 'event:EvOldWork', platform: 'slack', payload: {}, receivedAt: new Date(0), leaseUntil: new Date(0), doneAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    expect(await apps[0]!.store.acknowledgedWork.sweep(new Date())).toBeGreaterThanOrEqual(1);
    expect(await prisma.acknowledgedWork.count({ where: { key: 'event:EvOldWork' } })).toBe(0);
    expect(await prisma.acknowledgedWork.count({ where: { key: 'event:EvRe1' } })).toBe(1);
  });
});

async function fetchSigned(url: string, body: string, contentType: string, retry: boolean): Promise<number> {
  if (!retry) return (await postToApp(`${url}/slack/events`, body, { signingSecret: SIGNING_SECRET, contentType })).status;
  // Slack marks a re-send with these headers; the body, event id and trigger id are unchanged.
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    },
    body,
  });
  await response.text();
  return response.status;
}
