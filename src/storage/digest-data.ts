import type { MemberWeek } from '../domain/digest/build-digest.js';
import type { Prisma } from './database.js';
import { fromDateColumn } from './local-date-column.js';

/**
 * Per member and ISO week: check-in days, low days and answer sums, computed in PostgreSQL so a
 * million check-ins never cross into the process. A day is low when its score (answers on 1–5,
 * heavy-high questions flipped) is at or below `lowThreshold`.
 */
export async function memberWeeks(
  prisma: Prisma,
  communityId: string,
  range: { from: string; to: string },
  heavyQuestionIds: string[],
  lowThreshold: number,
): Promise<MemberWeek[]> {
  const rows = await prisma.$queryRaw<{ week: Date; member_id: string; days: number; low_days: number; sums: Record<string, [number, number]> }[]>`
    WITH answers AS (
      SELECT ci.member_id, ci.local_date, kv.key, kv.value::int AS v
      FROM check_ins ci
      JOIN members m ON m.id = ci.member_id
      CROSS JOIN LATERAL jsonb_each_text(ci.answers) kv
      WHERE m.community_id = ${communityId}::uuid AND ci.completed_at IS NOT NULL
        AND ci.local_date >= ${range.from}::date AND ci.local_date < ${range.to}::date
        AND kv.value ~ '^[1-5]$'
    ), per_day AS (
      SELECT member_id, local_date,
             avg(CASE WHEN key = ANY(${heavyQuestionIds}::text[]) THEN 6 - v ELSE v END) AS score
      FROM answers GROUP BY 1, 2
    ), per_member AS (
      SELECT date_trunc('week', local_date)::date AS week, member_id,
             count(*)::int AS days, count(*) FILTER (WHERE score <= ${lowThreshold})::int AS low_days
      FROM per_day GROUP BY 1, 2
    ), per_answer AS (
      SELECT date_trunc('week', local_date)::date AS week, member_id, key, sum(v)::float8 AS total, count(*)::int AS n
      FROM answers GROUP BY 1, 2, 3
    ), answers_by_member AS (
      SELECT week, member_id, jsonb_object_agg(key, jsonb_build_array(total, n)) AS sums
      FROM per_answer GROUP BY 1, 2
    )
    SELECT p.week, p.member_id, p.days, p.low_days, COALESCE(a.sums, '{}'::jsonb) AS sums
    FROM per_member p LEFT JOIN answers_by_member a ON a.week = p.week AND a.member_id = p.member_id`;
  return rows.map((row) => ({
    week: fromDateColumn(row.week),
    memberId: row.member_id,
    days: row.days,
    lowDays: row.low_days,
    sums: Object.fromEntries(Object.entries(row.sums).map(([key, [sum, count]]) => [key, { sum, count }])),
  }));
}
