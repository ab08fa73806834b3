import type { Community } from '../storage/communities.js';
import type { CommandContext } from './command.js';
import { audienceOf, contactsOf } from './crisis-reply.js';
import { crisisContactNotice, minutesAfter } from './escalations.js';
import { direct, ephemeral, type OutgoingMessage } from './messages.js';
import { disclosure, nameOf, type Recipient } from './name-disclosure.js';

/**
 * How members see the community's crisis contact ("Dana, our clinical lead"), or null when no
 * person or channel is set: a label alone reaches nobody, so it is never offered as if it did.
 */
export function crisisContactDisplay(community: Community): string | null {
  if (!community.crisisContactMemberId && !community.crisisContactChannelId) return null;
  return community.crisisContactName ?? 'your crisis contact';
}

type Contact = { recipient: Recipient; as: string; display: string };

/** Who really receives a crisis request: the contact person, a private channel, or nobody. */
async function contactFor(ctx: CommandContext): Promise<Contact | null> {
  const { community } = ctx;
  const { prisma } = ctx.services.store.database;
  const display = crisisContactDisplay(community);
  if (community.crisisContactChannelId) return { recipient: { channelId: community.crisisContactChannelId }, as: 'crisis contact', display: display! };
  const person = community.crisisContactMemberId ? await prisma.member.findUnique({ where: { id: community.crisisContactMemberId } }) : null;
  if (person && person.id !== ctx.member.id) return { recipient: { member: person }, as: 'crisis contact', display: display! };
  // The contact themselves in crisis: their backup supervisor is the one to ask.
  if (person && community.backupSupervisorId && community.backupSupervisorId !== ctx.member.id) {
    const backup = await prisma.member.findUnique({ where: { id: community.backupSupervisorId } });
    if (backup?.role === 'supervisor') return { recipient: { member: backup }, as: 'backup supervisor', display: nameOf(backup) };
  }
  return null;
}

/**
 * The member said yes to "ask someone to reach out to me". Only the crisis contact hears their
 * name, with an Acknowledge button; the backup supervisor is asked if nobody acknowledges within
 * the community's limit. Without a contact the member is told so honestly, with the lines, and
 * the admins learn (without a name) that one is missing.
 */
export async function askCrisisContact(ctx: CommandContext): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const at = now();
  const contact = await contactFor(ctx);
  const lines = linesText(ctx);
  if (!contact) {
    await tellAdminsNoContact(ctx, at);
    return [
      ephemeral(
        `I'm sorry: your community hasn't named a crisis contact in peercircle, so there is nobody I can ask for you. I've let the admins know one is missing, without saying who asked.\n\nPlease reach a person now:\n${lines}`,
        { replacesPrompt: true },
      ),
    ];
  }
  const minutes = ctx.community.crisisBackupAfterMinutes;
  const escalation = await store.escalations.raise(
    {
      communityId: ctx.community.id,
      memberId: ctx.member.id,
      rule: 'crisis-contact',
      level: 'urgent',
      key: `${ctx.member.id}:crisis-contact:${at.toISOString()}`,
      // Not "named to supervisors": only the crisis contact (and later the backup) hears the name.
      named: false,
      ackDueAt: minutesAfter(at, minutes),
    },
    at,
    {
      event: 'crisis-contact-notified',
      disclosures: (e) => [
        disclosure({
          escalation: e,
          recipient: contact.recipient,
          as: contact.as,
          basis: 'you asked for the crisis contact to reach out',
          kind: 'crisis-contact',
          message: crisisContactNotice(nameOf(ctx.member), e.id, minutes),
        }),
      ],
    },
  );
  if (!escalation) return [ephemeral("I've already asked. I'll tell you here as soon as someone answers.", { replacesPrompt: true })];
  const backup = ctx.community.backupSupervisorId ? ' If nobody has answered within ' + minutes + ' minutes, I\'ll ask the backup supervisor too.' : '';
  return [
    ephemeral(
      `I've asked ${contact.display} to reach out to you, and nobody else. Nothing you wrote was shared, only that you asked. I'll tell you here when they've seen it.${backup}\n\nWhile you wait, a person is there for you now:\n${lines}`,
      { replacesPrompt: true },
    ),
  ];
}

function linesText(ctx: CommandContext): string {
  const contacts = contactsOf(audienceOf(ctx), 'en');
  return [`If you are in danger right now, ${contacts.emergency}.`, ...contacts.suicide].join('\n');
}

/** Once a day at most: a member needed the crisis contact and there is none. No name, no words. */
async function tellAdminsNoContact(ctx: CommandContext, at: Date): Promise<void> {
  const { store } = ctx.services;
  const admins = await store.members.admins(ctx.community.id);
  await store.outbox.enqueue(
    admins.map((admin) => ({
      communityId: ctx.community.id,
      platformUserId: admin.platformUserId,
      kind: 'crisis-contact-missing',
      message: direct(
        "A member asked for the community's crisis contact to reach out, but none is set, so nobody could be asked; they were shown crisis lines. Please name a person or a private channel: `/community crisis-contact @person` (or `#channel`). I haven't said who asked, and I won't.",
      ),
      dedupeKey: `crisis-contact-missing:${ctx.community.id}:${admin.id}:${ctx.today}`,
    })),
    at,
  );
}
