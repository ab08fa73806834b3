import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTick } from '../../src/scheduling/tick.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('pairing rounds with several processes ticking at once', () => {
  let testDb: TestDatabase;
  let databases: Database[];
  let stores: Store[];
  const zones = ['UTC', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York'];
  const members = 41;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    // Two connections to one database, as two bot processes would have (on PostgreSQL really concurrent).
    databases = [await openDatabase(testDb.target), await openDatabase(testDb.target)];
    stores = databases.map((d) => new Store(d, testCipher()));
    const { prisma } = databases[0]!;
    for (const zone of zones) {
      const community = await prisma.community.create({ data: { platform: 'slack', externalId: `T-${zone}`, timeZone: zone } });
      await prisma.pairingSettings.create({ data: { communityId: community.id, cadence: 'weekly', weekday: 1, time: '10:00' } });
      await prisma.member.createMany({ data: Array.from({ length: members }, (_, i) => ({ communityId: community.id, platformUserId: `U${i}` })) });
    }
  });
  afterAll(async () => {
    for (const d of databases) await d.close();
    await testDb.release();
  });

  it('GIVEN rounds due in four of five time zones WHEN two processes tick at the same instant, three times THEN each round is created once and everyone is introduced once', async () => {
    const at = new Date('2026-11-23T12:00:00Z'); // Monday: past 10:00 in UTC, London, Berlin, Tokyo; 07:00 in New York.
    let created = 0;
    for (let i = 0; i < 3; i++) {
      const reports = await Promise.all(stores.map((s) => runTick(s, at)));
      created += reports.reduce((sum, r) => sum + r.pairingRounds, 0);
    }
    const { prisma } = databases[0]!;
    expect(created).toBe(4);
    expect(await prisma.pairingRound.count()).toBe(4);
    const intros = await prisma.outboxMessage.findMany({ where: { kind: 'pairing-intro' }, include: { community: true } });
    for (const zone of zones.slice(0, 4)) {
      const here = intros.filter((r) => r.community.timeZone === zone);
      const introduced = here.flatMap((r) => r.platformUserIds);
      expect(introduced).toHaveLength(members);
      expect(new Set(introduced).size).toBe(members);
      expect(here.filter((r) => r.platformUserIds.length === 3)).toHaveLength(1);
    }
    expect(intros.some((r) => r.community.timeZone === 'America/New_York')).toBe(false);
    const memberships = await prisma.pairingGroupMember.groupBy({ by: ['memberId'], _count: { _all: true } });
    expect(memberships.every((m) => m._count._all === 1)).toBe(true);
  });

  it('GIVEN the rounds are halfway WHEN both processes tick together THEN every member is asked "Did you meet?" exactly once', async () => {
    const at = new Date('2026-11-26T12:00:00Z');
    const reports = await Promise.all(stores.map((s) => runTick(s, at)));
    const again = await Promise.all(stores.map((s) => runTick(s, at)));
    const { prisma } = databases[0]!;
    expect([...reports, ...again].reduce((sum, r) => sum + r.pairingChecks, 0)).toBe(4 * members);
    const checks = await prisma.outboxMessage.groupBy({ by: ['communityId', 'platformUserId'], where: { kind: 'pairing-check' }, _count: { _all: true } });
    expect(checks).toHaveLength(4 * members);
    expect(checks.every((c) => c._count._all === 1)).toBe(true);
  });

  it('GIVEN a day after "Did you meet?", three have answered WHEN both processes tick together, twice THEN everyone else gets one reminder, and never a second', async () => {
    const { prisma } = databases[0]!;
    const answered = await prisma.pairingGroupMember.findMany({ take: 3, orderBy: { memberId: 'asc' } });
    for (const gm of answered) expect(await stores[0]!.pairings.recordOutcome(gm.groupId, gm.memberId, 'met')).toBe(true);
    expect((await runTick(stores[0]!, new Date('2026-11-26T23:00:00Z'))).pairingCheckReminders).toBe(0);

    const at = new Date('2026-11-27T12:00:00Z');
    const reports = [...(await Promise.all(stores.map((s) => runTick(s, at)))), ...(await Promise.all(stores.map((s) => runTick(s, at))))];
    reports.push(await runTick(stores[1]!, new Date('2026-11-28T12:00:00Z')));
    expect(reports.reduce((sum, r) => sum + r.pairingCheckReminders, 0)).toBe(4 * members - 3);
    const reminders = await prisma.outboxMessage.findMany({ where: { kind: 'pairing-check-reminder' } });
    expect(reminders).toHaveLength(4 * members - 3);
    expect(new Set(reminders.map((r) => r.dedupeKey)).size).toBe(reminders.length);
    const answeredKeys = answered.map((gm) => `pairing-check-reminder:${gm.groupId}:${gm.memberId}`);
    expect(reminders.filter((r) => answeredKeys.includes(r.dedupeKey))).toEqual([]);
    expect(await prisma.pairingRound.count({ where: { checkRemindedAt: null } })).toBe(0);
  });
});
