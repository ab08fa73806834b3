import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { commands } from '../../commands/index.js';
import { direct } from '../../src/core/messages.js';
import { Metrics } from '../../src/ops/metrics.js';
import { deliveryDetails, deliveryThrough } from '../../src/runtime.js';
import { OutboxDispatcher, type RoundResult } from '../../src/scheduling/outbox-dispatcher.js';
import { Store } from '../../src/storage/store.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { testCipher } from '../helpers/test-cipher.js';
import { openTestDatabase } from '../helpers/test-database.js';

const MINUTE = 60_000;
const PROMPTS = 40;
const ESCALATIONS = 6;

/**
 * The real dispatcher, two of them (two bot processes on one database), each sending through its
 * own real Slack adapter (Bolt's Web API client) to a fake Slack that fails on command. Time is the
 * dispatcher's clock, moved forward by the test, so an outage of minutes or hours runs in seconds.
 */
// Minutes or hours of fake time in seconds of real time; generous limits for a busy CI machine.
describe('outage-proof delivery: Slack failing for minutes or hours loses nothing', { timeout: 240_000 }, () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let fake: FakeSlack;
  let communityId: string;
  let clock: number;
  let logs: { level: number; msg: string; [key: string]: unknown }[];
  let dispatchers: OutboxDispatcher[];

  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    communityId = (await store.communities.findOrCreate({ platform: 'slack', externalId: 'T1' }, { timeZone: 'UTC', locale: 'en-US' })).id;
    fake = new FakeSlack();
    await fake.start();
    clock = Date.parse('2026-11-23T09:00:00Z');
    logs = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as (typeof logs)[number]);
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    dispatchers = ['host-a:1', 'host-b:2'].map((holder) => {
      const adapter = new SlackAdapter({ botToken: 'xoxb-test', signingSecret: 'unused-here', apiUrl: fake.apiUrl, installations: store.slackInstallations, acknowledgedWork: store.acknowledgedWork, logger, commandNames: commands.map((c) => c.name) });
      return new OutboxDispatcher(store.outbox, deliveryThrough(adapter), logger, { now: () => new Date(clock), holder, platforms: ['slack'], random: () => 0.5 });
    });
  });
  afterEach(async () => {
    await fake.stop();
    await dispose();
  });

  /** Check-in prompts worth sending for their four-hour catch-up window, and escalations that never give up. */
  const queue = async () => {
    const at = new Date(clock);
    await store.outbox.enqueue(
      [
        ...Array.from({ length: PROMPTS }, (_, i) => ({
          communityId,
          platformUserId: `UMEMBER${i}`,
          kind: 'checkin-prompt',
          message: direct(`Time for your check-in, member ${i}`),
          dedupeKey: `checkin-prompt:${i}`,
          deliverBy: new Date(clock + 240 * MINUTE),
        })),
        ...Array.from({ length: ESCALATIONS }, (_, i) => ({
          communityId,
          platformUserId: `USUPER${i}`,
          kind: 'escalation',
          message: direct(`A member would like to talk with you (${i})`),
          dedupeKey: `escalation:${i}`,
        })),
      ],
      at,
    );
  };

  /**
   * Both processes deliver side by side; when neither has anything due, time jumps to the next
   * message's time, the way the idle loop would wait for it.
   */
  const runUntilDone = async (limitMs: number): Promise<RoundResult[]> => {
    const rounds: RoundResult[] = [];
    const stopAt = clock + limitMs;
    while (clock < stopAt) {
      const results = await Promise.all(dispatchers.map((d) => d.dispatchOnce()));
      rounds.push(...results);
      const next = await store.database.prisma.outboxMessage.aggregate({ where: { status: 'pending' }, _min: { nextAttemptAt: true } });
      if (!next._min.nextAttemptAt) break;
      const tried = results.some((r) => r.sent + r.retried + r.failed + r.expired + r.rateLimited > 0);
      // Idle: on to when the next message is due, or the first process's pause ends.
      const wake = Math.min(...dispatchers.map((d) => Math.max(next._min.nextAttemptAt!.getTime(), d.pausedUntil(clock))));
      clock = tried ? clock + 200 : Math.max(clock + 200, wake);
    }
    return rounds;
  };

  /** What each member and supervisor received: their DM channel's messages from the fake. */
  const received = () => {
    const perChannel = new Map<string, number>();
    for (const message of fake.messages) perChannel.set(message.channel, (perChannel.get(message.channel) ?? 0) + 1);
    return perChannel;
  };

  const expectEveryoneExactlyOnce = async () => {
    const perChannel = received();
    const expected = [...Array.from({ length: PROMPTS }, (_, i) => `DUMEMBER${i}`), ...Array.from({ length: ESCALATIONS }, (_, i) => `DUSUPER${i}`)];
    expect(expected.filter((channel) => perChannel.get(channel) !== 1)).toEqual([]); // nobody missed, nobody twice
    expect(fake.messages).toHaveLength(PROMPTS + ESCALATIONS);
    expect(await store.outbox.counts()).toEqual({ pending: 0, sent: PROMPTS + ESCALATIONS, failed: 0 });
  };

  it('GIVEN Slack answering 500 for 4½ minutes WHEN two processes deliver THEN after it recovers every prompt and escalation arrives exactly once, the failing platform is left alone, and the log says when sending paused and resumed', async () => {
    const outageEnds = clock + 4.5 * MINUTE;
    let failedCalls = 0;
    fake.fault = () => (clock < outageEnds ? (failedCalls++, { status: 500 }) : undefined);
    await queue();

    const early = await runUntilDone(2 * MINUTE);
    // Mid-outage, what an operator sees: /readyz names the paused platform, /metrics counts it.
    expect(deliveryDetails(dispatchers[0]!)).toMatchObject({ delivery: { paused: expect.arrayContaining([expect.objectContaining({ scope: 'slack', state: 'open' })]) } });
    const metrics = new Metrics(store);
    metrics.openBreakers = () => dispatchers[0]!.breakers.notClosed().map((b) => b.key);
    const exposed = await metrics.registry.metrics();
    expect(exposed).toContain('peercircle_delivery_circuit_open{platform="slack",scope="platform"} 1');
    expect(exposed).toContain('peercircle_delivery_circuit_open{platform="slack",scope="workspace"} 1');

    const rounds = [...early, ...(await runUntilDone(60 * MINUTE))];

    await expectEveryoneExactlyOnce();
    // The breaker pauses sending and only probes: a handful of calls, not thousands.
    expect(failedCalls).toBeLessThan(40);
    const lastSent = await store.database.prisma.outboxMessage.aggregate({ _max: { sentAt: true } });
    expect(lastSent._max.sentAt!.getTime() - outageEnds).toBeLessThan(2.5 * MINUTE); // recovered within a probe interval
    expect(rounds.reduce((n, r) => n + r.waiting, 0)).toBeGreaterThan(0);
    expect(logs.filter((l) => l.msg.startsWith('the platform is failing')).length).toBeGreaterThanOrEqual(1);
    expect(logs.filter((l) => l.msg.startsWith('the platform is answering again')).length).toBeGreaterThanOrEqual(1);
    expect(logs.some((l) => l.msg.startsWith('gave up'))).toBe(false);
  });

  it('GIVEN Slack answering 429 (Retry-After 5) for 2½ minutes THEN every message arrives exactly once, and waiting for the limit never counted as an attempt', async () => {
    const stormEnds = clock + 2.5 * MINUTE;
    fake.fault = () => (clock < stormEnds ? { status: 429, retryAfterSeconds: 5 } : undefined);
    await queue();

    const rounds = await runUntilDone(60 * MINUTE);

    await expectEveryoneExactlyOnce();
    expect(rounds.reduce((n, r) => n + r.rateLimited, 0)).toBeGreaterThan(0);
    const rows = await store.database.prisma.outboxMessage.findMany();
    expect(rows.every((row) => row.attempts === 1)).toBe(true); // only the send that went through
    const firstAfter = await store.database.prisma.outboxMessage.aggregate({ _min: { sentAt: true } });
    expect(firstAfter._min.sentAt!.getTime()).toBeGreaterThanOrEqual(stormEnds);
  });

  it('GIVEN Slack down for five hours THEN prompts give up when their catch-up window closes, loudly, while escalations wait, are reported to the operator, and arrive once when Slack is back', async () => {
    const outageEnds = clock + 5 * 60 * MINUTE;
    fake.fault = () => (clock < outageEnds ? { status: 503 } : undefined);
    await queue();

    await runUntilDone(20 * MINUTE);
    const overdue = await dispatchers[0]!.reportOverdue(true);
    expect(overdue.map((m) => m.kind)).toEqual(Array(ESCALATIONS).fill('escalation'));
    expect(await dispatchers[1]!.reportOverdue(true)).toEqual([]); // reported once, by one process
    expect(logs.filter((l) => l.level === 50 && l.msg.startsWith('an escalation or crisis-contact request'))).toHaveLength(ESCALATIONS);

    await runUntilDone(6 * 60 * MINUTE);

    const rows = await store.database.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    const prompts = rows.filter((r) => r.kind === 'checkin-prompt');
    const escalations = rows.filter((r) => r.kind === 'escalation');
    expect(prompts.every((r) => r.status === 'failed' && r.lastError?.includes('no longer worth sending'))).toBe(true);
    expect(escalations.every((r) => r.status === 'sent' && r.sentAt!.getTime() >= outageEnds)).toBe(true);
    expect(fake.messages.map((m) => m.channel).sort()).toEqual(Array.from({ length: ESCALATIONS }, (_, i) => `DUSUPER${i}`).sort());
    expect(logs.filter((l) => l.msg.startsWith('gave up on a message'))).toHaveLength(PROMPTS);
    expect((await store.outbox.gaveUp(100)).map((m) => m.kind)).toEqual(Array(PROMPTS).fill('checkin-prompt'));
  });
});
