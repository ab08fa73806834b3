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

  /** Takes back a message not yet sent (a snoozed question answered before it came back). */
  async withdraw(dedupeKey: string): Promise<void> {
    await this.prisma.outboxMessage.deleteMany({ where: { dedupeKey, status: 'pending' } });
  }

  /**
   * Takes up to `limit` messages that are due and not held by another process, and holds them
   * until `lockUntil`. SKIP LOCKED lets several processes claim side by side without waiting.
   */
  async claim(limit: number, now: Date, lockUntil: Date, platforms: string[] = ['terminal', 'slack', 'discord']): Promise<ClaimedMessage[]> {
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

  async markSent(id: bigint, at: Date, platformMessageId?: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: { status: 'sent', sentAt: at, lockedUntil: null, platformMessageId: platformMessageId ?? null, lastError: null },
    });
  }

  async markRetry(id: bigint, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: { nextAttemptAt, lockedUntil: null, lastError: error.slice(0, 500) },
    });
  }

  async markFailed(id: bigint, error: string): Promise<void> {
    await this.prisma.outboxMessage.update({
      where: { id },
      data: { status: 'failed', lockedUntil: null, lastError: error.slice(0, 500) },
    });
  }

  async counts(): Promise<Record<'pending' | 'sent' | 'failed', number>> {
    const rows = await this.prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const counts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.status] = row._count._all;
    return counts;
  }
}
