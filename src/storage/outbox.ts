import type { SoleRecipient } from '../core/adapter.js';
import type { OutgoingMessage } from '../core/messages.js';
import { deliverByFor } from '../domain/delivery-deadline.js';
import type { Prisma } from './database.js';
import { batchedPromptCount, expandPromptBatches, type Expanded } from './prompt-batches.js';

export interface OutboxEntry {
  communityId: string;
  platformUserId: string;
  /** For a channel message instead of a direct message. */
  channelId?: string;
  /** For one message to several members together (a group conversation); `platformUserId` is the first. */
  platformUserIds?: string[];
  kind: string;
  message: OutgoingMessage;
  /** One logical message, one key: enqueuing it again is a no-op. */
  dedupeKey: string;
  /** Until when it is worth sending; unset: what its kind is worth (deliverByFor); null: never gives up. */
  deliverBy?: Date | null;
}

/** When an entry stops being worth sending, queued at `at`. */
export const deliverByOf = (entry: Pick<OutboxEntry, 'kind' | 'deliverBy'>, at: Date): Date | null =>
  entry.deliverBy === undefined ? deliverByFor(entry.kind, at) : entry.deliverBy;

export interface ClaimedMessage {
  id: bigint;
  communityId: string;
  communityExternalId: string;
  platform: string;
  platformUserId: string;
  channelId: string | null;
  /** Two or more for a message to several members together; empty otherwise. */
  platformUserIds: string[];
  kind: string;
  message: OutgoingMessage;
  /** Sends tried so far (waiting for a rate limit or a paused platform is not one). */
  attempts: number;
  createdAt: Date;
  /** After this it gives up; null: never. */
  deliverBy: Date | null;
  /** Set when this claim took the message over from a process whose claim lapsed: that process. */
  takenOverFrom: string | null;
}

/** A message that gave up, as `peercircle outbox` lists it. */
export interface GaveUpMessage {
  id: bigint;
  community: string;
  kind: string;
  attempts: number;
  createdAt: Date;
  deliverBy: Date | null;
  lastError: string | null;
}

/** A message that never gives up and has waited too long: the operator's log hears of it. */
export interface OverdueMessage {
  id: bigint;
  community: string;
  kind: string;
  attempts: number;
  createdAt: Date;
  lastError: string | null;
}

/**
 * The persisted outbox. Timestamps are compared in UTC: Prisma stores `timestamp(3)` columns as
 * UTC wall time, so raw SQL converts "now" the same way rather than trusting the session zone.
 */
export class OutboxRepository {
  constructor(private readonly prisma: Prisma) {}

  async enqueue(entries: OutboxEntry[], at: Date): Promise<number> {
    if (entries.length === 0) return 0;
    const result = await this.prisma.outboxMessage.createMany({
      data: entries.map((e) => ({
        communityId: e.communityId,
        platformUserId: e.platformUserId,
        channelId: e.channelId ?? null,
        platformUserIds: e.platformUserIds ?? [],
        kind: e.kind,
        payload: e.message as object,
        dedupeKey: e.dedupeKey,
        nextAttemptAt: at,
        createdAt: at,
        deliverBy: deliverByOf(e, at),
      })),
      skipDuplicates: true,
    });
    return result.count;
  }

  /** Takes back a message not yet sent (a snoozed question answered before it came back). */
  async withdraw(dedupeKey: string): Promise<void> {
    await this.prisma.outboxMessage.deleteMany({ where: { dedupeKey, status: 'pending' } });
  }

