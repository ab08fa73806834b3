import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import {
  alreadyCovered,
  askPeer,
  nameOf,
  onDemandIntroduction,
  partnerCantMake,
  rematched,
  trioCarriesOn,
} from '../src/core/pairing-messages.js';
import { err, ok, type Result } from '../src/core/result.js';
import { short } from '../src/domain/clock-time.js';
import { localClockOf, localDateOf } from '../src/domain/local-time.js';
import { describeSchedule, nextRoundDate, type Cadence } from '../src/domain/pairing/cadence.js';
import { isQuietAt } from '../src/domain/quiet-hours.js';
import { describeWeekdays } from '../src/domain/weekdays.js';
import { formatLocalDay } from '../src/domain/local-time.js';
import type { Member } from '../src/storage/members.js';
import type { OutboxEntry } from '../src/storage/outbox.js';
import { closeUnansweredRequests } from '../src/scheduling/due-pairings.js';

const actions = ['now', 'leave', 'swap', 'avoid', 'on-demand'] as const;
type Action = (typeof actions)[number];
const aliases: Record<string, Action> = {
  now: 'now', leave: 'leave', swap: 'swap', skip: 'swap', "can't": 'swap', avoid: 'avoid', 'on-demand': 'on-demand', ondemand: 'on-demand',
};

/** How many on-demand peers are asked at once. */
const PEERS_ASKED = 5;
const DEFAULT_WAIT_MINUTES = 30;

const usage = [
  'debrief',
  'debrief now',
  'debrief swap',
  'debrief leave',
  'debrief avoid @someone',
  'debrief avoid remove @someone',
  'debrief on-demand on',
];

/** Peer debriefs: this round's partner, a debrief now, swapping out, and a private "don't pair me with" list. */
export const debrief = defineCommand({
  name: 'debrief',
  description: 'Your debrief partner, asking for a debrief now, swapping out of a round, and who not to pair you with',
  usage,
  options: [
    { name: 'action', description: 'now, swap, leave, avoid or on-demand', choices: actions },
    { name: 'value', description: 'A member for avoid; on or off for on-demand' },
  ],
  args: z.object({
    action: z
      .string()
      .transform((s) => aliases[s.trim().toLowerCase()])
      .refine((s) => s !== undefined, 'I can do `now`, `swap`, `leave`, `avoid` or `on-demand` after `/debrief`.')
      .optional(),
    value: z.string().max(200, 'That is longer than a member name or an on/off needs.').optional(),
  }),
  async run(ctx, { action, value }) {
    const text = value?.trim() ?? '';
    switch (action) {
      case undefined:
        return [ephemeral(await status(ctx))];
      case 'now':
        return requestNow(ctx);
      case 'leave':
      case 'swap':
        return leaveRound(ctx, action);
      case 'avoid':
        return avoid(ctx, text);
      case 'on-demand':
        return onDemand(ctx, text);
    }
  },

  async onChoice(ctx, event, [step = '', id = '']) {
    if (step === 'met') return recordMeeting(ctx, id, event.value);
    if (step === 'offer') return answerOffer(ctx, id, event.value);
    return [ephemeral('That button is from an older message. `/debrief` shows where you are.')];
  },
});

