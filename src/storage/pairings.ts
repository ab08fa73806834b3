import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { workingHoursUtc, type PairingCandidate, type PastMeeting } from '../domain/pairing/index.js';
import type { Prisma } from './database.js';
import type { Member, PairingOutcome, PairingSettings } from './generated/client.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';
import type { OutboxEntry } from './outbox.js';

export type { PairingOutcome, PairingSettings };

/** Rounds of history read back for matching, beyond the repeat window, to prefer long-unmet pairs. */
const EXTRA_HISTORY_ROUNDS = 4;

export interface RoundMember {
  member: Member;
  candidate: PairingCandidate;
}

export interface CurrentGroup {
  groupId: string;
  roundId: string;
  roundDate: string;
  /** Everyone still in the group, the member included. */
  members: Member[];
  outcome: PairingOutcome | null;
}

/** Pairing settings, rounds, private boundaries and on-demand requests. */
export class PairingRepository {
  constructor(private readonly prisma: Prisma) {}

  settings(communityId: string): Promise<PairingSettings | null> {
    return this.prisma.pairingSettings.findUnique({ where: { communityId } });
  }

  async saveSettings(communityId: string, change: Partial<Omit<PairingSettings, 'communityId' | 'updatedAt'>>): Promise<PairingSettings> {
    return this.prisma.pairingSettings.upsert({ where: { communityId }, create: { communityId, ...change }, update: change });
  }

  async profile(memberId: string): Promise<{ onDemand: boolean; attribute: string | null }> {
    const found = await this.prisma.pairingProfile.findUnique({ where: { memberId } });
    return { onDemand: found?.onDemand ?? false, attribute: found?.attribute ?? null };
  }

  async saveProfile(memberId: string, change: { onDemand?: boolean; attribute?: string | null }): Promise<void> {
    await this.prisma.pairingProfile.upsert({ where: { memberId }, create: { memberId, ...change }, update: change });
  }

  async avoid(memberId: string, avoidedId: string): Promise<void> {
    await this.prisma.pairingAvoid.createMany({ data: [{ memberId, avoidedId }], skipDuplicates: true });
  }

  async unavoid(memberId: string, avoidedId: string): Promise<boolean> {
    return (await this.prisma.pairingAvoid.deleteMany({ where: { memberId, avoidedId } })).count > 0;
  }

  async avoidList(memberId: string): Promise<Member[]> {
    const rows = await this.prisma.pairingAvoid.findMany({ where: { memberId }, include: { avoided: true }, orderBy: { createdAt: 'asc' } });
    return rows.map((r) => r.avoided);
  }

  /** Whether either of two members listed the other: a boundary holds both ways and is never explained. */
  async eitherAvoids(a: string, b: string): Promise<boolean> {
    return (await this.prisma.pairingAvoid.count({ where: { OR: [{ memberId: a, avoidedId: b }, { memberId: b, avoidedId: a }] } })) > 0;
  }

  /**
   * Everyone who could take part in a round: peers and admins (a supervisor debriefing their own
   * team is not a peer debrief), with working hours placed in UTC at the round's instant.
   */
  async roundMembers(communityId: string, communityZone: string, at: Date): Promise<RoundMember[]> {
    const members = await this.prisma.member.findMany({
      where: { communityId, role: { not: 'supervisor' } },
      include: { pairingProfile: true },
      orderBy: { createdAt: 'asc' },
    });
    return members.map(({ pairingProfile, ...member }) => {
      const offset = DateTime.fromJSDate(at, { zone: member.timeZone ?? communityZone }).offset;
      return {
        member,
        candidate: {
          id: member.id,
          optedIn: member.pairingsOptIn,
          pausedUntil: member.pausedUntil ? fromDateColumn(member.pausedUntil) : null,
          hours: workingHoursUtc(Number.isFinite(offset) ? offset : 0),
          group: pairingProfile?.attribute ?? null,
        },
      };
    });
  }

