import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';

const onPostgres = inject('postgresTemplate') !== null;
const deliveredTo = (output: string) => [...output.matchAll(/✉ to (M\d+):/g)].map((m) => m[1]!);

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
    await prisma.member.createMany({ data: Array.from({ length: 1500 }, (_, i) => ({ communityId: community.id, platformUserId: `M${i}`, checkinTime: '00:00' })) });
    if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
    const env = { DATABASE_URL: testDb.target.url, TERMINAL_USER: 'watcher', OUTBOX_RATE_PER_SECOND: '500' };
    expect(await exited(startPeercircle(['tick', '--at', new Date().toISOString()], env))).toBe(0);

    const bot = startPeercircle(['start'], env);
    await waitFor(() => deliveredTo(bot.output()).length >= 100, 60_000, 'the burst to start');
    const signalled = Date.now();
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const delivered = new Set(deliveredTo(bot.output()));
    const sent = await prisma.outboxMessage.findMany({ where: { status: 'sent', platformUserId: { startsWith: 'M' } }, select: { platformUserId: true } });
    expect(new Set(sent.map((s) => s.platformUserId))).toEqual(delivered); // nothing delivered and left unrecorded
    expect(await prisma.outboxMessage.count({ where: { lockedUntil: { not: null }, status: 'pending' } })).toBe(0); // no claim left dangling
    expect(delivered.size).toBeLessThan(1500); // it stopped taking work rather than finishing the queue
  });
});
