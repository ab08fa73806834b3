import { describe, expect, inject, it } from 'vitest';
import { useSharedPostgres } from '../helpers/test-database.js';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';

const onPostgres = inject('postgresTemplate') !== null;
const MEMBERS = 1500;
/** What the dispatcher claims per round: the most a crash can leave delivered-but-unrecorded. */
const BATCH = 20;

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

describe.skipIf(!onPostgres)('the outbox survives SIGKILL in the middle of a delivery burst (PostgreSQL)', () => {
  const shared = useSharedPostgres();

  it(`GIVEN ${MEMBERS} messages queued WHEN the delivering process is killed mid-burst and restarted THEN none is lost and at most the in-flight ones are sent twice`, async () => {
    const { prisma } = shared.database;
    const community = await prisma.community.create({
      data: { platform: 'terminal', externalId: 'local', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 1440 },
    });
    await prisma.outboxMessage.createMany({ data: burst(community.id, MEMBERS) });
    const env = { DATABASE_URL: shared.url, TERMINAL_USER: 'watcher', OUTBOX_LOCK_SECONDS: '2' };
    expect(await prisma.outboxMessage.count({ where: { status: 'pending' } })).toBe(MEMBERS);

    const first = startPeercircle(['start'], env);
    await waitFor(() => deliveredTo(first.output()).length >= MEMBERS / 4, 60_000, 'a quarter of the burst');
    first.kill('SIGKILL');
    await exited(first);
    const beforeKill = deliveredTo(first.output());
    expect(beforeKill.length).toBeLessThan(MEMBERS); // killed in the middle, not after

    const second = startPeercircle(['start'], env);
    await waitFor(async () => (await prisma.outboxMessage.count({ where: { status: 'pending', kind: 'burst' } })) === 0, 60_000, 'the rest to be delivered');
    second.stdin.end();
    await exited(second);
    const afterRestart = deliveredTo(second.output());

    const all = [...beforeKill, ...afterRestart];
    const everyone = new Set(all);
    expect(everyone.size).toBe(MEMBERS); // nothing lost
    const duplicates = all.length - everyone.size;
    expect(duplicates).toBeLessThanOrEqual(BATCH); // only what was in flight at the kill
    // (The scheduler of the running bot may also queue the watcher's own check-in; only the burst is counted.)
    expect(await prisma.outboxMessage.count({ where: { status: 'sent', kind: 'burst' } })).toBe(MEMBERS);
  }, 180_000); // real bot processes, one killed and one started
});
