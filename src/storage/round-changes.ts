import { randomUUID } from 'node:crypto';
import { PeercircleError } from '../core/errors.js';
import type { Prisma } from './database.js';
import type { Member } from './generated/client.js';
import { enqueueIn, type TimedEntry } from './pairings.js';

type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

/** Someone in the round who can take a partner left alone, and who they leave behind. */
export interface Spare {
  groupId: string;
  member: Member;
  groupmates: Member[];
}

/** What a member leaving the round changed. */
export interface RoundLeave {
  /** The group they left. */
  groupId: string;
  /** Everyone still in that group when they left. */
  remaining: Member[];
  /** Set when the one they left alone was re-matched: the new group and who joined them. */
  rematch: { groupId: string; spare: Spare } | null;
}

/** Leaving a round and re-matching whoever it leaves alone ("can't this week"). */
export class RoundChanges {
  constructor(private readonly prisma: Prisma) {}

  /**
   * The member leaves their group in the community's latest round; a partner left alone is
   * re-matched with someone spare; `messages` are queued with the change. All in one transaction
   * that holds the round's row lock: changes to one round take turns, each reading what the last
   * one wrote, so two swaps at once never pick the same spare, take two people from one trio, or
   * re-match someone who has just left. Null when the member is in no group of that round.
   */
  leave(communityId: string, memberId: string, at: Date, messages: (change: RoundLeave) => TimedEntry[]): Promise<RoundLeave | null> {
    return this.prisma.$transaction(
      async (tx) => {
        const round = await tx.pairingRound.findFirst({ where: { communityId }, orderBy: { roundDate: 'desc' }, select: { id: true } });
        if (!round) return null;
        await tx.$queryRaw`SELECT id FROM pairing_rounds WHERE id = ${round.id}::uuid FOR UPDATE`;
        const mine = await tx.pairingGroupMember.findFirst({
          where: { memberId, leftAt: null, group: { roundId: round.id } },
          include: { group: { include: { members: { where: { leftAt: null }, include: { member: true } } } } },
        });
        if (!mine) return null;
        await takePlace(tx, mine.groupId, memberId, at);
        const remaining = mine.group.members.filter((m) => m.memberId !== memberId).map((m) => m.member);
        const partner = remaining.length === 1 ? remaining[0]! : null;
        const spare = partner ? await spareIn(tx, round.id, mine.groupId, partner.id) : null;
        let rematch: RoundLeave['rematch'] = null;
        if (partner && spare) {
          await takePlace(tx, mine.groupId, partner.id, at);
          await takePlace(tx, spare.groupId, spare.member.id, at);
          const groupId = randomUUID();
          await tx.pairingGroup.create({ data: { id: groupId, roundId: round.id, createdAt: at } });
          await tx.pairingGroupMember.createMany({ data: [partner.id, spare.member.id].map((id) => ({ groupId, memberId: id })) });
          rematch = { groupId, spare };
        }
        const change = { groupId: mine.groupId, remaining, rematch };
        await enqueueIn(tx, messages(change), at);
        return change;
      },
      // Concurrent changes to one round wait for each other's lock inside their transactions.
      { maxWait: 10_000, timeout: 20_000 },
    );
  }
}

/**
 * Marks a member as gone from a group, on condition they are still in it. Under the round lock it
 * always holds; if it ever did not, the whole change rolls back rather than put anyone in two groups.
 */
async function takePlace(tx: Tx, groupId: string, memberId: string, at: Date): Promise<void> {
  const { count } = await tx.pairingGroupMember.updateMany({ where: { groupId, memberId, leftAt: null }, data: { leftAt: at } });
  if (count !== 1) throw new PeercircleError('INTERNAL', 'A round changed under a re-match; nothing was written.');
}

/**
 * Someone in the round who could take a partner who was left alone: another member left alone,
 * else one member of the round's trio (which then stays a pair). Never across a private boundary.
 */
async function spareIn(tx: Tx, roundId: string, exceptGroupId: string, forMemberId: string): Promise<Spare | null> {
  const groups = await tx.pairingGroup.findMany({
    where: { roundId, id: { not: exceptGroupId } },
    include: { members: { where: { leftAt: null }, include: { member: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const candidates = [...groups.filter((g) => g.members.length === 1), ...groups.filter((g) => g.members.length === 3)].flatMap((g) =>
    g.members.map((m) => ({ groupId: g.id, member: m.member, groupmates: g.members.filter((o) => o.memberId !== m.memberId).map((o) => o.member) })),
  );
  for (const candidate of candidates) {
    const boundary = await tx.pairingAvoid.count({
      where: { OR: [{ memberId: forMemberId, avoidedId: candidate.member.id }, { memberId: candidate.member.id, avoidedId: forMemberId }] },
    });
    if (boundary === 0) return candidate;
  }
  return null;
}
