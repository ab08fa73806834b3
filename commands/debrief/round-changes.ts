import type { CommandContext } from '../../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';
import { leftTrioForRematch, nameOf, partnerCantMake, rematched, trioCarriesOn } from '../../src/core/pairing-messages.js';
import { asleeper, firstAwakeInstant } from '../../src/domain/pairing/awake.js';
import type { Member } from '../../src/storage/members.js';
import type { TimedEntry } from '../../src/storage/pairings.js';

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
  const group = await store.pairings.currentGroup(ctx.community.id, ctx.member.id);
  if (!group) return [ephemeral("You're not in a debrief group this round, so there's nothing to change. `/settings pairings off` stops regular rounds.")];
  const at = now();
  await store.roundChanges.leave(group.groupId, ctx.member.id, at);
  const me = nameOf(ctx.member);
  const remaining = group.members.filter((m) => m.id !== ctx.member.id);
  const awake = (members: Member[]) => firstAwakeInstant(at, members.map((m) => asleeper(m, ctx.community.timeZone)));
  const dm = (to: Member, message: OutgoingMessage, key: string): TimedEntry => ({
    communityId: ctx.community.id,
    platformUserId: to.platformUserId,
    kind: 'pairing-change',
    message,
    dedupeKey: key,
    notBefore: awake([to]),
  });
  let partnerNews: string;
  if (remaining.length >= 2) {
    await store.roundChanges.notify(remaining.map((m) => dm(m, trioCarriesOn(me, remaining.map(nameOf)), `pairing-left:${group.groupId}:${ctx.member.id}:${m.id}`)), at);
    partnerNews = 'The other two carry on together.';
  } else if (remaining.length === 1) {
    const partner = remaining[0]!;
    const spare = await store.roundChanges.spareInRound(group.roundId, group.groupId, partner.id);
    if (spare) {
      await store.roundChanges.rematch(group.roundId, [{ groupId: group.groupId, memberId: partner.id }, { groupId: spare.groupId, memberId: spare.member.id }], at, (groupId) => ({
        communityId: ctx.community.id,
        platformUserId: partner.platformUserId,
        platformUserIds: [partner.platformUserId, spare.member.platformUserId],
        kind: 'pairing-intro',
        notBefore: awake([partner, spare.member]),
        message: rematched([nameOf(partner), nameOf(spare.member)]),
        dedupeKey: `pairing-intro:${groupId}`,
      }));
      // Taken from the trio: the two left there hear why they are a pair now.
      await store.roundChanges.notify(
        spare.groupmates.map((m) => dm(m, leftTrioForRematch(nameOf(spare.member), spare.groupmates.map(nameOf)), `pairing-moved:${spare.groupId}:${spare.member.id}:${m.id}`)),
        at,
      );
      partnerNews = 'I found your partner someone else to debrief with this round.';
    } else {
      await store.roundChanges.notify([dm(partner, partnerCantMake(me), `pairing-left:${group.groupId}:${ctx.member.id}:${partner.id}`)], at);
      partnerNews = "I've let your partner know kindly.";
    }
  } else partnerNews = '';
  const opening = action === 'swap' ? "Okay: you're out of this round." : "Okay: you've left this round.";
  return [ephemeral(`${opening} ${partnerNews} You'll be in the next round as usual; \`/settings pairings off\` stops rounds altogether.`.replace('  ', ' '))];
}

