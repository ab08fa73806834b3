import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { expandPromptBatches } from '../../src/storage/prompt-batches.js';
import { useSharedPostgres } from '../helpers/test-database.js';
import pg from 'pg';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';

const onPostgres = inject('postgresTemplate') !== null;
const zones = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Adelaide', 'Asia/Kolkata'];

describe.skipIf(!onPostgres)('exactly once with several processes (PostgreSQL)', () => {
  const shared = useSharedPostgres();

  it('GIVEN 12,000 members due at once WHEN two bot processes tick at the same instant THEN every member gets exactly one prompt', async () => {
    const { prisma } = shared.database;
    const at = new Date('2026-11-23T12:00:00Z');
    let expected = 0;
    for (let c = 0; c < 24; c++) {
      const community = await prisma.community.create({
        data: { platform: 'slack', externalId: `T${c}`, timeZone: zones[c % zones.length]!, checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 },
      });
      await prisma.member.createMany({
        data: Array.from({ length: 500 }, (_, i) => ({ communityId: community.id, platformUserId: `U${c}-${i}`, checkinTime: '00:00' })),
      });
      expected += 500;
    }

    // Line the two processes up: hold a lock on the claims table until both are waiting on it,
    // then let go, so their claims really do race.
    const gate = new pg.Client({ connectionString: shared.url });
    await gate.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE check_in_prompts IN SHARE ROW EXCLUSIVE MODE');
    const env = { DATABASE_URL: shared.url };
    const a = startPeercircle(['tick', '--at', at.toISOString()], env);
    const b = startPeercircle(['tick', '--at', at.toISOString()], env);
    await waitFor(async () => {
      // pg_stat_activity is a snapshot per transaction: clear it so each poll sees the present.
      await gate.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await gate.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return rows[0].n >= 2;
    }, 20_000, `both processes to reach their first claim`);
    await gate.query('COMMIT');
    await gate.end();
    expect(await Promise.all([exited(a), exited(b)])).toEqual([0, 0]);
    const claimedBy = [a, b].map((p) => Number(/check-in prompts queued: (\d+)/.exec(p.output())?.[1]));

    expect(claimedBy[0]! + claimedBy[1]!).toBe(expected);
    expect(await prisma.checkInPrompt.count()).toBe(expected);
    // Each community's many prompts wait in batches: expanded (as a dispatcher does), one message per member.
    expect(await prisma.checkInPromptBatch.count()).toBeGreaterThan(0);
    while ((await expandPromptBatches(prisma, at, ['slack'], 10)).batches > 0);
    const perMember = await prisma.outboxMessage.groupBy({ by: ['platformUserId'], _count: { _all: true } });
    expect(perMember).toHaveLength(expected);
    expect(perMember.every((row) => row._count._all === 1)).toBe(true);
  }, 180_000); // two real bot processes and 12,000 members
});
