import type { OutgoingMessage } from '../core/messages.js';
import type { Prisma } from './database.js';
import type { Escalation, EscalationLevel } from './generated/client.js';
import { writeDisclosures, type NameDisclosure } from './name-disclosures.js';

export type { Escalation };

export interface NewEscalation {
  communityId: string;
  memberId: string;
  rule: string;
  level: EscalationLevel;
  /** One episode of one condition: raising it again is a no-op. */
  key: string;
  named: boolean;
  /** When the backup supervisor is asked if nobody has acknowledged it; null: never. */
  ackDueAt?: Date | null;
}

/** What happened with a newly raised escalation: its event, and the names it sends, if any. */
export interface RaiseOutcome {
  event: 'kept-anonymous' | 'offered-to-member' | 'supervisors-notified' | 'crisis-contact-notified';
  disclosures?: (escalation: Escalation) => NameDisclosure[];
}

/** An escalation whose acknowledgement is overdue, with what its backup notice needs. */
export interface OverdueEscalation {
  id: string;
  communityId: string;
  rule: string;
  raisedAt: Date;
  memberId: string;
  memberName: string;
  memberPlatformUserId: string;
  backupId: string;
  backupPlatformUserId: string;
  backupName: string;
}

const unresolved = { in: ['open', 'acknowledged'] as ('open' | 'acknowledged')[] };

/** Escalations and their audit trail. Every change of state writes an event. */
export class EscalationRepository {
  constructor(private readonly prisma: Prisma) {}

  /**
   * Raises it unless this episode was raised already, and sends the names it carries, all in one
   * transaction; returns it only when newly raised.
   */
  async raise(escalation: NewEscalation, at: Date, outcome: RaiseOutcome): Promise<Escalation | null> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.escalation.createMany({ data: [{ ...escalation, raisedAt: at }], skipDuplicates: true });
      if (created.count === 0) return null;
      const row = await tx.escalation.findUniqueOrThrow({ where: { key: escalation.key } });
      await tx.escalationEvent.create({ data: { escalationId: row.id, event: 'raised', at, details: { rule: row.rule, level: row.level, named: row.named } } });
      const told = outcome.disclosures ? await writeDisclosures(tx, outcome.disclosures(row), at) : 0;
      await tx.escalationEvent.create({ data: { escalationId: row.id, event: outcome.event, at, details: outcome.disclosures ? { recipients: told } : {} } });
      return row;
    });
  }

  /**
   * The member said yes to letting someone know about a signal raised without their name: it
   * becomes named and the names go out, in one transaction. Null if it was not theirs, not open or
   * already named.
   */
  async shareName(id: string, memberId: string, at: Date, ackDueAt: Date | null, disclosures: (e: Escalation) => NameDisclosure[]): Promise<Escalation | null> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.escalation.updateMany({ where: { id, memberId, named: false, status: 'open' }, data: { named: true, ackDueAt } });
      if (updated.count === 0) return null;
      const row = await tx.escalation.findUniqueOrThrow({ where: { id } });
      const told = await writeDisclosures(tx, disclosures(row), at);
      await tx.escalationEvent.create({ data: { escalationId: id, event: 'member-shared-name', actorId: memberId, at, details: { recipients: told } } });
      return row;
    });
  }

  /** The member's open escalations, newest first. */
  openFor(memberId: string): Promise<Escalation[]> {
    return this.prisma.escalation.findMany({ where: { memberId, status: 'open' }, orderBy: { raisedAt: 'desc' } });
  }

  /** These escalations, if still open, oldest first. */
  openAmong(ids: string[]): Promise<(Escalation & { member: { displayName: string | null; platformUserId: string } })[]> {
    return this.prisma.escalation.findMany({
      where: { id: { in: ids }, status: 'open' },
      include: { member: { select: { displayName: true, platformUserId: true } } },
      orderBy: { raisedAt: 'asc' },
    });
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
   * Escalations whose name went out (only then is a deadline set) and nobody acknowledged by it, in
   * communities whose backup holds the supervisor role: each is claimed (backup_notified_at set),
   * and its notice to the backup, with its name-disclosure record and any message to the member,
   * written in one transaction.
   */
  async escalateUnacknowledged(at: Date, notice: (e: OverdueEscalation) => { disclosure: NameDisclosure; toMember?: OutgoingMessage }): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<
        { id: string; community_id: string; rule: string; raised_at: Date; member_id: string; member_name: string; member_user_id: string; backup_id: string; backup_user_id: string; backup_name: string }[]
      >`
        UPDATE escalations e SET backup_notified_at = (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM communities c, members backup, members m
        WHERE c.id = e.community_id AND backup.id = c.backup_supervisor_id AND m.id = e.member_id
          AND backup.role = 'supervisor' AND backup.id <> e.member_id
          AND e.status = 'open' AND e.backup_notified_at IS NULL
          AND e.ack_due_at <= (${at}::timestamptz AT TIME ZONE 'UTC')
        RETURNING e.id, e.community_id, e.rule, e.raised_at, m.id AS member_id,
                  COALESCE(m.display_name, m.platform_user_id) AS member_name, m.platform_user_id AS member_user_id,
                  backup.id AS backup_id, backup.platform_user_id AS backup_user_id,
                  COALESCE(backup.display_name, backup.platform_user_id) AS backup_name`;
      for (const row of due) {
        const { disclosure, toMember } = notice({
          id: row.id,
          communityId: row.community_id,
          rule: row.rule,
          raisedAt: row.raised_at,
          memberId: row.member_id,
          memberName: row.member_name,
          memberPlatformUserId: row.member_user_id,
          backupId: row.backup_id,
          backupPlatformUserId: row.backup_user_id,
          backupName: row.backup_name,
        });
        await writeDisclosures(tx, [disclosure], at);
        if (toMember) {
          await tx.outboxMessage.createMany({
            data: [{ communityId: row.community_id, platformUserId: row.member_user_id, kind: 'escalation-update', payload: toMember as object, dedupeKey: `escalation-update:${row.id}:backup`, nextAttemptAt: at, createdAt: at }],
            skipDuplicates: true,
          });
        }
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
