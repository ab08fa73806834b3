import type { OutgoingMessage } from '../core/messages.js';
import type { Prisma } from './database.js';
import type { AuditEntry } from './generated/client.js';

export type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

/** Who is told a member's name: a member by direct message, or a channel the community chose. */
export type DisclosureRecipient = { memberId: string; platformUserId: string } | { channelId: string };

/** One message that carries a member's name, and why it may. */
export interface NameDisclosure {
  communityId: string;
  /** The member whose name goes out. */
  subjectId: string;
  recipient: DisclosureRecipient;
  /** What the recipient is to the member, as the member will read it: "supervisor", "crisis contact", "backup supervisor". */
  as: string;
  /** Why the name may go: "you asked for support", "you agreed for check-in signals", … */
  basis: string;
  escalationId: string;
  kind: string;
  message: OutgoingMessage;
  /** One logical message, one key: a retried disclosure sends nothing and records nothing. */
  dedupeKey: string;
}

export const NAME_DISCLOSED = 'member.name-disclosed';

/**
 * Queues each message and writes its audit row with the same client, so inside one transaction
 * a name never leaves without its record, nor is recorded without leaving. Returns how many went
 * out (a key seen before sends and records nothing).
 */
export async function writeDisclosures(tx: Tx, disclosures: NameDisclosure[], at: Date): Promise<number> {
  let written = 0;
  for (const d of disclosures) {
    const memberRecipient = 'memberId' in d.recipient ? d.recipient : null;
    const channelId = 'channelId' in d.recipient ? d.recipient.channelId : null;
    const queued = await tx.outboxMessage.createMany({
      data: [
        {
          communityId: d.communityId,
          platformUserId: memberRecipient?.platformUserId ?? '',
          channelId,
          kind: d.kind,
          payload: d.message as object,
          dedupeKey: d.dedupeKey,
          nextAttemptAt: at,
          createdAt: at,
        },
      ],
      skipDuplicates: true,
    });
    if (queued.count === 0) continue;
    await tx.auditEntry.create({
      data: {
        communityId: d.communityId,
        actorId: null,
        actorRole: 'bot',
        action: NAME_DISCLOSED,
        subjectId: d.subjectId,
        recipientId: memberRecipient?.memberId ?? null,
        details: { as: d.as, basis: d.basis, escalationId: d.escalationId, ...(channelId ? { channel: channelId } : {}) },
        at,
      },
    });
    written++;
  }
  return written;
}

/** The audit trail of names: who was told about a member, and to whom names were told. */
export class NameDisclosureRepository {
  constructor(private readonly prisma: Prisma) {}

  /** Sends and records, all or nothing. */
  disclose(disclosures: NameDisclosure[], at: Date): Promise<number> {
    return this.prisma.$transaction((tx) => writeDisclosures(tx, disclosures, at));
  }

  /** Every time the member's name went to someone, oldest first. */
  about(memberId: string): Promise<AuditEntry[]> {
    return this.prisma.auditEntry.findMany({ where: { subjectId: memberId, action: NAME_DISCLOSED }, orderBy: { id: 'asc' } });
  }

  /** Every name told to this member, oldest first: what they may see and acknowledge. */
  toMember(memberId: string): Promise<AuditEntry[]> {
    return this.prisma.auditEntry.findMany({ where: { recipientId: memberId, action: NAME_DISCLOSED }, orderBy: { id: 'asc' } });
  }
}
