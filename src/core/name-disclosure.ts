import { DateTime } from 'luxon';
import type { AuditEntry } from '../storage/audit-log.js';
import type { Escalation } from '../storage/escalations.js';
import type { Member } from '../storage/members.js';
import type { NameDisclosure } from '../storage/name-disclosures.js';
import type { Store } from '../storage/store.js';
import type { OutgoingMessage } from './messages.js';

/**
 * The one way a member's name leaves peercircle. Every notice that names a member is built here
 * and written by the storage's writeDisclosures, which queues the message and its audit row in one
 * transaction: no name goes out unrecorded, and the member can read in /mydata who was told, when.
 */

export const nameOf = (m: { displayName: string | null; platformUserId: string }): string => m.displayName ?? m.platformUserId;

export type Recipient = { member: Pick<Member, 'id' | 'platformUserId'> } | { channelId: string };

export interface DisclosureFacts {
  escalation: Pick<Escalation, 'id' | 'communityId' | 'memberId'>;
  recipient: Recipient;
  /** What the recipient is to the member: "supervisor", "crisis contact", "backup supervisor". */
  as: string;
  /** Why the name may go, in the member's words: "you asked for support". */
  basis: string;
  kind: string;
  message: OutgoingMessage;
}

/** A name disclosure for one recipient; its key keeps it once per escalation and recipient. */
export function disclosure(facts: DisclosureFacts): NameDisclosure {
  const { escalation, recipient } = facts;
  const to = 'member' in recipient ? { memberId: recipient.member.id, platformUserId: recipient.member.platformUserId } : { channelId: recipient.channelId };
  // Keys start `escalation:<id>:` (or `escalation-backup:<id>`), which a member's deletion removes.
  const dedupeKey = facts.as === 'backup supervisor' ? `escalation-backup:${escalation.id}` : `escalation:${escalation.id}:${'memberId' in to ? to.memberId : `channel:${to.channelId}`}`;
  return {
    communityId: escalation.communityId,
    subjectId: escalation.memberId,
    recipient: to,
    as: facts.as,
    basis: facts.basis,
    escalationId: escalation.id,
    kind: facts.kind,
    message: facts.message,
    dedupeKey,
  };
}

/** Sends names now, each with its audit row, in one transaction. */
export function discloseNames(store: Store, disclosures: NameDisclosure[], at: Date): Promise<number> {
  return store.nameDisclosures.disclose(disclosures, at);
}

/** "Who was told about you", for /mydata: every disclosure of the member's name, newest last. */
export async function whoWasTold(store: Store, memberId: string, timeZone: string): Promise<string> {
  const rows = await store.nameDisclosures.about(memberId);
  if (rows.length === 0) return '**Who was told about you**\nNobody: your name has never been passed on to anyone.';
  const recipients = await store.database.prisma.member.findMany({
    where: { id: { in: rows.map((r) => r.recipientId).filter((id): id is string => id !== null) } },
    select: { id: true, displayName: true, platformUserId: true },
  });
  const names = new Map(recipients.map((m) => [m.id, nameOf(m)]));
  return ['**Who was told about you**', ...rows.map((row) => `- ${whenText(row.at, timeZone)}: ${recipientText(row, names)}`)].join('\n');
}

function recipientText(row: AuditEntry, names: Map<string, string>): string {
  const details = row.details as { as?: string; basis?: string; channel?: string };
  const who = details.channel ? `the channel ${details.channel}` : row.recipientId ? (names.get(row.recipientId) ?? 'someone no longer here') : 'someone no longer here';
  return `${who}${details.as ? ` (${details.as})` : ''}${details.basis ? `, because ${details.basis}` : ''}`;
}

function whenText(at: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'UTC' })).setLocale('en-GB').toFormat('d LLL yyyy, HH:mm');
}
