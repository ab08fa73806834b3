import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../src/scheduling/outbox-dispatcher.js';
import { runTick } from '../../src/scheduling/tick.js';
import type { ClaimedMessage } from '../../src/storage/outbox.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe("the outbox's idle round: one cheap look before claiming or expanding anything", () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let communityId: string;
  const at = new Date('2026-11-23T09:30:00Z');
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    communityId = (await store.database.prisma.community.create({ data: { platform: 'slack', externalId: 'T1', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7] } })).id;
  });
  afterEach(async () => dispose());

  const message = (user: string, dedupeKey: string) => ({ communityId, platformUserId: user, kind: 'reminder', message: { visibility: 'direct' as const, text: `hello ${user}` }, dedupeKey });
  function dispatcher(received: string[], now: Date) {
    const deliver = async (m: ClaimedMessage) => {
      received.push(m.platformUserId);
      return { messageId: `ts-${received.length}` };
    };
    return new OutboxDispatcher(store.outbox, deliver, pino({ level: 'silent' }), { now: () => now, holder: 'A', batchSize: 50, platforms: ['slack'] });
  }

  it('GIVEN an empty outbox THEN the look finds nothing waiting AND a round claims nothing', async () => {
    expect(await store.outbox.waiting(at)).toEqual({ batches: false, due: false });
    const received: string[] = [];
    expect((await dispatcher(received, at).dispatchOnce()).claimed).toBe(0);
    expect(received).toEqual([]);
  });

  it('GIVEN a message queued for later THEN it is not due before its time AND is sent by the first round at its time', async () => {
    const later = new Date(at.getTime() + 60_000);
    await store.outbox.enqueue([message('U1', 'k1')], later);
    expect(await store.outbox.waiting(at)).toEqual({ batches: false, due: false });
    const received: string[] = [];
    expect((await dispatcher(received, at).dispatchOnce()).claimed).toBe(0);
    expect(await store.outbox.waiting(later)).toEqual({ batches: false, due: true });
    expect((await dispatcher(received, later).dispatchOnce()).sent).toBe(1);
    expect(received).toEqual(['U1']);
    expect(await store.outbox.waiting(later)).toEqual({ batches: false, due: false });
  });

  it('GIVEN a large pass left its prompts in batches THEN the look sees the batches AND one round expands them and sends the prompts at once', async () => {
    await store.database.prisma.member.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ communityId, platformUserId: `U${i}`, timeZone: 'UTC', checkinTime: '09:00' })) });
    await runTick(store, at);
    expect((await store.outbox.waiting(at)).batches).toBe(true);
    const received: string[] = [];
    const round = await dispatcher(received, at).dispatchOnce();
    expect(round.claimed).toBe(50);
    expect(new Set(received).size).toBe(50);
  });
});
