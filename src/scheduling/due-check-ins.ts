import type { Prisma } from '../storage/database.js';
import { fromDateColumn } from '../storage/local-date-column.js';

export interface DueCheckIn {
  memberId: string;
  communityId: string;
  platformUserId: string;
  timeZone: string;
  localDate: string;
  localTime: string;
  quietStart: string | null;
  quietEnd: string | null;
}

/**
 * Members whose check-in time has come today in their own time zone, who are opted in, not paused,
 * and have no check-in for that local day yet. PostgreSQL does the time-zone arithmetic (with its
 * own tz database, DST included), so one query serves any number of members.
 */
export async function findDueCheckIns(prisma: Prisma, at: Date): Promise<DueCheckIn[]> {
  const rows = await prisma.$queryRaw<
    {
      member_id: string;
      community_id: string;
      platform_user_id: string;
      zone: string;
      local_date: Date;
      local_time: string;
      quiet_start: string | null;
      quiet_end: string | null;
    }[]
  >`
    SELECT m.id AS member_id, m.community_id, m.platform_user_id, l.zone,
           l.local_ts::date AS local_date, to_char(l.local_ts, 'HH24:MI') AS local_time,
           m.quiet_start, m.quiet_end
    FROM members m
    JOIN communities c ON c.id = m.community_id
    CROSS JOIN LATERAL (
      SELECT COALESCE(m.time_zone, c.time_zone) AS zone,
             (${at}::timestamptz AT TIME ZONE COALESCE(m.time_zone, c.time_zone)) AS local_ts
    ) l
    WHERE m.checkins_opt_in
      AND (m.paused_until IS NULL OR m.paused_until <= l.local_ts::date)
      AND m.checkin_time <= to_char(l.local_ts, 'HH24:MI')
      AND NOT EXISTS (
        SELECT 1 FROM check_ins ci WHERE ci.member_id = m.id AND ci.local_date = l.local_ts::date
      )
    ORDER BY m.id`;
  return rows.map((row) => ({
    memberId: row.member_id,
    communityId: row.community_id,
    platformUserId: row.platform_user_id,
    timeZone: row.zone,
    localDate: fromDateColumn(row.local_date),
    localTime: row.local_time,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
  }));
}