  /** Who met whom in the community's last rounds before `beforeDate`; 1 = the latest round. */
  async history(communityId: string, beforeDate: string, rounds: number): Promise<PastMeeting[]> {
    const recent = await this.prisma.pairingRound.findMany({
      where: { communityId, roundDate: { lt: toDateColumn(beforeDate) } },
      orderBy: { roundDate: 'desc' },
      take: rounds + EXTRA_HISTORY_ROUNDS,
      include: { groups: { include: { members: { where: { leftAt: null }, select: { memberId: true } } } } },
    });
    const meetings: PastMeeting[] = [];
    recent.forEach((round, index) => {
      for (const group of round.groups) {
        const ids = group.members.map((m) => m.memberId);
        for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) meetings.push({ a: ids[x]!, b: ids[y]!, roundsAgo: index + 1 });
      }
    });
    return meetings;
  }

  async avoidPairs(communityId: string): Promise<[string, string][]> {
    const rows = await this.prisma.pairingAvoid.findMany({ where: { member: { communityId } }, select: { memberId: true, avoidedId: true } });
    return rows.map((r) => [r.memberId, r.avoidedId]);
  }

  async roundExists(communityId: string, roundDate: string): Promise<boolean> {
    return (await this.prisma.pairingRound.count({ where: { communityId, roundDate: toDateColumn(roundDate) } })) > 0;
  }

  /**
   * Claims the round (its unique community + date) and writes its groups and messages in one
   * transaction: exactly one process wins, and a claim never exists without its introductions.
   * `messages` receives each new group's id and members. Returns false when another process won.
   */
  async createRound(
    round: { communityId: string; roundDate: string; halfwayAt: Date; at: Date },
    groups: string[][],
    messages: (groups: { groupId: string; memberIds: string[] }[], roundId: string) => OutboxEntry[],
  ): Promise<boolean> {
    return this.prisma.$transaction(
      async (tx) => {
        const roundId = randomUUID();
        const claimed = await tx.pairingRound.createMany({
          data: [{ id: roundId, communityId: round.communityId, roundDate: toDateColumn(round.roundDate), halfwayAt: round.halfwayAt, createdAt: round.at }],
          skipDuplicates: true,
        });
        if (claimed.count === 0) return false;
        const made = groups.map((memberIds) => ({ groupId: randomUUID(), memberIds }));
        await tx.pairingGroup.createMany({ data: made.map((g) => ({ id: g.groupId, roundId, createdAt: round.at })) });
        await tx.pairingGroupMember.createMany({ data: made.flatMap((g) => g.memberIds.map((memberId) => ({ groupId: g.groupId, memberId }))) });
        await enqueueIn(tx, messages(made, roundId), round.at);
        return true;
      },
      { timeout: 60_000 },
    );
  }

  /** The member's group in the community's latest round, while they are still in it. */
  async currentGroup(communityId: string, memberId: string): Promise<CurrentGroup | null> {
    const latest = await this.prisma.pairingRound.findFirst({ where: { communityId }, orderBy: { roundDate: 'desc' } });
    if (!latest) return null;
    const mine = await this.prisma.pairingGroupMember.findFirst({
      where: { memberId, leftAt: null, group: { roundId: latest.id } },
      include: { group: { include: { members: { where: { leftAt: null }, include: { member: true } } } } },
    });
    if (!mine) return null;
    return {
      groupId: mine.groupId,
      roundId: latest.id,
      roundDate: fromDateColumn(latest.roundDate),
      members: mine.group.members.map((m) => m.member),
      outcome: mine.outcome,
    };
  }

  /** Debriefs the member has had: rounds they stayed in, and on-demand debriefs on either side. */
  async historyCount(memberId: string): Promise<{ rounds: number; met: number; onDemand: number }> {
    const [rounds, met, onDemand] = await Promise.all([
      this.prisma.pairingGroupMember.count({ where: { memberId, leftAt: null } }),
      this.prisma.pairingGroupMember.count({ where: { memberId, leftAt: null, outcome: 'met' } }),
      this.prisma.debriefRequest.count({ where: { status: 'matched', OR: [{ requesterId: memberId }, { matchedPeerId: memberId }] } }),
    ]);
    return { rounds, met, onDemand };
  }

  async recordOutcome(groupId: string, memberId: string, outcome: PairingOutcome): Promise<boolean> {
    return (await this.prisma.pairingGroupMember.updateMany({ where: { groupId, memberId, leftAt: null }, data: { outcome } })).count > 0;
  }

  /** Rounds whose "Did you meet?" time has come and that nobody has asked yet. */
  dueHalfwayChecks(at: Date) {
    return this.prisma.pairingRound.findMany({
      where: { halfwayAt: { lte: at }, checkSentAt: null },
      include: {
        community: { select: { id: true } },
        groups: { include: { members: { where: { leftAt: null }, include: { member: { select: { platformUserId: true, displayName: true } } } } } },
      },
    });
  }

  /** Claims a round's halfway check and queues its messages together; false when another process did. */
  async claimHalfwayCheck(roundId: string, at: Date, entries: OutboxEntry[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.pairingRound.updateMany({ where: { id: roundId, checkSentAt: null }, data: { checkSentAt: at } });
      if (claimed.count === 0) return false;
      await enqueueIn(tx, entries, at);
      return true;
    });
  }
}

