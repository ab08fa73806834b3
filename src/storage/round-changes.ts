import { randomUUID } from 'node:crypto';
import type { Prisma } from './database.js';
import type { Member } from './generated/client.js';
import { enqueueIn, type TimedEntry } from './pairings.js';

/** Leaving a round and re-matching whoever it leaves alone ("can't this week"). */
export class RoundChanges {
  constructor(private readonly prisma: Prisma) {}

  /** Messages about a change in the round, each held until its recipients' quiet hours end. */
  notify(entries: TimedEntry[], at: Date): Promise<void> {
    return enqueueIn(this.prisma, entries, at);
  }

  async leave(groupId: string, memberId: string, at: Date): Promise<boolean> {
    return (await this.prisma.pairingGroupMember.updateMany({ where: { groupId, memberId, leftAt: null }, data: { leftAt: at } })).count > 0;
  }

  /**
   * Someone in the round who could take a partner who was left alone: another member left alone,
   * else one member of the round's trio (which then stays a pair).
   */
  async spareInRound(roundId: string, exceptGroupId: string, forMemberId: string): Promise<{ groupId: string; member: Member; groupmates: Member[] } | null> {
    const groups = await this.prisma.pairingGroup.findMany({
      where: { roundId, id: { not: exceptGroupId } },
      include: { members: { where: { leftAt: null }, include: { member: true } } },
    });
    const candidates = [
      ...groups.filter((g) => g.members.length === 1),
      ...groups.filter((g) => g.members.length === 3),
    ].flatMap((g) => g.members.map((m) => ({ groupId: g.id, member: m.member, groupmates: g.members.filter((o) => o.memberId !== m.memberId).map((o) => o.member) })));
    for (const candidate of candidates) {
      const boundary = await this.prisma.pairingAvoid.count({
        where: { OR: [{ memberId: forMemberId, avoidedId: candidate.member.id }, { memberId: candidate.member.id, avoidedId: forMemberId }] },
      });
      if (boundary === 0) return candidate;
    }
    return null;
  }

  /** Moves two members out of their groups into a new group of the same round, with its introduction. */
  async rematch(roundId: string, moves: { groupId: string; memberId: string }[], at: Date, message: (groupId: string) => TimedEntry): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      for (const move of moves) await tx.pairingGroupMember.updateMany({ where: { groupId: move.groupId, memberId: move.memberId }, data: { leftAt: at } });
      const groupId = randomUUID();
      await tx.pairingGroup.create({ data: { id: groupId, roundId, createdAt: at } });
      await tx.pairingGroupMember.createMany({ data: moves.map((m) => ({ groupId, memberId: m.memberId })) });
      await enqueueIn(tx, [message(groupId)], at);
    });
  }
}
