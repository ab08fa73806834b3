import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../src/scheduling/outbox-dispatcher.js';
import { BATCH_FROM, BATCH_MAX } from '../../src/scheduling/due-check-ins.js';
import { runTick } from '../../src/scheduling/tick.js';
import { deleteMemberData } from '../../src/storage/member-data.js';
import type { ClaimedMessage } from '../../src/storage/outbox.js';
import { expandPromptBatches } from '../../src/storage/prompt-batches.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('a backlog of check-in prompts: queued in batches, delivered one per member', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let communityId: string;
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    communityId = (
      await store.database.prisma.community.create({
        data: { platform: 'slack', externalId: 'T1', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 240 },
      })
    ).id;
  });
  afterEach(async () => dispose());

  const prisma = () => store.database.prisma;
  /** `count` members of the community, half checking in at 08:00 and half at 09:00 (UTC). */
  const members = (count: number) =>
    prisma().member.createMany({
      data: Array.from({ length: count }, (_, i) => ({ communityId, platformUserId: `U${i}`, timeZone: 'UTC', checkinTime: i % 2 ? '09:00' : '08:00' })),
    });
  const at = new Date('2026-11-23T09:30:00Z');
  const batches = () => prisma().checkInPromptBatch.findMany({ orderBy: { id: 'asc' } });
  const prompts = () => prisma().outboxMessage.findMany({ where: { kind: 'checkin-prompt' }, orderBy: { id: 'asc' } });

  /** A dispatcher that records who received what, as the process `holder`. */
  function dispatcher(holder: string, received: string[], now: Date) {
    const deliver = async (m: ClaimedMessage) => {
      received.push(`${m.platformUserId} ${m.message.text.split('\n')[0]}`);
      return { messageId: `ts-${received.length}` };
    };
    return new OutboxDispatcher(store.outbox, deliver, pino({ level: 'silent' }), { now: () => now, holder, batchSize: 200, platforms: ['slack'] });
  }
  async function drain(d: OutboxDispatcher) {
    while ((await d.dispatchOnce()).claimed > 0);
  }
  const perMember = (received: string[]) => {
    const times = new Map<string, number>();
    for (const line of received) times.set(line.split(' ')[0]!, (times.get(line.split(' ')[0]!) ?? 0) + 1);
    return times;
  };

  it('GIVEN 60 members of one community due at once THEN the pass queues them as one batch AND the dispatcher gives each exactly one prompt, as a row of its own with its own deadline', async () => {
    expect(60).toBeGreaterThanOrEqual(BATCH_FROM);
    await members(60);
    const report = await runTick(store, at);
    expect(report.promptsQueued).toBe(60);
    expect(await batches()).toHaveLength(1);
    expect(await prompts()).toHaveLength(0);
    expect((await store.outbox.counts()).pending).toBe(60);

    const received: string[] = [];
    await drain(dispatcher('A', received, at));
    expect(received).toHaveLength(60);
    expect([...perMember(received).values()].every((n) => n === 1)).toBe(true);
    expect(perMember(received).size).toBe(60);
    expect(received[0]).toContain('Time for your check-in');
    expect(await batches()).toHaveLength(0);

    const rows = await prompts();
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.status === 'sent' && r.createdAt.getTime() === at.getTime())).toBe(true);
    const memberIds = new Map((await prisma().member.findMany()).map((m) => [m.platformUserId, m.id]));
    for (const row of rows) {
      expect(row.dedupeKey).toBe(`checkin-prompt:${memberIds.get(row.platformUserId)}:2026-11-23`);
      // 240 minutes of catch-up from each member's own check-in time: 12:00 for 08:00, 13:00 for 09:00.
      const due = Number(row.platformUserId.slice(1)) % 2 ? '13:00' : '12:00';
      expect(row.deliverBy?.toISOString()).toBe(`2026-11-23T${due}:00.000Z`);
    }
    expect(await store.outbox.counts()).toEqual({ pending: 0, sent: 60, failed: 0 });
  });

  it('GIVEN a few members due THEN their prompts go straight to the outbox, a row each, with no batch', async () => {
    await members(BATCH_FROM - 1);
    expect((await runTick(store, at)).promptsQueued).toBe(BATCH_FROM - 1);
    expect(await batches()).toHaveLength(0);
    expect(await prompts()).toHaveLength(BATCH_FROM - 1);
  });

  it('GIVEN a process that dies between expansion chunks (one batch expanded and claimed, unsent; one expansion rolled back) THEN another process delivers every prompt exactly once', async () => {
    const count = 2 * BATCH_MAX + 100;
    await members(count);
    expect((await runTick(store, at)).promptsQueued).toBe(count);
    expect((await batches()).map((b) => b.memberIds.length).sort((a, b) => b - a)).toEqual([BATCH_MAX, BATCH_MAX, 100]);

    // Process A expands the first chunk and claims messages from it, then dies before sending them.
    const firstSize = (await batches())[0]!.memberIds.length;
    expect(await expandPromptBatches(prisma(), at, ['slack'], 1)).toEqual({ batches: 1, queued: firstSize });
    expect(await store.outbox.claim(50, at, new Date(at.getTime() + 10_000), ['slack'], 'A')).toHaveLength(50);
    // It was expanding the next chunk when it died: that statement never committed.
    const second = (await batches())[0]!;
    await expect(
      prisma().$transaction(async (tx) => {
        await expandPromptBatches(tx, at, ['slack'], 1);
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect((await batches())[0]?.id).toBe(second.id);
    expect(await prompts()).toHaveLength(firstSize);
    // And should a batch come back whose members were queued already, they are not queued twice.
    const first = await prisma().outboxMessage.findFirstOrThrow({ where: { kind: 'checkin-prompt' }, orderBy: { id: 'asc' } });
    const memberId = first.dedupeKey.split(':')[1]!;
    await prisma().checkInPromptBatch.create({
      data: { communityId, localDate: new Date('2026-11-23T00:00:00Z'), payload: first.payload!, memberIds: [memberId], platformUserIds: [first.platformUserId], deliverBy: [first.deliverBy!], createdAt: at },
    });

    // Process B starts once A's claim has lapsed, and carries on.
    const received: string[] = [];
    await drain(dispatcher('B', received, new Date(at.getTime() + 60_000)));
    const times = perMember(received);
    expect(times.size).toBe(count);
    expect([...times.values()].every((n) => n === 1)).toBe(true);
    expect(await batches()).toHaveLength(0);
    const rows = await prompts();
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });

  it('GIVEN a member erased while their prompt waits in a batch THEN the batch no longer names them AND only the others are prompted', async () => {
    await members(BATCH_FROM + 5);
    await runTick(store, at);
    const erased = await prisma().member.findFirstOrThrow({ where: { platformUserId: 'U3' } });
    expect((await deleteMemberData(prisma(), erased.id)).messages).toBe(1);
    expect((await batches())[0]?.memberIds).not.toContain(erased.id);
    expect((await batches())[0]?.memberIds).toHaveLength(BATCH_FROM + 4);

    const received: string[] = [];
    await drain(dispatcher('A', received, at));
    expect(received).toHaveLength(BATCH_FROM + 4);
    expect(perMember(received).has('U3')).toBe(false);
  });
});