type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

export async function enqueueIn(tx: Tx, entries: OutboxEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return;
  await tx.outboxMessage.createMany({
    data: entries.map((e) => ({
      communityId: e.communityId,
      platformUserId: e.platformUserId,
      platformUserIds: e.platformUserIds ?? [],
      channelId: e.channelId ?? null,
      kind: e.kind,
      payload: e.message as object,
      dedupeKey: e.dedupeKey,
      nextAttemptAt: at,
      createdAt: at,
    })),
    skipDuplicates: true,
  });
}

/** Leaving a round and re-matching whoever it leaves alone ("can't this week"). */
export class RoundChanges {
  constructor(private readonly prisma: Prisma) {}

  async leave(groupId: string, memberId: string, at: Date): Promise<boolean> {
    return (await this.prisma.pairingGroupMember.updateMany({ where: { groupId, memberId, leftAt: null }, data: { leftAt: at } })).count > 0;
  }

  /**
   * Someone in the round who could take a partner who was left alone: another member left alone,
   * else one member of the round's trio (which then stays a pair).
   */
  async spareInRound(roundId: string, exceptGroupId: string, forMemberId: string): Promise<{ groupId: string; member: Member } | null> {
    const groups = await this.prisma.pairingGroup.findMany({
      where: { roundId, id: { not: exceptGroupId } },
      include: { members: { where: { leftAt: null }, include: { member: true } } },
    });
    const candidates = [
      ...groups.filter((g) => g.members.length === 1),
      ...groups.filter((g) => g.members.length === 3),
    ].flatMap((g) => g.members.map((m) => ({ groupId: g.id, member: m.member })));
    for (const candidate of candidates) {
      const boundary = await this.prisma.pairingAvoid.count({
        where: { OR: [{ memberId: forMemberId, avoidedId: candidate.member.id }, { memberId: candidate.member.id, avoidedId: forMemberId }] },
      });
      if (boundary === 0) return candidate;
    }
    return null;
  }

  /** Moves two members out of their groups into a new group of the same round, with its introduction. */
  async rematch(roundId: string, moves: { groupId: string; memberId: string }[], at: Date, message: (groupId: string) => OutboxEntry): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      for (const move of moves) await tx.pairingGroupMember.updateMany({ where: { groupId: move.groupId, memberId: move.memberId }, data: { leftAt: at } });
      const groupId = randomUUID();
      await tx.pairingGroup.create({ data: { id: groupId, roundId, createdAt: at } });
      await tx.pairingGroupMember.createMany({ data: moves.map((m) => ({ groupId, memberId: m.memberId })) });
      await enqueueIn(tx, [message(groupId)], at);
    });
  }
}
