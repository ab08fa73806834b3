import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { workingHoursUtc, type PairingCandidate, type PastMeeting } from '../domain/pairing/index.js';
import type { Prisma } from './database.js';
import type { Member, PairingOutcome, PairingSettings } from './generated/client.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';
import { deliverByOf, type OutboxEntry } from './outbox.js';

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
    // Tuning a setting never turns rounds on by itself: only choosing a schedule does.
    return this.prisma.pairingSettings.upsert({ where: { communityId }, create: { communityId, enabled: false, ...change }, update: change });
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
    const offsets = new Map<string, number>();
    const offsetOf = (zone: string) => {
      if (!offsets.has(zone)) offsets.set(zone, DateTime.fromJSDate(at, { zone }).offset);
      return offsets.get(zone)!;
    };
    return members.map(({ pairingProfile, ...member }) => {
      const offset = offsetOf(member.timeZone ?? communityZone);
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
    // Flat rows in one query: a large community's 20 rounds are hundreds of thousands of places.
    const rows = await this.prisma.$queryRaw<{ rank: number; group_id: string; member_id: string }[]>`
      WITH recent AS (
        SELECT id, row_number() OVER (ORDER BY round_date DESC)::int AS rank
        FROM pairing_rounds
        WHERE community_id = ${communityId}::uuid AND round_date < ${beforeDate}::date
        ORDER BY round_date DESC
        LIMIT ${rounds + EXTRA_HISTORY_ROUNDS}
      )
      SELECT r.rank, gm.group_id, gm.member_id
      FROM recent r
      JOIN pairing_groups g ON g.round_id = r.id
      JOIN pairing_group_members gm ON gm.group_id = g.id AND gm.left_at IS NULL
      ORDER BY gm.group_id`;
    const meetings: PastMeeting[] = [];
    for (let start = 0; start < rows.length; ) {
      let end = start;
      while (end < rows.length && rows[end]!.group_id === rows[start]!.group_id) end++;
      for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) meetings.push({ a: rows[x]!.member_id, b: rows[y]!.member_id, roundsAgo: rows[x]!.rank });
      start = end;
    }
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
    messages: (groups: { groupId: string; memberIds: string[] }[], roundId: string) => TimedEntry[],
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
        // One statement each, however many groups: a round of 10,000 members stays one short transaction.
        await tx.$executeRaw`
          INSERT INTO pairing_groups (id, round_id, created_at)
          SELECT g, ${roundId}::uuid, (${round.at}::timestamptz AT TIME ZONE 'UTC') FROM unnest(${made.map((g) => g.groupId)}::uuid[]) AS g`;
        const places = made.flatMap((g) => g.memberIds.map((memberId) => [g.groupId, memberId] as const));
        await tx.$executeRaw`
          INSERT INTO pairing_group_members (group_id, member_id)
          SELECT * FROM unnest(${places.map((p) => p[0])}::uuid[], ${places.map((p) => p[1])}::uuid[])`;
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
        community: { select: { id: true, timeZone: true } },
        groups: { include: { members: { where: { leftAt: null }, include: { member: { select: { platformUserId: true, displayName: true, timeZone: true, quietStart: true, quietEnd: true } } } } } },
      },
    });
  }

  /** Claims a round's halfway check and queues its messages together; false when another process did. */
  async claimHalfwayCheck(roundId: string, at: Date, entries: TimedEntry[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.pairingRound.updateMany({ where: { id: roundId, checkSentAt: null }, data: { checkSentAt: at } });
      if (claimed.count === 0) return false;
      await enqueueIn(tx, entries, at);
      return true;
    });
  }

  /** Rounds asked "Did you meet?" by `askedBy` and not reminded yet, with who has not answered. */
  dueCheckReminders(askedBy: Date) {
    return this.prisma.pairingRound.findMany({
      where: { checkSentAt: { lte: askedBy }, checkRemindedAt: null },
      include: {
        community: { select: { id: true, timeZone: true } },
        groups: { include: { members: { where: { leftAt: null }, include: { member: { select: { platformUserId: true, displayName: true, timeZone: true, quietStart: true, quietEnd: true } } } } } },
      },
    });
  }

  /** Claims a round's one reminder and queues its messages together; false when another process did. */
  async claimCheckReminder(roundId: string, at: Date, entries: TimedEntry[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.pairingRound.updateMany({ where: { id: roundId, checkRemindedAt: null }, data: { checkRemindedAt: at } });
      if (claimed.count === 0) return false;
      await enqueueIn(tx, entries, at);
      return true;
    });
  }
}

type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

/** An outbox entry that waits, e.g. until its recipients' quiet hours are over. */
export type TimedEntry = OutboxEntry & { notBefore?: Date };

/** Queues outbox messages in one statement (a round queues thousands), skipping any already queued. */
export async function enqueueIn(tx: Tx, entries: TimedEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return;
  const due = (e: TimedEntry) => (e.notBefore && e.notBefore > at ? e.notBefore : at);
  await tx.$executeRaw`
    INSERT INTO outbox (community_id, platform_user_id, platform_user_ids, channel_id, kind, payload, dedupe_key, next_attempt_at, created_at, deliver_by)
    SELECT i.community_id, i.platform_user_id, ARRAY(SELECT jsonb_array_elements_text(i.ids::jsonb)), i.channel_id, i.kind, i.payload::jsonb, i.dedupe_key,
           (i.next_attempt_at AT TIME ZONE 'UTC'), (${at}::timestamptz AT TIME ZONE 'UTC'), (i.deliver_by AT TIME ZONE 'UTC')
    FROM unnest(
      ${entries.map((e) => e.communityId)}::uuid[],
      ${entries.map((e) => e.platformUserId)}::text[],
      ${entries.map((e) => JSON.stringify(e.platformUserIds ?? []))}::text[],
      ${entries.map((e) => e.channelId ?? null)}::text[],
      ${entries.map((e) => e.kind)}::text[],
      ${entries.map((e) => JSON.stringify(e.message))}::text[],
      ${entries.map((e) => e.dedupeKey)}::text[],
      ${entries.map((e) => due(e).toISOString())}::timestamptz[],
      ${entries.map((e) => deliverByOf(e, due(e))?.toISOString() ?? null)}::timestamptz[]
    ) AS i(community_id, platform_user_id, ids, channel_id, kind, payload, dedupe_key, next_attempt_at, deliver_by)
    ON CONFLICT (dedupe_key) DO NOTHING`;
}
