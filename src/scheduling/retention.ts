import type { Prisma } from '../storage/database.js';

/**
 * Deletes check-ins, with their private notes, older than each community's retention period,
 * counted in the member's own local date, and prompts of the same age. One statement; safe to
 * run every minute from any number of processes. No zone's date runs more than a day ahead of
 * UTC's (UTC+14 at most), so nothing dated on or after UTC's tomorrow less the shortest retention
 * period can be due: that cheap test on the row alone skips the join for almost every row.
 */
export async function deleteExpiredCheckIns(prisma: Prisma, at: Date): Promise<number> {
  const deleted = await prisma.$executeRaw`
    DELETE FROM check_ins ci
    USING members m, communities c
    WHERE m.id = ci.member_id AND c.id = m.community_id
      AND ci.local_date < (SELECT (${at}::timestamptz AT TIME ZONE 'UTC')::date + 1 - min(retention_days) FROM communities)
      AND ci.local_date < (${at}::timestamptz AT TIME ZONE COALESCE(m.time_zone, c.time_zone))::date - c.retention_days`;
  await prisma.$executeRaw`
    DELETE FROM check_in_prompts p
    USING members m, communities c
    WHERE m.id = p.member_id AND c.id = m.community_id
      AND p.local_date < (SELECT (${at}::timestamptz AT TIME ZONE 'UTC')::date + 1 - min(retention_days) FROM communities)
      AND p.local_date < (${at}::timestamptz AT TIME ZONE COALESCE(m.time_zone, c.time_zone))::date - c.retention_days`;
  // Who-read-what hashes serve only the latest closed week's training-need signal; twelve weeks is plenty.
  await prisma.$executeRaw`DELETE FROM topic_readers WHERE week_start < ${at}::date - 84`;
  return deleted;
}