async function status(ctx: CommandContext): Promise<string> {
  const { pairings } = ctx.services.store;
  const [group, counts, profile, avoided, settings] = await Promise.all([
    pairings.currentGroup(ctx.community.id, ctx.member.id),
    pairings.historyCount(ctx.member.id),
    pairings.profile(ctx.member.id),
    pairings.avoidList(ctx.member.id),
    pairings.settings(ctx.community.id),
  ]);
  const partners = group?.members.filter((m) => m.id !== ctx.member.id).map(nameOf) ?? [];
  const rounds =
    settings?.enabled
      ? `${describeSchedule(settings.cadence as Cadence, describeWeekdays([settings.weekday]), settings.time)}; the next is ${formatLocalDay(nextRoundDate(settings.cadence as Cadence, settings.weekday, ctx.today))}`
      : 'not set up in this community yet (an admin can use `/community pairing weekly mon 10:00`)';
  return [
    '**Your debriefs**',
    `- This round: ${partners.length > 0 ? `with ${partners.join(' and ')} (since ${formatLocalDay(group!.roundDate)})` : "you're not in a debrief group right now"}`,
    `- So far: ${counts.rounds} round${counts.rounds === 1 ? '' : 's'} (${counts.met} you said you met), ${counts.onDemand} on-demand debrief${counts.onDemand === 1 ? '' : 's'}`,
    `- Regular rounds: ${ctx.member.pairingsOptIn ? "you're in" : "you're out (`/settings pairings on` to join)"}; rounds run ${rounds}`,
    `- On-demand: ${profile.onDemand ? "peers can ask you for a debrief now (`/debrief on-demand off` to stop)" : "you're not on the list of peers who can be asked (`/debrief on-demand on` to join)"}`,
    `- Your private don't-pair list: ${avoided.length === 0 ? 'empty' : `${avoided.length} ${avoided.length === 1 ? 'person' : 'people'} (\`/debrief avoid\` shows it; only you see it)`}`,
    '',
    'What you can do:',
    '- `/debrief now`: after a hard session, I ask peers who take on-demand debriefs',
    "- `/debrief swap`: can't make it this round; I let your partner know kindly",
    '- `/debrief leave`: leave this round (`/settings pairings off` stops rounds altogether)',
    "- `/debrief avoid @someone`: never pair me with them. You don't have to explain, and they are never told.",
  ].join('\n');
}

async function requestNow(ctx: CommandContext): Promise<OutgoingMessage[]> {
  const { store, now, random } = ctx.services;
  if (await store.debriefRequests.openFor(ctx.member.id)) {
    return [ephemeral("I'm still asking peers for you. I'll connect you as soon as one says yes, or let you know if nobody can.")];
  }
  const at = now();
  const settings = await store.pairings.settings(ctx.community.id);
  const waitMinutes = settings?.onDemandWaitMinutes ?? DEFAULT_WAIT_MINUTES;
  const askedLastTime = await store.debriefRequests.askedLastTime(ctx.community.id);
  const available = (await store.debriefRequests.onDemandPeers(ctx.community.id, ctx.member.id)).filter((peer) => {
    const zone = peer.timeZone ?? ctx.community.timeZone;
    const paused = peer.pausedUntil !== null && peer.pausedUntil.toISOString().slice(0, 10) > localDateOf(at, zone);
    const quiet = isQuietAt(peer.quietStart && peer.quietEnd ? { start: peer.quietStart, end: peer.quietEnd } : null, localClockOf(at, zone));
    return !paused && !quiet && !askedLastTime.has(peer.id);
  });
  const asked = shuffle(available, random).slice(0, PEERS_ASKED);
  if (asked.length === 0) {
    return [
      ephemeral(
        [
          "I'm sorry: no peer who takes on-demand debriefs is free right now (it may be their quiet hours, or they're taking a break).",
          '- Your supervisor: `/support` can let them know you would like to talk.',
          '- `/principle self-care` for small ways to look after yourself after a hard session.',
          '- `/support` for people and crisis lines, any time.',
        ].join('\n'),
      ),
    ];
  }
  await store.debriefRequests.create({ communityId: ctx.community.id, requesterId: ctx.member.id, expiresAt: new Date(at.getTime() + waitMinutes * 60_000), at }, asked.map((p) => p.id), (requestId) =>
    asked.map((peer) => ({
      communityId: ctx.community.id,
      platformUserId: peer.platformUserId,
      kind: 'debrief-ask',
      message: askPeer(requestId, waitMinutes),
      dedupeKey: `debrief-ask:${requestId}:${peer.id}`,
    })),
  );
  return [
    ephemeral(
      `I've asked ${asked.length} peer${asked.length === 1 ? '' : 's'} who take on-demand debriefs, without saying who is asking. I'll connect you as soon as one says yes; if nobody can within ${waitMinutes} minutes, I'll tell you and suggest other support. If things feel heavy right now, \`/support\` is there too.`,
    ),
  ];
}

async function answerOffer(ctx: CommandContext, requestId: string, answer: string): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  if (!/^[0-9a-f-]{36}$/.test(requestId)) return [ephemeral('That request has closed. Thank you for being willing.')];
  if (answer === 'decline') {
    const nobodyLeft = await store.debriefRequests.decline(requestId, ctx.member.id);
    if (nobodyLeft) await closeUnansweredRequests(store, now());
    return [ephemeral('No problem at all. Thank you for saying so.', { replacesPrompt: true })];
  }
  const outcome = await store.debriefRequests.accept(requestId, ctx.member.id, now(), (requester, peer, others) => [
    {
      communityId: ctx.community.id,
      platformUserId: requester.platformUserId,
      platformUserIds: [requester.platformUserId, peer.platformUserId],
      kind: 'debrief-connect',
      message: onDemandIntroduction(nameOf(requester), nameOf(peer)),
      dedupeKey: `debrief-connect:${requestId}`,
    },
    ...others.map((o): OutboxEntry => ({
      communityId: ctx.community.id,
      platformUserId: o.platformUserId,
      kind: 'debrief-covered',
      message: alreadyCovered,
      dedupeKey: `debrief-covered:${requestId}:${o.id}`,
    })),
  ]);
  switch (outcome.kind) {
    case 'connected':
      return [ephemeral(`Thank you. I've opened a conversation for you and ${nameOf(outcome.requester)}.`, { replacesPrompt: true })];
    case 'covered':
      return [ephemeral(alreadyCovered.text, { replacesPrompt: true })];
    case 'closed':
      return [ephemeral('That request has closed. Thank you for being willing.', { replacesPrompt: true })];
  }
}

