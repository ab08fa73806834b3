import type { Prisma } from './database.js';
import type { AuditEntry } from './generated/client.js';

export type { AuditEntry };

/**
 * `operator`: someone at the command line; `platform`: Slack or Discord decided (a group, an owner);
 * `bot`: peercircle itself, on a member's consent or request (a name sent to a supervisor).
 */
export type ActorRole = 'peer' | 'supervisor' | 'admin' | 'operator' | 'platform' | 'bot';

export type AuditAction =
  | 'community.setting'
  | 'member.role'
  | 'digest.view'
  | 'digest.export'
  | 'escalation.acknowledge'
  | 'member.name-disclosed'
  | 'member.data-deleted'
  | 'audit.view'
  | 'audit.export'
  | 'notes.rotate-key'
  | 'principle.add'
  | 'principle.edit'
  | 'principle.retire'
  | 'principle.restore';

export interface NewAuditEntry {
  communityId: string | null;
  actorId: string | null;
  actorRole: ActorRole;
  action: AuditAction;
  subjectId?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/** Longest free text an audit row keeps of a value, so a policy body never lands here whole. */
export const AUDIT_TEXT_LIMIT = 40;

/** Cuts free text to a few words for the audit trail. */
export function auditText(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : Array.isArray(value) ? value.map((v) => auditText(v)).join(',') : String(value);
  return text.length > AUDIT_TEXT_LIMIT ? `${text.slice(0, AUDIT_TEXT_LIMIT)}… (${text.length} chars)` : text;
}

/**
 * The append-only audit trail. Writes only add rows; the database refuses deletes and any update
 * except blanking a deleted member's id (see the audit_log migration).
 */
export class AuditLogRepository {
  constructor(private readonly prisma: Prisma) {}

  async record(entry: NewAuditEntry, at: Date): Promise<void> {
    await this.prisma.auditEntry.create({
      data: {
        communityId: entry.communityId,
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        action: entry.action,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? {},
        at,
      },
    });
  }

  /** A community's entries in [from, to), with operator actions on every community (rotate-key), oldest first. */
  between(communityId: string, from: Date, to: Date, limit = 10_000): Promise<AuditEntry[]> {
    return this.prisma.auditEntry.findMany({
      where: { OR: [{ communityId }, { communityId: null }], at: { gte: from, lt: to } },
      orderBy: { id: 'asc' },
      take: limit,
    });
  }
}

/**
 * Inside a member's deletion: their audit rows stay (what was done, and when), but their id is
 * blanked, so nothing in the trail points back to them any more.
 */
export async function forgetMemberInAudit(tx: Pick<Prisma, 'auditEntry'>, memberId: string): Promise<void> {
  await tx.auditEntry.updateMany({ where: { actorId: memberId }, data: { actorId: null } });
  await tx.auditEntry.updateMany({ where: { subjectId: memberId }, data: { subjectId: null } });
  await tx.auditEntry.updateMany({ where: { recipientId: memberId }, data: { recipientId: null } });
}
