import type { CommandContext } from '../../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';
import { leftTrioForRematch, nameOf, partnerCantMake, rematched, trioCarriesOn } from '../../src/core/pairing-messages.js';
import { asleeper, firstAwakeInstant } from '../../src/domain/pairing/awake.js';
import type { Member } from '../../src/storage/members.js';
import type { TimedEntry } from '../../src/storage/pairings.js';
import type { RoundLeave } from '../../src/storage/round-changes.js';

/** The answer to "Did you meet?". */
export async function recordMeeting(ctx: CommandContext, groupId: string, value: string): Promise<OutgoingMessage[]> {
  const outcome = value === 'met' || value === 'not_yet' || value === 'skipped' ? value : null;
  if (!outcome || !/^[0-9a-f-]{36}$/.test(groupId)) return [ephemeral('Please pick one of the buttons.')];
  const saved = await ctx.services.store.pairings.recordOutcome(groupId, ctx.member.id, outcome);
  if (!saved) return [ephemeral("That round's group has changed since I asked, so there's nothing to record. `/debrief` shows where you are.")];
  const replies = {
    met: 'Glad you found the time. Thank you for looking after each other.',
    not_yet: "No rush: there's still time this round, and a short call counts.",
    skipped: "Thanks for letting me know. Some weeks are like that. You're in the next round.",
  };
  return [ephemeral(replies[outcome], { replacesPrompt: true })];
}

/** `/debrief swap` and `/debrief leave`: out of this round; the partner is re-matched or told kindly. */
export async function leaveRound(ctx: CommandContext, action: 'leave' | 'swap'): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const at = now();
  const me = nameOf(ctx.member);
  const awake = (members: Member[]) => firstAwakeInstant(at, members.map((m) => asleeper(m, ctx.community.timeZone)));
  const dm = (to: Member, message: OutgoingMessage, key: string): TimedEntry => ({
    communityId: ctx.community.id,
    platformUserId: to.platformUserId,
    kind: 'pairing-change',
    message,
    dedupeKey: key,
    notBefore: awake([to]),
  });
  // The messages are decided inside the change, from what the round looks like once it holds the
  // round's lock, and queued with it.
  const messages = ({ groupId, remaining, rematch }: RoundLeave): TimedEntry[] => {
    if (remaining.length >= 2) return remaining.map((m) => dm(m, trioCarriesOn(me, remaining.map(nameOf)), `pairing-left:${groupId}:${ctx.member.id}:${m.id}`));
    const partner = remaining[0];
    if (!partner) return [];
    if (!rematch) return [dm(partner, partnerCantMake(me), `pairing-left:${groupId}:${ctx.member.id}:${partner.id}`)];
    const { spare } = rematch;
    return [
      {
        communityId: ctx.community.id,
        platformUserId: partner.platformUserId,
        platformUserIds: [partner.platformUserId, spare.member.platformUserId],
        kind: 'pairing-intro',
        notBefore: awake([partner, spare.member]),
        message: rematched([nameOf(partner), nameOf(spare.member)]),
        dedupeKey: `pairing-intro:${rematch.groupId}`,
      },
      // Taken from the trio: the two left there hear why they are a pair now.
      ...spare.groupmates.map((m) => dm(m, leftTrioForRematch(nameOf(spare.member), spare.groupmates.map(nameOf)), `pairing-moved:${spare.groupId}:${spare.member.id}:${m.id}`)),
    ];
  };
  const change = await store.roundChanges.leave(ctx.community.id, ctx.member.id, at, messages);
  if (!change) return [ephemeral("You're not in a debrief group this round, so there's nothing to change. `/settings pairings off` stops regular rounds.")];
  const partnerNews =
    change.remaining.length >= 2
      ? 'The other two carry on together.'
      : change.remaining.length === 0
        ? ''
        : change.rematch
          ? 'I found your partner someone else to debrief with this round.'
          : "I've let your partner know kindly.";
  const opening = action === 'swap' ? "Okay: you're out of this round." : "Okay: you've left this round.";
  return [ephemeral(`${opening} ${partnerNews} You'll be in the next round as usual; \`/settings pairings off\` stops rounds altogether.`.replace('  ', ' '))];
}
