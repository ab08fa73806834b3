import type { Prisma } from '../storage/database.js';
import { isUniqueViolation } from '../storage/create-once.js';
import { isForeignKeyViolation } from '../storage/foreign-key-violation.js';
import { Prisma as Sql } from '../storage/generated/client.js';

export interface PromptCandidate {
  memberId: string;
  communityId: string;
  platformUserId: string;
  localDate: string;
  localTime: string;
  checkinTime: string;
  quietStart: string | null;
  quietEnd: string | null;
  catchUpMinutes: number;
  checkinQuestions: unknown;
}

/** One of `of` parts of the communities, by id: finding due work in parts lets several connections share it. */
export interface CommunityPart {
  index: number;
  of: number;
}

const UUID_SPACE = 1n << 128n;

/** The ids of a part's communities: from (inclusive) and below (exclusive), null at either end. Ids are random (v4), so parts are about even. */
export function communityIdRange({ index, of }: CommunityPart): [string | null, string | null] {
  const at = (i: number) => {
    if (i <= 0 || i >= of) return null;
    const hex = ((UUID_SPACE * BigInt(i)) / BigInt(of)).toString(16).padStart(32, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  return [at(index), at(index + 1)];
}

/**
 * Members whose check-in time has come today in their own time zone: opted in, not paused, on a
 * check-in weekday of both community and member, not a community holiday, and with neither a
 * check-in nor a prompt for that local day yet. PostgreSQL does the time-zone arithmetic with its
 * own tz database (DST included), so one query serves any number of members. Quiet hours and the
 * catch-up window are applied afterwards (checkinDueState).
 */
export async function findPromptCandidates(prisma: Prisma, at: Date, part: CommunityPart = { index: 0, of: 1 }): Promise<PromptCandidate[]> {
  const [from, below] = communityIdRange(part);
  // Each time zone's local date and time at `at` is worked out once (a handful of zones), not once
  // per member and condition; members are then matched to their zone's row by a hash join. The
  // answer is one row: each member field a text of every due member's values, one after another
  // (one aggregate over the join, no sort, nothing materialised): a backlog of tens of thousands
  // of members then costs no per-member row, JSON value or decoding on either side.
  const [due] = await prisma.$queryRaw<
    {
      member_ids: string | null;
      community_ids: string;
      platform_user_ids: string;
      local_times: string;
      checkin_times: string;
      quiet_hours: string;
    }[]
  >`
    WITH zones AS MATERIALIZED (
      SELECT z.tz, t.local_ts::date AS local_date, to_char(t.local_ts, 'YYYY-MM-DD HH24:MI') AS local_day_time,
             to_char(t.local_ts, 'HH24:MI') AS local_time, extract(isodow FROM t.local_ts)::int AS weekday
      -- Members' own zones through their index (most members have none): not a scan of every member.
      FROM (SELECT time_zone AS tz FROM communities UNION SELECT time_zone FROM members WHERE time_zone IS NOT NULL) z
      CROSS JOIN LATERAL (SELECT (${at}::timestamptz AT TIME ZONE z.tz) AS local_ts) t
    ), done AS MATERIALIZED (
      -- Who already has their check-in or prompt on one of today's local dates: read once, through
      -- each table's local_date index, and matched by a hash join below. A probe per member would
      -- read both tables tens of thousands of times in a backlog (and a scan per member when the
      -- planner thinks them empty).
      SELECT member_id, local_date FROM check_ins WHERE local_date IN (SELECT local_date FROM zones)
      UNION ALL
      SELECT member_id, local_date FROM check_in_prompts WHERE local_date IN (SELECT local_date FROM zones)
    )
    -- The aggregates all read the same rows in the same order: position i of each text is one member.
    SELECT string_agg(m.id::text, ',') AS member_ids,
           string_agg(m.community_id::text, ',') AS community_ids,
           json_agg(m.platform_user_id)::text AS platform_user_ids,
           string_agg(l.local_day_time, ',') AS local_times,
           string_agg(m.checkin_time, ',') AS checkin_times,
           string_agg(COALESCE(m.quiet_start || '-' || m.quiet_end, ''), ',') AS quiet_hours
    FROM members m
    JOIN communities c ON c.id = m.community_id
    JOIN zones l ON l.tz = COALESCE(m.time_zone, c.time_zone)
    WHERE m.checkins_opt_in
      AND (${from}::uuid IS NULL OR m.community_id >= ${from}::uuid) AND (${below}::uuid IS NULL OR m.community_id < ${below}::uuid)
      AND (m.paused_until IS NULL OR m.paused_until <= l.local_date)
      AND m.checkin_time <= l.local_time
      AND l.weekday = ANY(COALESCE(c.checkin_weekdays, ARRAY[1, 2, 3, 4, 5, 6, 7]))
      AND (COALESCE(cardinality(m.checkin_weekdays), 0) = 0 OR l.weekday = ANY(m.checkin_weekdays))
      AND NOT (l.local_date = ANY(COALESCE(c.holidays, ARRAY[]::date[])))
      AND NOT EXISTS (SELECT 1 FROM done d WHERE d.member_id = m.id AND d.local_date = l.local_date)`;
  if (!due?.member_ids) return [];
  const memberIds = due.member_ids.split(',');
  const communityIds = due.community_ids.split(',');
  const platformUserIds = JSON.parse(due.platform_user_ids) as string[];
  const localTimes = due.local_times.split(',');
  const checkinTimes = due.checkin_times.split(',');
  const quietHours = due.quiet_hours.split(',');
  // The due members' communities, each once: their catch-up windows and questions.
  const communities = new Map(
    (
      await prisma.$queryRaw<{ id: string; catch_up_minutes: number; checkin_questions: unknown }[]>`
        SELECT id, catch_up_minutes, checkin_questions FROM communities
        WHERE id = ANY(string_to_array(${[...new Set(communityIds)].join(',')}, ',')::uuid[])`
    ).map((c) => [c.id, c]),
  );
  const candidates: PromptCandidate[] = [];
  for (let i = 0; i < memberIds.length; i++) {
    // A community deleted since the first query: its members are gone with it.
    const community = communities.get(communityIds[i]!);
    if (community === undefined) continue;
    const [quietStart, quietEnd] = quietHours[i] ? quietHours[i]!.split('-') : [null, null];
    const localDayTime = localTimes[i]!;
    candidates.push({
      memberId: memberIds[i]!,
      communityId: communityIds[i]!,
      platformUserId: platformUserIds[i]!,
      localDate: localDayTime.slice(0, 10),
      localTime: localDayTime.slice(11),
      checkinTime: checkinTimes[i]!,
      quietStart: quietStart ?? null,
      quietEnd: quietEnd ?? null,
      catchUpMinutes: community.catch_up_minutes,
      checkinQuestions: community.checkin_questions,
    });
  }
  return candidates;
}

export interface ClaimedWork {
  memberId: string;
  localDate: string;
}

export interface PromptToSend {
  memberId: string;
  localDate: string;
  communityId: string;
  platformUserId: string;
  payload: object;
  /** The end of the prompt's catch-up window: after it the outbox gives it up. */
  deliverBy: Date;
}

/** A community's prompts claimed together in one statement, this many or more, are queued as batches… */
export const BATCH_FROM = 20;
/** …of at most this many recipients each: the outbox dispatcher expands one batch in one statement. */
export const BATCH_MAX = 500;

/**
 * For each prompt, the batch it is queued in (1, 2, …), or 0 for a row of its own: a community's
 * prompts for a day (one payload) go in batches of at most BATCH_MAX when there are BATCH_FROM or more.
 */
function batchNumbers(prompts: PromptToSend[]): number[] {
  const groups = new Map<string, number[]>();
  prompts.forEach((p, i) => {
    const key = `${p.communityId}|${p.localDate}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const batchOf = new Array<number>(prompts.length).fill(0);
  let batches = 0;
  for (const group of groups.values()) {
    if (group.length < BATCH_FROM) continue;
    group.forEach((index, n) => {
      if (n % BATCH_MAX === 0) batches++;
      batchOf[index] = batches;
    });
  }
  return batchOf;
}

/**
 * Claims each (member, local day) and queues its prompt in ONE statement: the insert into
 * check_in_prompts is the claim (its primary key, the pair itself, lets exactly one process win), and the message is
 * queued in the same statement, so a crash can never leave a claim without its message. A few
 * prompts of a community go to the outbox a row each; many (a backlog, a large community at its
 * check-in time) go to check_in_prompt_batches, a row per up to BATCH_MAX members, which the
 * outbox dispatcher turns into the same outbox rows (prompt-batches.ts): a pass of tens of
 * thousands of prompts then writes hundreds of queue rows instead of tens of thousands.
 * Returns how many this call claimed (the others were claimed already, by this or another process).
 *
 * `skipClaimed: false` is for prompts found free a moment ago, the usual case: a plain insert, which
 * costs the database less than one that looks for a conflict first, and fails whole (nothing
 * written) on the unique key if any of them has been claimed since; then claim them again skipping
 * those (claimPromptsOfMembersStillHere does).
 */
export async function claimAndQueuePrompts(prisma: Prisma, prompts: PromptToSend[], at: Date, { skipClaimed = true } = {}): Promise<number> {
  if (prompts.length === 0) return 0;
  // Most members of a community share one prompt on a given day: each distinct payload is sent
  // (and parsed as JSON) once, and rows point at it, instead of repeating it row by row.
  const payloads: string[] = [];
  const payloadIndex = new Map<object, number>();
  const indexOf = (payload: object) => {
    let index = payloadIndex.get(payload);
    if (index === undefined) {
      payloadIndex.set(payload, (index = payloads.length + 1));
      payloads.push(JSON.stringify(payload));
    }
    return index;
  };
  const batchOf = batchNumbers(prompts);
  // Ids, dates and numbers (none holds a comma) travel as one comma-joined text each, and platform
  // user ids as one JSON array: far cheaper for both sides than arrays escaped element by element.
  const atMs = at.getTime();
  const rows = await prisma.$queryRaw<{ claimed: number }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        string_to_array(${prompts.map((p) => p.memberId).join(',')}, ',')::uuid[],
        string_to_array(${prompts.map((p) => p.localDate).join(',')}, ',')::date[],
        string_to_array(${prompts.map((p) => p.communityId).join(',')}, ',')::uuid[],
        ARRAY(SELECT u FROM jsonb_array_elements_text(${JSON.stringify(prompts.map((p) => p.platformUserId))}::jsonb) WITH ORDINALITY AS j(u, n) ORDER BY n),
        string_to_array(${prompts.map((p) => indexOf(p.payload)).join(',')}, ',')::int[],
        string_to_array(${prompts.map((p) => p.deliverBy.getTime() - atMs).join(',')}, ',')::bigint[],
        string_to_array(${batchOf.join(',')}, ',')::int[]
      ) AS t(member_id, local_date, community_id, platform_user_id, payload_index, deliver_after_ms, batch)
    ), payloads AS (
      SELECT ordinality::int AS payload_index, payload::jsonb AS payload
      FROM unnest(${payloads}::text[]) WITH ORDINALITY AS p(payload, ordinality)
    ), claimed AS (
      INSERT INTO check_in_prompts (member_id, local_date, prompted_at)
      SELECT member_id, local_date, (${at}::timestamptz AT TIME ZONE 'UTC') FROM input
      ORDER BY member_id, local_date -- in index order: each insert lands next to the last one
      ${
        // A plain insert claims them all or fails whole: what it won is its input, no need to say.
        skipClaimed ? Sql.sql`ON CONFLICT (member_id, local_date) DO NOTHING RETURNING member_id, local_date` : Sql.empty
      }
    ), won AS MATERIALIZED (
      SELECT i.community_id, i.local_date, i.member_id, i.platform_user_id, i.payload_index, i.batch,
             ((${at}::timestamptz + i.deliver_after_ms * interval '1 millisecond') AT TIME ZONE 'UTC') AS deliver_by
      FROM input i
      ${skipClaimed ? Sql.sql`JOIN claimed c ON c.member_id = i.member_id AND c.local_date = i.local_date` : Sql.empty}
    ), queued AS (
      INSERT INTO outbox (community_id, platform_user_id, kind, payload, dedupe_key, next_attempt_at, created_at, deliver_by)
      SELECT w.community_id, w.platform_user_id, 'checkin-prompt', p.payload,
             'checkin-prompt:' || w.member_id || ':' || w.local_date,
             (${at}::timestamptz AT TIME ZONE 'UTC'), (${at}::timestamptz AT TIME ZONE 'UTC'), w.deliver_by
      FROM won w
      JOIN payloads p ON p.payload_index = w.payload_index
      WHERE w.batch = 0
      ON CONFLICT (dedupe_key) DO NOTHING
    ), grouped AS (
      -- The three arrays are filled from the same rows in the same order: position i is one member.
      SELECT community_id, local_date, payload_index,
             array_agg(member_id) AS member_ids, array_agg(platform_user_id) AS platform_user_ids, array_agg(deliver_by) AS deliver_by
      FROM won
      WHERE batch > 0
      GROUP BY batch, community_id, local_date, payload_index
    ), batched AS (
      INSERT INTO check_in_prompt_batches (community_id, local_date, payload, member_ids, platform_user_ids, deliver_by, created_at)
      SELECT g.community_id, g.local_date, p.payload, g.member_ids, g.platform_user_ids, g.deliver_by, (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM grouped g
      JOIN payloads p ON p.payload_index = g.payload_index
    )
    SELECT count(*)::int AS claimed FROM ${skipClaimed ? Sql.sql`claimed` : Sql.sql`input`}`;
  return rows[0]?.claimed ?? 0;
}

/**
 * How a pass claims its prompts: plainly while nothing it found has been claimed by anyone else
 * since, skipping claimed ones from the first time one has (another process ticking at the same
 * minute): from then on, for the rest of the pass.
 */
export interface ClaimMode {
  skipClaimed: boolean;
}

/**
 * claimAndQueuePrompts for prompts found a moment ago: a member erased in between (their data
 * deleted on request) makes the claim's insert fail on its foreign key and would abort the whole
 * chunk. Then the prompts of members still here are claimed again, once more at most: the others
 * are gone, and nothing is owed to them. A plain claim (mode.skipClaimed false) that meets a
 * prompt claimed since is made again skipping the claimed ones, and so is every later one of the pass.
 */
export async function claimPromptsOfMembersStillHere(prisma: Prisma, prompts: PromptToSend[], at: Date, mode: ClaimMode = { skipClaimed: true }): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const skipClaimed = mode.skipClaimed;
    try {
      return await claimAndQueuePrompts(prisma, prompts, at, { skipClaimed });
    } catch (error) {
      if (!skipClaimed && isUniqueViolation(error)) {
        mode.skipClaimed = true;
        attempt--;
        continue;
      }
      if (attempt > 2 || !isForeignKeyViolation(error)) throw error;
      const here = new Set(
        (await prisma.member.findMany({ where: { id: { in: [...new Set(prompts.map((p) => p.memberId))] } }, select: { id: true } })).map((m) => m.id),
      );
      prompts = prompts.filter((p) => here.has(p.memberId));
    }
  }
}
