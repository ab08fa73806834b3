import type { CommandContext } from '../../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';
import { alreadyCovered, askPeer, nameOf, onDemandIntroduction } from '../../src/core/pairing-messages.js';
import { localClockOf, localDateOf } from '../../src/domain/local-time.js';
import { isQuietAt } from '../../src/domain/quiet-hours.js';
import { closeUnansweredRequests } from '../../src/scheduling/due-pairings.js';
import type { OutboxEntry } from '../../src/storage/outbox.js';

/** How many on-demand peers are asked at once. */
const PEERS_ASKED = 5;
const DEFAULT_WAIT_MINUTES = 30;

/** `/debrief now`: ask free on-demand peers, without saying who asks; the first yes connects the two. */
export async function requestNow(ctx: CommandContext): Promise<OutgoingMessage[]> {
  const { store, now, random } = ctx.services;
  if (await store.debriefRequests.openFor(ctx.member.id)) {
    return [ephemeral("I'm still asking peers for you. I'll connect you as soon as one says yes, or let you know if nobody can.")];
  }
  const at = now();
  const settings = await store.pairings.settings(ctx.community.id);
  const waitMinutes = settings?.onDemandWaitMinutes ?? DEFAULT_WAIT_MINUTES;
  const askedLastTime = await store.debriefRequests.askedLastTime(ctx.community.id);
  const peers = await store.debriefRequests.onDemandPeers(ctx.community.id, ctx.member.id);
  const unavailable = { quiet: 0, paused: 0, askedLastTime: 0 };
  const available = peers.filter((peer) => {
    const zone = peer.timeZone ?? ctx.community.timeZone;
    const paused = peer.pausedUntil !== null && peer.pausedUntil.toISOString().slice(0, 10) > localDateOf(at, zone);
    const quiet = isQuietAt(peer.quietStart && peer.quietEnd ? { start: peer.quietStart, end: peer.quietEnd } : null, localClockOf(at, zone));
    if (paused) unavailable.paused++;
    else if (quiet) unavailable.quiet++;
    else if (askedLastTime.has(peer.id)) unavailable.askedLastTime++;
    return !paused && !quiet && !askedLastTime.has(peer.id);
  });
  const asked = shuffle(available, random).slice(0, PEERS_ASKED);
  if (asked.length === 0) {
    return [
      ephemeral(
        [
          peers.length === 0
            ? "I'm sorry: nobody here has signed up to be asked for on-demand debriefs yet, so there's no one I can ask right now. (Peers can join with `/debrief on-demand on`.)"
            : `I'm sorry: no peer who takes on-demand debriefs is free right now (${whyNobody(unavailable)}).`,
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

/** A peer's answer to being asked: the first yes wins; when every peer said no, the member hears at once. */
export async function answerOffer(ctx: CommandContext, requestId: string, answer: string): Promise<OutgoingMessage[]> {
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

/** `/debrief on-demand on|off`. */
export async function onDemand(ctx: CommandContext, text: string): Promise<OutgoingMessage[]> {
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

/** Only the reasons that are true right now, in plain words. */
function whyNobody(counts: { quiet: number; paused: number; askedLastTime: number }): string {
  const reasons = [
    counts.quiet > 0 ? "it's their quiet hours" : '',
    counts.paused > 0 ? "they're taking a break" : '',
    counts.askedLastTime > 0 ? 'I asked them for the last request and give them a rest' : '',
  ].filter((reason) => reason !== '');
  return reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} or ${reasons.at(-1)}` : (reasons[0] ?? 'they are all busy');
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
