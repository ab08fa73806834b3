import { addWeeks } from '../domain/digest/closed-weeks.js';
import { SIGNAL_LEVELS, tallyWeek, type MemberWeek, type SignalLevel, type SignalRow, type WeekTally } from '../domain/digest/week-tally.js';
import type { Prisma as PrismaClient } from './database.js';
import { Prisma } from './generated/client.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';

/**
 * Per peer and ISO week: check-in days, low days and answer sums, computed in PostgreSQL so a
 * million check-ins never cross into the process. A day is low when its score (answers on 1–5,
 * heavy-high questions flipped) is at or below `lowThreshold`. Only members who have never held
 * the supervisor or admin role count (src/domain/digest/who-counts.ts): whoever reads a digest,
 * now or later, must not be inside it, or they could subtract their own answers. Each answer is
 * read from its row once (the materialized step), not again in every expression that uses it.
 */
export async function memberWeeks(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  communityId: string,
  range: { from: string; to: string },
  questions: { ids: string[]; heavyIds: string[] },
  lowThreshold: number,
): Promise<MemberWeek[]> {
  const ids = questions.ids;
  if (ids.length === 0) return [];
  const value = (id: string) => Prisma.sql`CASE WHEN ci.answers->>${id} IN ('1', '2', '3', '4', '5') THEN (ci.answers->>${id})::int END`;
  const scored = (id: string) => (questions.heavyIds.includes(id) ? Prisma.sql`6 - a.v${Prisma.raw(String(ids.indexOf(id)))}` : Prisma.sql`a.v${Prisma.raw(String(ids.indexOf(id)))}`);
  const column = (i: number) => Prisma.raw(`v${i}`);
  const rows = await prisma.$queryRaw<{ week: Date; member_id: string; days: number; low_days: number; sums: Record<string, [number, number]> }[]>`
    WITH a AS MATERIALIZED (
      SELECT ci.member_id, date_trunc('week', ci.local_date)::date AS week,
             ${Prisma.join(ids.map((id, i) => Prisma.sql`${value(id)} AS ${column(i)}`))}
      FROM check_ins ci
      JOIN members m ON m.id = ci.member_id
      WHERE m.community_id = ${communityId}::uuid AND m.oversight_since IS NULL AND ci.completed_at IS NOT NULL
        AND ci.local_date >= ${range.from}::date AND ci.local_date < ${range.to}::date
    ), scored AS (
      SELECT a.*,
             (${Prisma.join(ids.map((id) => Prisma.sql`COALESCE(${scored(id)}, 0)`), ' + ')})::float8
               / NULLIF(${Prisma.join(ids.map((_, i) => Prisma.sql`(a.${column(i)} IS NOT NULL)::int`), ' + ')}, 0) AS score
      FROM a
    )
    SELECT week, member_id, count(*)::int AS days, count(*) FILTER (WHERE score <= ${lowThreshold})::int AS low_days,
           jsonb_strip_nulls(jsonb_build_object(${Prisma.join(
             ids.map((id, i) => Prisma.sql`${id}::text, CASE WHEN count(${column(i)}) > 0 THEN jsonb_build_array(sum(${column(i)})::float8, count(${column(i)})) END`),
           )})) AS sums
    FROM scored
    WHERE score IS NOT NULL
    GROUP BY week, member_id`;
  return rows.map((row) => ({
    week: fromDateColumn(row.week),
    memberId: row.member_id,
    days: row.days,
    lowDays: row.low_days,
    sums: Object.fromEntries(Object.entries(row.sums).map(([key, [sum, count]]) => [key, { sum, count }])),
  }));
}

