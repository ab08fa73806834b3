import { localClockOf } from '../domain/local-time.js';
import type { Escalation } from '../storage/escalations.js';
import { NAME_DISCLOSED } from '../storage/name-disclosures.js';
import { auditAction } from './audit.js';
import type { CommandContext } from './command.js';
import { direct } from './messages.js';
import { nameOf } from './name-disclosure.js';

export const notForYou = 'This button is for supervisors.';

/**
 * Who may acknowledge: whoever was told (a supervisor, the crisis contact, the backup), anyone
 * pressing the button in the crisis contact's channel, and supervisors and admins for signals
 * that went to supervisors. Never the member it is about.
 */
async function mayAcknowledge(ctx: CommandContext, escalation: Escalation): Promise<boolean> {
  if (ctx.member.id === escalation.memberId) return false;
  const told = await ctx.services.store.database.prisma.auditEntry.findMany({
    where: { action: NAME_DISCLOSED, subjectId: escalation.memberId, details: { path: ['escalationId'], equals: escalation.id } },
    select: { recipientId: true, details: true },
  });
  if (told.some((t) => t.recipientId === ctx.member.id || 'channel' in (t.details as object))) return true;
  return escalation.rule !== 'crisis-contact' && (ctx.member.role === 'supervisor' || ctx.member.role === 'admin');
}

/**
 * Acknowledges an escalation for the member in `ctx` (the button or `/escalations ack`), records
 * it, and tells the member it is about that someone has seen it. Returns the reply text.
 */
export async function acknowledgeEscalation(ctx: CommandContext, escalationId: string): Promise<string> {
  const { store, now } = ctx.services;
  const escalation = /^[0-9a-f-]{36}$/.test(escalationId) ? await store.escalations.byId(escalationId) : null;
  if (!escalation || escalation.communityId !== ctx.community.id) return "I couldn't find that request; it may have been removed.";
  if (!(await mayAcknowledge(ctx, escalation))) return notForYou;
  const at = now();
  const acknowledged = await store.escalations.acknowledge(escalation.id, ctx.member.id, at);
  if (!acknowledged) return 'Already acknowledged. Thank you.';
  // Mirrors the escalation's own event trail, so one place lists every supervisor action.
  await auditAction(ctx, 'escalation.acknowledge', { escalationId: escalation.id, level: escalation.level });
  // The member hears it only where they asked or agreed to be known; an anonymous signal stays anonymous.
  if (!escalation.named && escalation.rule !== 'crisis-contact') return 'Acknowledged. Thank you for reaching out to them.';
  const member = await store.members.byId(escalation.memberId);
  if (member) {
    const time = localClockOf(at, member.timeZone ?? ctx.community.timeZone);
    const who = nameOf(ctx.member);
    const seen: Record<string, string> = {
      'crisis-contact': `${who} has seen your request (at ${time}) and is reaching out to you.`,
      'support-request': `${who} has seen that you'd like to talk (at ${time}) and will be in touch.`,
    };
    await store.outbox.enqueue(
      [
        {
          communityId: escalation.communityId,
          platformUserId: member.platformUserId,
          kind: 'escalation-update',
          message: direct(seen[escalation.rule] ?? `${who} has seen that your check-ins have been heavy (at ${time}) and may reach out.`),
          dedupeKey: `escalation-update:${escalation.id}:acknowledged`,
        },
      ],
      at,
    );
  }
  return "Acknowledged. Thank you for reaching out to them. I've told them you've seen it.";
}
