import type { Prisma } from './database.js';
import type { DebriefRequest, Member } from './generated/client.js';
import { enqueueIn } from './pairings.js';
import type { OutboxEntry } from './outbox.js';

export type { DebriefRequest };

export type AcceptOutcome =
  | { kind: 'connected'; request: DebriefRequest; requester: Member; others: Member[] }
  | { kind: 'covered' }
  | { kind: 'closed' };

/** "/debrief now": requests, the peers asked, and who accepted first. */
export class DebriefRequestRepository {
  constructor(private readonly prisma: Prisma) {}

  openFor(requesterId: string): Promise<DebriefRequest | null> {
    return this.prisma.debriefRequest.findFirst({ where: { requesterId, status: 'open' } });
  }

  /** Peers who offered on-demand debriefs, other than the requester and supervisors, with their settings. */
  onDemandPeers(communityId: string, requesterId: string): Promise<Member[]> {
    return this.prisma.member.findMany({
      where: {
        communityId,
        id: { not: requesterId },
        role: { not: 'supervisor' },
        pairingProfile: { onDemand: true },
        // A boundary holds both ways: neither is asked about the other.
        avoiding: { none: { avoidedId: requesterId } },
        avoidedBy: { none: { memberId: requesterId } },
      },
    });
  }

  /** Peers asked for the community's latest request: nobody is asked twice in a row. */
  async askedLastTime(communityId: string): Promise<Set<string>> {
    const last = await this.prisma.debriefRequest.findFirst({ where: { communityId }, orderBy: { createdAt: 'desc' }, include: { offers: { select: { peerId: true } } } });
    return new Set(last?.offers.map((o) => o.peerId) ?? []);
  }

  /** The request, its offers and the messages asking each peer, in one transaction. */
  async create(
    request: { communityId: string; requesterId: string; expiresAt: Date; at: Date },
    peerIds: string[],
    messages: (requestId: string) => OutboxEntry[],
  ): Promise<DebriefRequest> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.debriefRequest.create({ data: { ...pick(request), createdAt: request.at } });
      await tx.debriefOffer.createMany({ data: peerIds.map((peerId) => ({ requestId: created.id, peerId, askedAt: request.at })) });
      await enqueueIn(tx, messages(created.id), request.at);
      return created;
    });
  }

  /**
   * A peer said yes. The first yes wins (a conditional update on the open request), and in the
   * same transaction the pair's conversation and the "it's covered" notes to the others are queued.
   */
  async accept(requestId: string, peerId: string, at: Date, messages: (requester: Member, peer: Member, others: Member[]) => OutboxEntry[]): Promise<AcceptOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const request = await tx.debriefRequest.findUnique({ where: { id: requestId }, include: { offers: { include: { peer: true } }, requester: true } });
      if (!request || !request.offers.some((o) => o.peerId === peerId)) return { kind: 'closed' };
      const won = await tx.debriefRequest.updateMany({ where: { id: requestId, status: 'open' }, data: { status: 'matched', matchedPeerId: peerId, closedAt: at } });
      if (won.count === 0) return { kind: request.status === 'matched' ? 'covered' : 'closed' };
      await tx.debriefOffer.update({ where: { requestId_peerId: { requestId, peerId } }, data: { status: 'accepted' } });
      await tx.debriefOffer.updateMany({ where: { requestId, status: 'asked' }, data: { status: 'covered' } });
      const peer = request.offers.find((o) => o.peerId === peerId)!.peer;
      const others = request.offers.filter((o) => o.peerId !== peerId && o.status === 'asked').map((o) => o.peer);
      await enqueueIn(tx, messages(request.requester, peer, others), at);
      return { kind: 'connected', request, requester: request.requester, others };
    });
  }

  /** A peer said not today. Returns true when nobody asked is left to answer. */
  async decline(requestId: string, peerId: string): Promise<boolean> {
    await this.prisma.debriefOffer.updateMany({ where: { requestId, peerId, status: 'asked' }, data: { status: 'declined' } });
    return (await this.prisma.debriefOffer.count({ where: { requestId, status: 'asked' } })) === 0;
  }

  /** Open requests past their wait, or with every peer declined. */
  dueToClose(at: Date) {
    return this.prisma.debriefRequest.findMany({
      where: { status: 'open', OR: [{ expiresAt: { lte: at } }, { offers: { none: { status: 'asked' } } }] },
      include: { requester: true, offers: { where: { status: 'asked' }, include: { peer: true } } },
    });
  }

  /** Closes an open request unanswered, with its messages; false when it was answered or closed meanwhile. */
  async expire(requestId: string, at: Date, entries: OutboxEntry[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const closed = await tx.debriefRequest.updateMany({ where: { id: requestId, status: 'open' }, data: { status: 'expired', closedAt: at } });
      if (closed.count === 0) return false;
      await tx.debriefOffer.updateMany({ where: { requestId, status: 'asked' }, data: { status: 'covered' } });
      await enqueueIn(tx, entries, at);
      return true;
    });
  }
}

const pick = (r: { communityId: string; requesterId: string; expiresAt: Date }) => ({ communityId: r.communityId, requesterId: r.requesterId, expiresAt: r.expiresAt });