/** Support signals raised for members who count, by the ISO week (in the community's time zone) they were raised in. */
async function signalRows(prisma: Pick<PrismaClient, '$queryRaw'>, communityId: string, range: { from: string; to: string }): Promise<(SignalRow & { week: string })[]> {
  const rows = await prisma.$queryRaw<{ week: Date; member_id: string; level: string; named: boolean }[]>`
    SELECT date_trunc('week', (e.raised_at AT TIME ZONE 'UTC' AT TIME ZONE c.time_zone)::date)::date AS week,
           e.member_id, e.level::text AS level, e.named
    FROM escalations e
    JOIN communities c ON c.id = e.community_id
    JOIN members m ON m.id = e.member_id
    WHERE e.community_id = ${communityId}::uuid AND m.oversight_since IS NULL
      AND (e.raised_at AT TIME ZONE 'UTC' AT TIME ZONE c.time_zone)::date >= ${range.from}::date
      AND (e.raised_at AT TIME ZONE 'UTC' AT TIME ZONE c.time_zone)::date < ${range.to}::date`;
  return rows
    .filter((r): r is typeof r & { level: SignalLevel } => (SIGNAL_LEVELS as readonly string[]).includes(r.level))
    .map((r) => ({ week: fromDateColumn(r.week), memberId: r.member_id, level: r.level, named: r.named }));
}

/** Members who count (never a supervisor or admin) and had joined by the end of each week. */
async function peersByWeek(prisma: Pick<PrismaClient, 'member'>, communityId: string, weeks: readonly string[]): Promise<Map<string, number>> {
  const joined = (await prisma.member.findMany({ where: { communityId, oversightSince: null }, select: { createdAt: true } })).map((m) => m.createdAt.getTime());
  // Each week's end is worked out once, not once per member.
  return new Map(
    weeks.map((w) => {
      const end = toDateColumn(addWeeks(w, 1)).getTime();
      let count = 0;
      for (const at of joined) if (at < end) count++;
      return [w, count];
    }),
  );
}

export interface TallyInputs {
  /** The community's question ids, and those where a high answer is the heavy end. */
  questionIds: string[];
  heavyQuestionIds: string[];
  lowThreshold: number;
}

/**
 * The tallies of closed weeks: read as frozen when they were first reported, and otherwise added
 * up now and frozen. Whoever freezes a week first wins (the insert skips duplicates), and every
 * reader then reads that one row, so later joins, departures, edits, late answers and deletions
 * never change what a closed week says. A week frozen under older rules and withdrawn since (see
 * digest_weeks.withdrawn_at) comes back marked `withdrawn`, never recomputed. Call only with weeks
 * that have closed.
 */
export async function closedWeekTallies(prisma: PrismaClient, communityId: string, weeks: readonly string[], inputs: TallyInputs): Promise<WeekTally[]> {
  if (weeks.length === 0) return [];
  const read = (db: Pick<PrismaClient, 'digestWeek'>) =>
    db.digestWeek
      .findMany({ where: { communityId, week: { in: weeks.map(toDateColumn) } } })
      .then((rows) => new Map(rows.map((r) => [fromDateColumn(r.week), { ...(r.tally as unknown as WeekTally), ...(r.withdrawnAt ? { withdrawn: true as const } : {}) }])));
  let frozen = await read(prisma);
  const missing = weeks.filter((w) => !frozen.has(w)).sort();
  if (missing.length > 0) {
    const range = { from: missing[0]!, to: addWeeks(missing.at(-1)!, 1) };
    const rows = await memberWeeks(prisma, communityId, range, { ids: inputs.questionIds, heavyIds: inputs.heavyQuestionIds }, inputs.lowThreshold);
    const signals = await signalRows(prisma, communityId, range);
    const peers = await peersByWeek(prisma, communityId, missing);
    const rowsOf = groupBy(rows, (r) => r.week);
    const signalsOf = groupBy(signals, (s) => s.week);
    const tallies = missing.map((w) => tallyWeek(w, rowsOf.get(w) ?? [], signalsOf.get(w) ?? [], peers.get(w) ?? 0));
    await prisma.digestWeek.createMany({
      data: tallies.map((t) => ({ communityId, week: toDateColumn(t.week), tally: t as object })),
      skipDuplicates: true,
    });
    frozen = await read(prisma);
  }
  return weeks.flatMap((w) => frozen.get(w) ?? []);
}

/** Time zones the community's weeks must have ended in: its own and each member's. */
export async function communityZones(prisma: PrismaClient, community: { id: string; timeZone: string }): Promise<string[]> {
  const rows = await prisma.member.findMany({ where: { communityId: community.id, timeZone: { not: null } }, select: { timeZone: true }, distinct: ['timeZone'] });
  return [community.timeZone, ...rows.map((r) => r.timeZone!)];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
