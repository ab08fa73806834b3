import type { OutgoingMessage } from '../core/messages.js';
import type { Prisma } from './database.js';
import type { Escalation, EscalationLevel } from './generated/client.js';

export type { Escalation };

export interface NewEscalation {
  communityId: string;
  memberId: string;
  rule: string;
  level: EscalationLevel;
  /** One episode of one condition: raising it again is a no-op. */
  key: string;
  named: boolean;
}

const unresolved = { in: ['open', 'acknowledged'] as ('open' | 'acknowledged')[] };

/** Escalations and their audit trail. Every change of state writes an event. */
export class EscalationRepository {
  constructor(private readonly prisma: Prisma) {}

  /** Raises it unless this episode was raised already; returns it only when newly raised. */
  async raise(escalation: NewEscalation, at: Date): Promise<Escalation | null> {
    const created = await this.prisma.escalation.createMany({ data: [{ ...escalation, raisedAt: at }], skipDuplicates: true });
    if (created.count === 0) return null;
    const row = await this.prisma.escalation.findUniqueOrThrow({ where: { key: escalation.key } });
    await this.record(row.id, 'raised', null, at, { rule: row.rule, level: row.level, named: row.named });
    return row;
  }

  /** Rules still unresolved for the member: a persisting condition is not raised again. */
  async unresolvedRules(memberId: string): Promise<Set<string>> {
    const rows = await this.prisma.escalation.findMany({ where: { memberId, status: unresolved }, select: { rule: true } });
    return new Set(rows.map((r) => r.rule));
  }

  /** Conditions that have cleared are resolved, so they can be raised afresh if they return. */
  async resolveCleared(memberId: string, rules: string[], at: Date): Promise<number> {
    const rows = await this.prisma.escalation.findMany({ where: { memberId, status: unresolved, rule: { in: rules } } });
    for (const row of rows) {
      await this.prisma.escalation.update({ where: { id: row.id }, data: { status: 'resolved', resolvedAt: at } });
      await this.record(row.id, 'resolved', null, at, { reason: 'condition cleared' });
    }
    return rows.length;
  }

  async byId(id: string): Promise<Escalation | null> {
    return this.prisma.escalation.findUnique({ where: { id } });
  }

  /** Acknowledges an open escalation; null when it was already acknowledged or is unknown. */
  async acknowledge(id: string, supervisorId: string, at: Date): Promise<Escalation | null> {
    const updated = await this.prisma.escalation.updateMany({
      where: { id, status: 'open' },
      data: { status: 'acknowledged', acknowledgedAt: at, acknowledgedById: supervisorId },
    });
    if (updated.count === 0) return null;
    await this.record(id, 'acknowledged', supervisorId, at);
    return this.prisma.escalation.findUnique({ where: { id } });
  }

  /**
   * Urgent, named escalations nobody acknowledged within the community's limit: each is claimed
   * (backup_notified_at set) and its message to the backup supervisor queued in one transaction.
   */
  async escalateUnacknowledged(at: Date, message: (e: { memberName: string; raisedAt: Date }) => OutgoingMessage): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<
        { id: string; community_id: string; backup_user_id: string; member_name: string; raised_at: Date }[]
      >`
        UPDATE escalations e SET backup_notified_at = (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM communities c, members backup, members m
        WHERE c.id = e.community_id AND backup.id = c.backup_supervisor_id AND m.id = e.member_id
          AND e.status = 'open' AND e.level = 'urgent' AND e.named AND e.backup_notified_at IS NULL
          AND e.raised_at <= (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(hours => c.backup_after_hours)
        RETURNING e.id, e.community_id, backup.platform_user_id AS backup_user_id,
                  COALESCE(m.display_name, m.platform_user_id) AS member_name, e.raised_at`;
      for (const row of due) {
        await tx.outboxMessage.create({
          data: {
            communityId: row.community_id,
            platformUserId: row.backup_user_id,
            kind: 'escalation-backup',
            payload: message({ memberName: row.member_name, raisedAt: row.raised_at }) as object,
            dedupeKey: `escalation-backup:${row.id}`,
            nextAttemptAt: at,
            createdAt: at,
          },
        });
        await tx.escalationEvent.create({ data: { escalationId: row.id, event: 'backup-notified', at } });
      }
      return due.length;
    });
  }

  async record(escalationId: string, event: string, actorId: string | null, at: Date, details: object = {}): Promise<void> {
    await this.prisma.escalationEvent.create({ data: { escalationId, event, actorId, at, details } });
  }

  async events(escalationId: string): Promise<{ event: string; actorId: string | null }[]> {
    return this.prisma.escalationEvent.findMany({ where: { escalationId }, orderBy: { id: 'asc' }, select: { event: true, actorId: true } });
  }
}
