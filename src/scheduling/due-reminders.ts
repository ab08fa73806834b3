import type { Prisma } from '../storage/database.js';
import { fromDateColumn } from '../storage/local-date-column.js';
import type { ClaimedWork } from './due-check-ins.js';

export interface ReminderCandidate {
  memberId: string;
  communityId: string;
  platformUserId: string;
  localDate: string;
  localTime: string;
  quietStart: string | null;
  quietEnd: string | null;
  checkinQuestions: unknown;
}

/**
 * Today's prompts still unanswered after the community's reminder delay, reminded at most once.
 * Two tests on the prompt alone come first, so old and fresh prompts never reach the joins: it is
 * at least the shortest delay old, and dated within a day of UTC's date (every zone's "today" is).
 */
export async function findReminderCandidates(prisma: Prisma, at: Date): Promise<ReminderCandidate[]> {
  const rows = await prisma.$queryRaw<
    {
      member_id: string;
      community_id: string;
      platform_user_id: string;
      local_date: Date;
      local_time: string;
      quiet_start: string | null;
      quiet_end: string | null;
      checkin_questions: unknown;
    }[]
  >`
    SELECT m.id AS member_id, m.community_id, m.platform_user_id, p.local_date,
           to_char(t.local_ts, 'HH24:MI') AS local_time, m.quiet_start, m.quiet_end, c.checkin_questions
    FROM check_in_prompts p
    JOIN members m ON m.id = p.member_id
    JOIN communities c ON c.id = m.community_id
    CROSS JOIN LATERAL (
      SELECT (${at}::timestamptz AT TIME ZONE COALESCE(m.time_zone, c.time_zone)) AS local_ts
    ) t
    WHERE p.reminded_at IS NULL
      AND p.prompted_at <= (
        SELECT (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(hours => min(reminder_after_hours)) FROM communities
      )
      AND p.local_date BETWEEN (${at}::timestamptz AT TIME ZONE 'UTC')::date - 1 AND (${at}::timestamptz AT TIME ZONE 'UTC')::date + 1
      -- The local_date bound above lets the (local_date, reminded_at, prompted_at) index read only
      -- recent prompts, not every answered one ever kept (they are never reminded); the same bound
      -- on prompted_at: a prompt is claimed on its own local day, and no zone is more than 14 hours from UTC.
      AND p.prompted_at >= (${at}::timestamptz AT TIME ZONE 'UTC')::date - 2
      AND c.reminder_after_hours IS NOT NULL
      AND p.prompted_at <= (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(hours => c.reminder_after_hours)
      AND p.local_date = t.local_ts::date
      AND m.checkins_opt_in
      AND (m.paused_until IS NULL OR m.paused_until <= t.local_ts::date)
      AND NOT EXISTS (
        SELECT 1 FROM check_ins ci
        WHERE ci.member_id = m.id AND ci.local_date = p.local_date AND ci.completed_at IS NOT NULL
      )`;
  return rows.map((row) => ({
    memberId: row.member_id,
    communityId: row.community_id,
    platformUserId: row.platform_user_id,
    localDate: fromDateColumn(row.local_date),
    localTime: row.local_time,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
    checkinQuestions: row.checkin_questions,
  }));
}

/**
 * Marks each prompt reminded and queues its reminder in one statement (the update is the claim). A
 * prompt is known by its key, the member and local day.
 */
export async function claimAndQueueReminders(
  prisma: Prisma,
  reminders: { memberId: string; localDate: string; communityId: string; platformUserId: string; payload: object; deliverBy: Date }[],
  at: Date,
): Promise<ClaimedWork[]> {
  if (reminders.length === 0) return [];
  const rows = await prisma.$queryRaw<{ member_id: string; local_date: Date }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${reminders.map((r) => r.memberId)}::uuid[],
        ${reminders.map((r) => r.localDate)}::date[],
        ${reminders.map((r) => r.communityId)}::uuid[],
        ${reminders.map((r) => r.platformUserId)}::text[],
        ${reminders.map((r) => JSON.stringify(r.payload))}::text[],
        ${reminders.map((r) => r.deliverBy.toISOString())}::timestamptz[]
      ) AS t(member_id, local_date, community_id, platform_user_id, payload, deliver_by)
    ), claimed AS (
      UPDATE check_in_prompts p SET reminded_at = (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM input i
      WHERE p.member_id = i.member_id AND p.local_date = i.local_date AND p.reminded_at IS NULL
      RETURNING p.member_id, p.local_date
    ), queued AS (
      INSERT INTO outbox (community_id, platform_user_id, kind, payload, dedupe_key, next_attempt_at, created_at, deliver_by)
      SELECT i.community_id, i.platform_user_id, 'checkin-reminder', i.payload::jsonb,
             'checkin-reminder:' || c.member_id || ':' || c.local_date,
             (${at}::timestamptz AT TIME ZONE 'UTC'), (${at}::timestamptz AT TIME ZONE 'UTC'), (i.deliver_by AT TIME ZONE 'UTC')
      FROM input i JOIN claimed c ON c.member_id = i.member_id AND c.local_date = i.local_date
      ON CONFLICT (dedupe_key) DO NOTHING
    )
    SELECT member_id, local_date FROM claimed`;
  return rows.map((row) => ({ memberId: row.member_id, localDate: fromDateColumn(row.local_date) }));
}
