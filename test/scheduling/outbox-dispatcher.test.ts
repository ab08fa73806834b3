import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/core/errors.js';
import { direct } from '../../src/core/messages.js';
import { OutboxDispatcher } from '../../src/scheduling/outbox-dispatcher.js';
import type { ClaimedMessage } from '../../src/storage/outbox.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('the outbox: every scheduled message persisted, then delivered with retries', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let communityId: string;
  let clock: Date;
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    communityId = (await store.communities.findOrCreate({ platform: 'slack', externalId: 'T1' }, { timeZone: 'UTC', locale: 'en-US' })).id;
    clock = new Date('2026-11-23T09:00:00Z');
  });
  afterEach(async () => dispose());

  const enqueue = (n: number) =>
    store.outbox.enqueue(
      Array.from({ length: n }, (_, i) => ({ communityId, platformUserId: `U${i}`, kind: 'test', message: direct(`hello ${i}`), dedupeKey: `test:${i}` })),
      clock,
    );
  const dispatcher = (deliver: (m: ClaimedMessage) => Promise<{ messageId?: string }>, options = {}) =>
    new OutboxDispatcher(store.outbox, deliver, pino({ level: 'silent' }), { now: () => clock, random: () => 1, baseDelayMs: 1000, ...options });

  it('GIVEN messages queued twice under the same key THEN each is stored once', async () => {
    expect(await enqueue(3)).toBe(3);
    expect(await enqueue(3)).toBe(0);
    expect(await store.outbox.counts()).toEqual({ pending: 3, sent: 0, failed: 0 });
  });

  it('GIVEN a healthy platform THEN every message is delivered once, in order, and marked sent with its platform id', async () => {
    await enqueue(5);
    const delivered: string[] = [];
    const round = await dispatcher(async (m) => {
      delivered.push(m.message.text);
      return { messageId: `ts-${m.platformUserId}` };
    }).dispatchOnce();
    expect(round).toMatchObject({ claimed: 5, sent: 5 });
    expect(delivered).toEqual(['hello 0', 'hello 1', 'hello 2', 'hello 3', 'hello 4']);
    const rows = await store.database.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.every((r) => r.status === 'sent' && r.platformMessageId?.startsWith('ts-'))).toBe(true);
  });

  it('GIVEN a platform error THEN the message waits with exponential backoff and is delivered on a later round', async () => {
    await enqueue(1);
    let calls = 0;
    const flaky = dispatcher(async () => {
      calls++;
      if (calls <= 2) throw new Error('socket hang up');
      return {};
    });
    expect((await flaky.dispatchOnce()).retried).toBe(1);
    let row = await store.database.prisma.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - clock.getTime()).toBe(1000); // first retry: base delay
    expect((await flaky.dispatchOnce()).claimed).toBe(0); // not due yet
    clock = new Date(clock.getTime() + 1000);
    expect((await flaky.dispatchOnce()).retried).toBe(1);
    row = await store.database.prisma.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - clock.getTime()).toBe(2000); // doubled
    clock = new Date(clock.getTime() + 2000);
    expect((await flaky.dispatchOnce()).sent).toBe(1);
    expect(row.lastError).toBe('socket hang up');
  });

  it("GIVEN a rate limit with retry-after THEN the platform's wait is honoured", async () => {
    await enqueue(1);
    const limited = dispatcher(async () => {
      throw new DeliveryError('rate limited', { retryAfterMs: 30_000 });
    });
    expect((await limited.dispatchOnce()).rateLimited).toBe(1);
    const row = await store.database.prisma.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - clock.getTime()).toBe(30_000);
  });

  it('GIVEN a permanent refusal THEN the message gives up at once; GIVEN a failing platform past the message\'s deadline THEN it gives up then, never before', async () => {
    await enqueue(2);
    await store.database.prisma.outboxMessage.updateMany({ where: { platformUserId: 'U1' }, data: { deliverBy: new Date(clock.getTime() + 10_000) } });
    const refusing = dispatcher(async (m) => {
      if (m.platformUserId === 'U0') throw new DeliveryError('user blocked the bot', { permanent: true });
      throw new Error('still down');
    });
    expect(await refusing.dispatchOnce()).toMatchObject({ failed: 1, retried: 1 });
    for (let i = 0; i < 20 && (await store.outbox.counts()).pending > 0; i++) {
      clock = new Date(clock.getTime() + 5_000);
      await refusing.dispatchOnce();
    }
    expect(await store.outbox.counts()).toEqual({ pending: 0, sent: 0, failed: 2 });
    const late = await store.database.prisma.outboxMessage.findFirstOrThrow({ where: { platformUserId: 'U1' } });
    expect(late.lastError).toContain('no longer worth sending');
    expect(late.attempts).toBeGreaterThanOrEqual(2); // it kept trying until the deadline
  });

  it('GIVEN a process that claimed a batch and died THEN another process takes the batch over once the claim lapses', async () => {
    await enqueue(3);
    await store.outbox.claim(10, clock, new Date(clock.getTime() + 10_000), ['slack'], 'host-a:111'); // the process that died
    const survivor = dispatcher(async () => ({}));
    expect((await survivor.dispatchOnce()).claimed).toBe(0);
    clock = new Date(clock.getTime() + 10_000);
    expect(await survivor.dispatchOnce()).toMatchObject({ sent: 3, takenOver: 3 });
  });
});
