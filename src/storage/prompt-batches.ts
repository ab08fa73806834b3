import type { Prisma } from './database.js';

/** Batches turned into outbox messages per dispatcher round (each holds at most BATCH_MAX members). */
export const BATCHES_PER_ROUND = 2;

export interface Expanded {
  /** Batches taken and removed. */
  batches: number;
  /** Outbox messages queued from them (a member already queued, or no longer claimed, is not queued twice). */
  queued: number;
}

/**
 * Turns queued check-in prompt batches (check_in_prompt_batches, written by a large scheduler pass)
 * into one outbox message per member, exactly as a small pass queues them: kind 'checkin-prompt',
 * dedupe key 'checkin-prompt:<member>:<date>', the member's own deliverBy, created and due when the
 * pass queued them. One statement per call takes up to `limit` batches (SKIP LOCKED: processes
 * expanding side by side take different ones), queues their members and deletes them, so a crash
 * either leaves a batch whole or leaves its messages queued, never half of it; ON CONFLICT on the
 * dedupe key makes queuing a member twice a no-op whatever happened before. A member whose claim
 * is gone (they were erased since) is not queued.
 */
export async function expandPromptBatches(prisma: Pick<Prisma, '$queryRaw'>, at: Date, platforms: string[], limit = BATCHES_PER_ROUND): Promise<Expanded> {
  const [row] = await prisma.$queryRaw<{ batches: number; queued: number }[]>`
    WITH picked AS (
      SELECT b.id FROM check_in_prompt_batches b JOIN communities c ON c.id = b.community_id
      WHERE c.platform::text = ANY(${platforms}::text[])
        AND b.created_at <= (${at}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY b.id
      LIMIT ${limit}
      FOR UPDATE OF b SKIP LOCKED
    ), taken AS (
      DELETE FROM check_in_prompt_batches b USING picked WHERE b.id = picked.id
      RETURNING b.community_id, b.local_date, b.payload, b.member_ids, b.platform_user_ids, b.deliver_by, b.created_at
    ), queued AS (
      INSERT INTO outbox (community_id, platform_user_id, kind, payload, dedupe_key, next_attempt_at, created_at, deliver_by)
      SELECT t.community_id, r.platform_user_id, 'checkin-prompt', t.payload,
             'checkin-prompt:' || r.member_id || ':' || t.local_date,
             t.created_at, t.created_at, r.deliver_by
      FROM taken t CROSS JOIN LATERAL unnest(t.member_ids, t.platform_user_ids, t.deliver_by) WITH ORDINALITY AS r(member_id, platform_user_id, deliver_by, n)
      WHERE EXISTS (SELECT 1 FROM check_in_prompts p WHERE p.member_id = r.member_id AND p.local_date = t.local_date)
      ORDER BY t.created_at, r.n
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM taken)::int AS batches, (SELECT count(*) FROM queued)::int AS queued`;
  return { batches: row?.batches ?? 0, queued: row?.queued ?? 0 };
}

/** Members whose prompt waits in a batch: pending messages the outbox does not hold yet. */
export async function batchedPromptCount(prisma: Pick<Prisma, '$queryRaw'>): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT COALESCE(sum(cardinality(member_ids)), 0)::int AS n FROM check_in_prompt_batches`;
  return row?.n ?? 0;
}

/** Takes a member out of every batch waiting for them (their data is being erased). Returns how many. */
export async function removeFromPromptBatches(prisma: Pick<Prisma, '$executeRaw'>, communityId: string, memberId: string): Promise<number> {
  return prisma.$executeRaw`
    UPDATE check_in_prompt_batches b
    SET (member_ids, platform_user_ids, deliver_by) = (
      SELECT COALESCE(array_agg(r.member_id ORDER BY r.n), '{}'), COALESCE(array_agg(r.platform_user_id ORDER BY r.n), '{}'),
             COALESCE(array_agg(r.deliver_by ORDER BY r.n), '{}')
      FROM unnest(b.member_ids, b.platform_user_ids, b.deliver_by) WITH ORDINALITY AS r(member_id, platform_user_id, deliver_by, n)
      WHERE r.member_id <> ${memberId}::uuid)
    WHERE b.community_id = ${communityId}::uuid AND ${memberId}::uuid = ANY(b.member_ids)`;
}
