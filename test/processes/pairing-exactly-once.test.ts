import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { useSharedPostgres } from '../helpers/test-database.js';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';

const onPostgres = inject('postgresTemplate') !== null;

describe.skipIf(!onPostgres)('pairing rounds exactly once with several processes (PostgreSQL)', () => {
  const shared = useSharedPostgres();

  it('GIVEN six communities with a round due WHEN two bot processes tick at the same instant THEN each round is created once and each member introduced once', async () => {
    const { prisma } = shared.database;
    const members = 201;
    for (let c = 0; c < 6; c++) {
      const community = await prisma.community.create({ data: { platform: 'slack', externalId: `T${c}`, timeZone: 'Europe/Berlin' } });
      await prisma.pairingSettings.create({ data: { communityId: community.id, weekday: 1, time: '10:00' } });
      await prisma.member.createMany({ data: Array.from({ length: members }, (_, i) => ({ communityId: community.id, platformUserId: `U${c}-${i}`, checkinsOptIn: false })) });
    }
    // Hold the rounds table until both processes wait to claim, so their claims really race.
    const gate = new pg.Client({ connectionString: shared.url });
    await gate.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE pairing_rounds IN SHARE ROW EXCLUSIVE MODE');
    const at = '2026-11-23T12:00:00Z';
    const a = startPeercircle(['tick', '--at', at], { DATABASE_URL: shared.url });
    const b = startPeercircle(['tick', '--at', at], { DATABASE_URL: shared.url });
    await waitFor(async () => {
      await gate.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await gate.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      return rows[0].n >= 2;
    }, 30_000, 'both processes to reach their first round claim');
    await gate.query('COMMIT');
    await gate.end();
    expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
    const started = [a, b].map((p) => Number(/debrief pairing rounds started: (\d+)/.exec(p.output())?.[1]));
    expect(started[0]! + started[1]!).toBe(6);
    expect(await prisma.pairingRound.count()).toBe(6);
    const intros = await prisma.outboxMessage.findMany({ where: { kind: 'pairing-intro' } });
    const introduced = intros.flatMap((r) => r.platformUserIds);
    expect(introduced).toHaveLength(6 * members);
    expect(new Set(introduced).size).toBe(6 * members);
    expect(await prisma.pairingGroupMember.count()).toBe(6 * members);
  }, 90_000);
});
