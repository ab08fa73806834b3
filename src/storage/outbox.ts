import type { SoleRecipient } from '../core/adapter.js';
import type { OutgoingMessage } from '../core/messages.js';
import type { Prisma } from './database.js';

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
}

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
  attempts: number;
  createdAt: Date;
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
      })),
      skipDuplicates: true,
    });
    return result.count;
  }

  /**
   * Takes up to `limit` messages that are due and not held by another process, and holds them
   * until `lockUntil`. SKIP LOCKED lets several processes claim side by side without waiting.
   */
  async claim(
    limit: number,
    now: Date,
    lockUntil: Date,
    platforms: string[] = ['terminal', 'slack', 'discord'],
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
      }[]
    >`
      WITH picked AS (
        SELECT o.id FROM outbox o JOIN communities c ON c.id = o.community_id
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
      SET locked_until = (${lockUntil}::timestamptz AT TIME ZONE 'UTC'), attempts = o.attempts + 1
      FROM picked, communities c
      WHERE o.id = picked.id AND c.id = o.community_id
      RETURNING o.id, o.community_id, c.external_id, c.platform::text AS platform, o.platform_user_id, o.channel_id, o.platform_user_ids, o.kind, o.payload, o.attempts, o.created_at`;
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
      }));
  }

  /**
   * Delivered. A file sent with it (a data export, a chart) has reached its recipient and is not
   * kept here any longer: the record keeps only that the message went.
   */
  async markSent(id: bigint, at: Date, platformMessageId?: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE outbox
      SET status = 'sent', sent_at = (${at}::timestamptz AT TIME ZONE 'UTC'), locked_until = NULL,
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

  async markRetry(id: bigint, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: { nextAttemptAt, lockedUntil: null, lastError: error.slice(0, 500) },
    });
  }

  /** Given up on. A file it carried will never be delivered, so it is not kept either. */
  async markFailed(id: bigint, error: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE outbox
      SET status = 'failed', locked_until = NULL, last_error = ${error.slice(0, 500)}::text, payload = payload - 'attachment'
      WHERE id = ${id}`;
  }

  async counts(): Promise<Record<'pending' | 'sent' | 'failed', number>> {
    const rows = await this.prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const counts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.status] = row._count._all;
    return counts;
  }
}