  /**
   * Takes up to `limit` messages that are due and not held by another process, and holds them for
   * `holder` until `lockUntil`. SKIP LOCKED lets several processes claim side by side without
   * waiting. A message whose earlier claim lapsed unreleased (its process died or stalled) comes
   * back with `takenOverFrom` naming that process.
   */
  async claim(
    limit: number,
    now: Date,
    lockUntil: Date,
    platforms: string[] = ['terminal', 'slack', 'discord'],
    holder = 'unknown',
    onlyFor?: SoleRecipient,
  ): Promise<ClaimedMessage[]> {
    // With `onlyFor`, only what that member would see: their direct messages, group messages they
    // are in and have not been shown yet, and channel posts if they are a supervisor or an admin
    // (the people a community puts in its private channels).
    const user = onlyFor?.platformUserId ?? null;
    const place = onlyFor?.communityExternalId ?? null;
    const rows = await this.prisma.$queryRaw<
      {
        id: bigint;
        community_id: string;
        external_id: string;
        platform: string;
        platform_user_id: string;
        channel_id: string | null;
        platform_user_ids: string[] | null;
        kind: string;
        payload: OutgoingMessage;
        attempts: number;
        created_at: Date;
        deliver_by: Date | null;
        previous_holder: string | null;
        previous_lock: Date | null;
      }[]
    >`
      WITH picked AS (
        SELECT o.id, o.locked_by AS previous_holder, o.locked_until AS previous_lock
        FROM outbox o JOIN communities c ON c.id = o.community_id
        WHERE o.status = 'pending'
          AND c.platform::text = ANY(${platforms}::text[])
          AND o.next_attempt_at <= (${now}::timestamptz AT TIME ZONE 'UTC')
          AND (o.locked_until IS NULL OR o.locked_until <= (${now}::timestamptz AT TIME ZONE 'UTC'))
          AND (${user}::text IS NULL OR (
            c.external_id = ${place}::text AND (
              (o.channel_id IS NULL AND cardinality(o.platform_user_ids) <= 1 AND o.platform_user_id = ${user}::text)
              OR (o.channel_id IS NULL AND cardinality(o.platform_user_ids) > 1
                  AND ${user}::text = ANY(o.platform_user_ids) AND NOT ${user}::text = ANY(o.delivered_to))
              OR (o.channel_id IS NOT NULL AND EXISTS (
                SELECT 1 FROM members m
                WHERE m.community_id = o.community_id AND m.platform_user_id = ${user}::text AND m.role IN ('supervisor', 'admin')))
            )))
        ORDER BY o.next_attempt_at, o.id
        LIMIT ${limit}
        FOR UPDATE OF o SKIP LOCKED
      )
      UPDATE outbox o
      SET locked_until = (${lockUntil}::timestamptz AT TIME ZONE 'UTC'), locked_by = ${holder}
      FROM picked, communities c
      WHERE o.id = picked.id AND c.id = o.community_id
      RETURNING o.id, o.community_id, c.external_id, c.platform::text AS platform, o.platform_user_id, o.channel_id, o.platform_user_ids,
                o.kind, o.payload, o.attempts, o.created_at, o.deliver_by, picked.previous_holder, picked.previous_lock`;
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: row.id,
        communityId: row.community_id,
        communityExternalId: row.external_id,
        platform: row.platform,
        platformUserId: row.platform_user_id,
        channelId: row.channel_id,
        platformUserIds: row.platform_user_ids ?? [],
        kind: row.kind,
        message: row.payload,
        attempts: row.attempts,
        createdAt: row.created_at,
        deliverBy: row.deliver_by,
        // Released claims clear locked_until; one still set lapsed with its holder gone.
        takenOverFrom: row.previous_lock === null ? null : (row.previous_holder ?? 'another process'),
      }));
  }

  /**
   * Whether a round has anything to do: a prompt batch waiting, a pending message due. One cheap
   * statement, so an idle round does not make the database plan the claim and the expansion (a few
   * milliseconds each on the embedded database, its one backend stalled meanwhile, acks waiting
   * behind it). Either answer may be more than there is (another platform's batch, a message held
   * by another process); neither is ever less.
   */
  async waiting(at: Date): Promise<{ batches: boolean; due: boolean }> {
    const [row] = await this.prisma.$queryRaw<{ batches: boolean; due: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM check_in_prompt_batches) AS batches,
             EXISTS (SELECT 1 FROM outbox WHERE status = 'pending' AND next_attempt_at <= (${at}::timestamptz AT TIME ZONE 'UTC')) AS due`;
    return { batches: row?.batches ?? true, due: row?.due ?? true };
  }

  /** Turns a few check-in prompt batches into their outbox messages, ready for `claim` (prompt-batches.ts). */
  expandPromptBatches(at: Date, platforms: string[] = ['terminal', 'slack', 'discord']): Promise<Expanded> {
    return expandPromptBatches(this.prisma, at, platforms);
  }

  /** Extends this holder's claims still pending (a batch still being sent); returns how many it still holds. */
  async renew(ids: bigint[], holder: string, lockUntil: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const { count } = await this.prisma.outboxMessage.updateMany({
      where: { id: { in: ids }, lockedBy: holder, status: 'pending', lockedUntil: { not: null } },
      data: { lockedUntil: lockUntil },
    });
    return count;
  }

  /**
   * Delivered. A file sent with it (a data export, a chart) has reached its recipient and is not
   * kept here any longer: the record keeps only that the message went.
   */
  async markSent(id: bigint, at: Date, platformMessageId?: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE outbox
      SET status = 'sent', sent_at = (${at}::timestamptz AT TIME ZONE 'UTC'), locked_until = NULL, attempts = attempts + 1,
          platform_message_id = ${platformMessageId ?? null}::text, last_error = NULL, payload = payload - 'attachment'
      WHERE id = ${id}`;
  }

  /**
   * A group message shown to one of its members (on the terminal, where members come one at a
   * time). It stays pending for the others, and counts as sent once everyone has seen it.
   */
  async markShownTo(id: bigint, platformUserId: string, at: Date): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE outbox
      SET delivered_to = array_append(delivered_to, ${platformUserId}::text), locked_until = NULL, last_error = NULL
      WHERE id = ${id} AND NOT ${platformUserId}::text = ANY(delivered_to)`;
    const row = await this.prisma.outboxMessage.findUniqueOrThrow({ where: { id }, select: { platformUserIds: true, deliveredTo: true } });
    if (row.platformUserIds.every((user) => row.deliveredTo.includes(user))) await this.markSent(id, at);
  }

  /** A send was tried and failed: it counts as an attempt, and the message waits until `nextAttemptAt`. */
  async markRetry(id: bigint, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: { nextAttemptAt, lockedUntil: null, attempts: { increment: 1 }, lastError: error.slice(0, 500) },
    });
  }

  /** Handed back untried (a rate limit or a paused platform): not an attempt, and their last error stays. */
  async release(ids: bigint[], nextAttemptAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt, lockedUntil: null } });
  }

  /** Gives up: the platform refused for good, or the message is no longer worth sending. */
  async markFailed(id: bigint, error: string, attempted = true): Promise<void> {
    // A file it carried will never be delivered, so it is not kept either.
    await this.prisma.$executeRaw`
      UPDATE outbox
      SET status = 'failed', locked_until = NULL, attempts = attempts + ${attempted ? 1 : 0}::int,
          last_error = ${error.slice(0, 500)}::text, payload = payload - 'attachment'
      WHERE id = ${id}`;
  }

  /** The messages that gave up, newest first. */
  async gaveUp(limit: number): Promise<GaveUpMessage[]> {
    const rows = await this.prisma.outboxMessage.findMany({
      where: { status: 'failed' },
      orderBy: { id: 'desc' },
      take: limit,
      include: { community: { select: { platform: true, externalId: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      community: `${row.community.platform}:${row.community.externalId}`,
      kind: row.kind,
      attempts: row.attempts,
      createdAt: row.createdAt,
      deliverBy: row.deliverBy,
      lastError: row.lastError,
    }));
  }

  /**
   * Puts messages that gave up back in line, due now, with a fresh window of what their kind is
   * worth from now (a prompt re-queued by hand still goes: the operator chose to send it).
   */
  async requeue(ids: bigint[] | 'all', at: Date): Promise<number> {
    const rows = await this.prisma.outboxMessage.findMany({
      where: { status: 'failed', ...(ids === 'all' ? {} : { id: { in: ids } }) },
      select: { id: true, kind: true, deliverBy: true },
    });
    for (const row of rows) {
      await this.prisma.outboxMessage.update({
        where: { id: row.id, status: 'failed' },
        data: { status: 'pending', nextAttemptAt: at, lockedUntil: null, lockedBy: null, alertedAt: null, deliverBy: row.deliverBy === null ? null : deliverByFor(row.kind, at) },
      });
    }
    return rows.length;
  }

  /**
   * Messages that never give up and have waited longer than `after`, not reported within `every`:
   * claimed for reporting in one statement, so with several processes each is reported once.
   */
  async claimOverdue(at: Date, afterMs: number, everyMs: number, limit = 100): Promise<OverdueMessage[]> {
    const rows = await this.prisma.$queryRaw<
      { id: bigint; platform: string; external_id: string; kind: string; attempts: number; created_at: Date; last_error: string | null }[]
    >`
      WITH due AS (
        SELECT o.id FROM outbox o
        WHERE o.status = 'pending' AND o.deliver_by IS NULL
          AND o.created_at <= (${new Date(at.getTime() - afterMs)}::timestamptz AT TIME ZONE 'UTC')
          AND (o.alerted_at IS NULL OR o.alerted_at <= (${new Date(at.getTime() - everyMs)}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY o.id
        LIMIT ${limit}
        FOR UPDATE OF o SKIP LOCKED
      )
      UPDATE outbox o SET alerted_at = (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM due, communities c
      WHERE o.id = due.id AND c.id = o.community_id
      RETURNING o.id, c.platform::text AS platform, c.external_id, o.kind, o.attempts, o.created_at, o.last_error`;
    return rows.map((row) => ({
      id: row.id,
      community: `${row.platform}:${row.external_id}`,
      kind: row.kind,
      attempts: row.attempts,
      createdAt: row.created_at,
      lastError: row.last_error,
    }));
  }

  /** Pending messages that never give up and have waited longer than `afterMs`, by kind. */
  async overdueCounts(at: Date, afterMs: number): Promise<Record<string, number>> {
    const rows = await this.prisma.outboxMessage.groupBy({
      by: ['kind'],
      where: { status: 'pending', deliverBy: null, createdAt: { lte: new Date(at.getTime() - afterMs) } },
      _count: { _all: true },
    });
    return Object.fromEntries(rows.map((row) => [row.kind, row._count._all]));
  }

  async counts(): Promise<Record<'pending' | 'sent' | 'failed', number>> {
    const rows = await this.prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const counts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.status] = row._count._all;
    // Prompts still in a batch are as pending as those already expanded.
    counts.pending += await batchedPromptCount(this.prisma);
    return counts;
  }
}