async function recordMeeting(ctx: CommandContext, groupId: string, value: string): Promise<OutgoingMessage[]> {
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

async function leaveRound(ctx: CommandContext, action: 'leave' | 'swap'): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const group = await store.pairings.currentGroup(ctx.community.id, ctx.member.id);
  if (!group) return [ephemeral("You're not in a debrief group this round, so there's nothing to change. `/settings pairings off` stops regular rounds.")];
  const at = now();
  await store.roundChanges.leave(group.groupId, ctx.member.id, at);
  const me = nameOf(ctx.member);
  const remaining = group.members.filter((m) => m.id !== ctx.member.id);
  const dm = (to: Member, message: OutgoingMessage, key: string): OutboxEntry => ({ communityId: ctx.community.id, platformUserId: to.platformUserId, kind: 'pairing-change', message, dedupeKey: key });
  let partnerNews: string;
  if (remaining.length >= 2) {
    await store.outbox.enqueue(remaining.map((m) => dm(m, trioCarriesOn(me, remaining.map(nameOf)), `pairing-left:${group.groupId}:${ctx.member.id}:${m.id}`)), at);
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
        message: rematched([nameOf(partner), nameOf(spare.member)]),
        dedupeKey: `pairing-intro:${groupId}`,
      }));
      partnerNews = 'I found your partner someone else to debrief with this round.';
    } else {
      await store.outbox.enqueue([dm(partner, partnerCantMake(me), `pairing-left:${group.groupId}:${ctx.member.id}:${partner.id}`)], at);
      partnerNews = "I've let your partner know kindly.";
    }
  } else partnerNews = '';
  const opening = action === 'swap' ? "Okay: you're out of this round." : "Okay: you've left this round.";
  return [ephemeral(`${opening} ${partnerNews} You'll be in the next round as usual; \`/settings pairings off\` stops rounds altogether.`.replace('  ', ' '))];
}

async function avoid(ctx: CommandContext, text: string): Promise<OutgoingMessage[]> {
  const { pairings } = ctx.services.store;
  if (text === '') {
    const list = await pairings.avoidList(ctx.member.id);
    return [
      ephemeral(
        list.length === 0
          ? "Your don't-pair list is empty. `/debrief avoid @someone` adds someone; only you ever see this list."
          : `**Your private don't-pair list** (only you see it)\n${list.map((m) => `- ${nameOf(m)}`).join('\n')}\n\n\`/debrief avoid remove @someone\` takes someone off.`,
      ),
    ];
  }
  const removing = /^(remove|rm|delete|off)\s+/i.exec(text);
  const reference = removing ? text.slice(removing[0].length) : text;
  const target = await findMember(ctx, reference);
  if (!target.ok) return [ephemeral(target.error)];
  if (removing) {
    const removed = await pairings.unavoid(ctx.member.id, target.value.id);
    return [ephemeral(removed ? `${nameOf(target.value)} is off your don't-pair list.` : `${nameOf(target.value)} wasn't on your don't-pair list.`)];
  }
  await pairings.avoid(ctx.member.id, target.value.id);
  return [ephemeral(`Done. I won't pair you with ${nameOf(target.value)}, in rounds or on-demand debriefs. You don't need to explain, and they are never told.`)];
}

async function onDemand(ctx: CommandContext, text: string): Promise<OutgoingMessage[]> {
  const value = text.toLowerCase();
  if (value !== 'on' && value !== 'off') return [ephemeral('Please say `/debrief on-demand on` to be asked for debriefs when a peer needs one, or `/debrief on-demand off`.')];
  await ctx.services.store.pairings.saveProfile(ctx.member.id, { onDemand: value === 'on' });
  return [
    ephemeral(
      value === 'on'
        ? "You're on the list of peers who can be asked for a debrief now. I only ask outside your quiet hours and never while you're paused, and saying no is always fine."
        : "You're off the on-demand list. You can still ask for a debrief yourself with `/debrief now`.",
    ),
  ];
}

async function findMember(ctx: CommandContext, reference: string): Promise<Result<Member>> {
  const id = reference.trim().replace(/^<@!?|>$/g, '').replace(/^@/, '');
  if (!id) return err('Please name the member, like `/debrief avoid @alex`.');
  const { prisma } = ctx.services.store.database;
  const byId = await prisma.member.findUnique({ where: { communityId_platformUserId: { communityId: ctx.community.id, platformUserId: id } } });
  const byName = byId ? [byId] : await prisma.member.findMany({ where: { communityId: ctx.community.id, displayName: { equals: id, mode: 'insensitive' } }, take: 2 });
  if (byName.length !== 1) {
    return err(
      byName.length > 1
        ? `More than one member is called "${short(reference)}". Please use their @mention.`
        : `I don't know a member "${short(reference)}" here yet. They need to have used peercircle once; an @mention works best.`,
    );
  }
  if (byName[0]!.id === ctx.member.id) return err("That's you. You won't be paired with yourself.");
  return ok(byName[0]!);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
