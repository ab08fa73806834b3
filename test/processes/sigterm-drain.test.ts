import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';

const onPostgres = inject('postgresTemplate') !== null;
// A terminal shows only its own member's messages, so the burst is for the watcher at its keyboard.
const deliveredTo = (output: string) => [...output.matchAll(/Burst message (M\d+)\b/g)].map((m) => m[1]!);
const burst = (communityId: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    communityId,
    platformUserId: 'watcher',
    kind: 'burst',
    payload: { visibility: 'direct', text: `Burst message M${i}` },
    dedupeKey: `burst:${i}`,
  }));

describe.skipIf(!onPostgres)('SIGTERM drains gracefully (PostgreSQL)', () => {
  let testDb: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await openDatabase(testDb.target);
  });
  afterAll(async () => {
    await database.close();
    await testDb.dispose();
  });

  it('GIVEN a delivery burst WHEN SIGTERM arrives THEN the process exits 0 quickly and every message it delivered is recorded as sent', async () => {
    const { prisma } = database;
    const community = await prisma.community.create({
      data: { platform: 'terminal', externalId: 'local', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 },
    });
    await prisma.outboxMessage.createMany({ data: burst(community.id, 1500) });
    if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
    const env = { DATABASE_URL: testDb.target.url, TERMINAL_USER: 'watcher', OUTBOX_RATE_PER_SECOND: '500' };

    const bot = startPeercircle(['start'], env);
    await waitFor(() => deliveredTo(bot.output()).length >= 100, 60_000, 'the burst to start');
    const signalled = Date.now();
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const delivered = new Set(deliveredTo(bot.output()));
    const sent = await prisma.outboxMessage.findMany({ where: { status: 'sent', kind: 'burst' }, select: { dedupeKey: true } });
    expect(new Set(sent.map((s) => `M${s.dedupeKey.slice('burst:'.length)}`))).toEqual(delivered); // nothing delivered and left unrecorded
    expect(await prisma.outboxMessage.count({ where: { lockedUntil: { not: null }, status: 'pending' } })).toBe(0); // no claim left dangling
    expect(delivered.size).toBeLessThan(1500); // it stopped taking work rather than finishing the queue
  });
});
