import { DateTime } from 'luxon';
import { didYouMeet, didYouMeetReminder, nameOf, noLongerNeeded, nobodyFree, notMatchedThisRound, roundIntroduction } from '../core/pairing-messages.js';
import { matchRound } from '../domain/pairing/index.js';
import { halfwayDays, isRoundDate, type Cadence } from '../domain/pairing/cadence.js';
import { asleeper, firstAwakeInstant } from '../domain/pairing/awake.js';
import type { OutboxEntry } from '../storage/outbox.js';
import type { TimedEntry } from '../storage/pairings.js';
import type { Store } from '../storage/store.js';

/**
 * Pairing rounds whose day and local time have come (on the round's own local date; a round missed
 * for a whole day is skipped, not started late). Each is matched, then claimed with its groups and
 * introductions in one transaction, so with any number of processes a round is created once.
 */
export async function queueDueRounds(store: Store, at: Date, random: () => number = Math.random): Promise<number> {
  const { prisma } = store.database;
  const all = await prisma.pairingSettings.findMany({ where: { enabled: true }, include: { community: true } });
  let created = 0;
  for (const settings of all) {
    const { community } = settings;
    const local = DateTime.fromJSDate(at, { zone: community.timeZone });
    const roundDate = local.toISODate()!;
    if (!isRoundDate(settings.cadence as Cadence, settings.weekday, roundDate) || local.toFormat('HH:mm') < settings.time) continue;
    if (await store.pairings.roundExists(community.id, roundDate)) continue;

    const people = await store.pairings.roundMembers(community.id, community.timeZone, at);
    const result = matchRound({
      roundDate,
      members: people.map((p) => p.candidate),
      history: await store.pairings.history(community.id, roundDate, settings.repeatWindow),
      avoid: await store.pairings.avoidPairs(community.id),
      repeatWindow: settings.repeatWindow,
      crossGroup: settings.crossGroup,
      random,
    });
    const byId = new Map(people.map((p) => [p.member.id, p.member]));
    const sleeper = (id: string) => asleeper(byId.get(id)!, community.timeZone);
    const halfwayAt = new Date(at.getTime() + halfwayDays(settings.cadence as Cadence) * 24 * 3600 * 1000);
    const won = await store.pairings.createRound({ communityId: community.id, roundDate, halfwayAt, at }, result.groups, (groups, roundId) => [
      ...groups.map(({ groupId, memberIds }): TimedEntry => {
        const members = memberIds.map((id) => byId.get(id)!);
        return {
          // The shared conversation opens when none of them is in quiet hours.
          notBefore: firstAwakeInstant(at, memberIds.map(sleeper)),
          communityId: community.id,
          platformUserId: members[0]!.platformUserId,
          platformUserIds: members.map((m) => m.platformUserId),
          kind: 'pairing-intro',
          message: roundIntroduction(members.map(nameOf)),
          dedupeKey: `pairing-intro:${groupId}`,
        };
      }),
      // Never left out silently: whoever could not be matched is told, kindly.
      ...result.unmatched.map((id): TimedEntry => ({
        notBefore: firstAwakeInstant(at, [sleeper(id)]),
        communityId: community.id,
        platformUserId: byId.get(id)!.platformUserId,
        kind: 'pairing-unmatched',
        message: notMatchedThisRound,
        dedupeKey: `pairing-unmatched:${roundId}:${id}`,
      })),
    ]);
    if (won) created++;
  }
  return created;
}

/** "Did you meet?" halfway through each round, to every member still in a group; claimed once per round. */
export async function queueHalfwayChecks(store: Store, at: Date): Promise<number> {
  let queued = 0;
  for (const round of await store.pairings.dueHalfwayChecks(at)) {
    const entries = round.groups.flatMap((group) =>
      group.members.length < 2
        ? []
        : group.members.map((gm): TimedEntry => ({
            notBefore: firstAwakeInstant(at, [asleeper(gm.member, round.community.timeZone)]),
            communityId: round.communityId,
            platformUserId: gm.member.platformUserId,
            kind: 'pairing-check',
            message: didYouMeet(group.id, group.members.filter((o) => o.memberId !== gm.memberId).map((o) => nameOf(o.member))),
            dedupeKey: `pairing-check:${group.id}:${gm.memberId}`,
          })),
    );
    if (await store.pairings.claimHalfwayCheck(round.id, at, entries)) queued += entries.length;
  }
  return queued;
}

/** The one reminder comes a day after "Did you meet?". */
const REMINDER_AFTER_MS = 24 * 3600 * 1000;
/** After downtime, a reminder more than a day late is dropped: the round has moved on. */
const REMINDER_LATE_MS = 24 * 3600 * 1000;

/** One reminder to each member still in a pair who has not answered "Did you meet?"; claimed once per round. */
export async function queueCheckReminders(store: Store, at: Date): Promise<number> {
  let queued = 0;
  for (const round of await store.pairings.dueCheckReminders(new Date(at.getTime() - REMINDER_AFTER_MS))) {
    const late = at.getTime() - round.checkSentAt!.getTime() > REMINDER_AFTER_MS + REMINDER_LATE_MS;
    const entries = round.groups.flatMap((group) =>
      late || group.members.length < 2
        ? []
        : group.members
            .filter((gm) => gm.outcome === null)
            .map((gm): TimedEntry => ({
              notBefore: firstAwakeInstant(at, [asleeper(gm.member, round.community.timeZone)]),
              communityId: round.communityId,
              platformUserId: gm.member.platformUserId,
              kind: 'pairing-check-reminder',
              message: didYouMeetReminder(group.id, group.members.filter((o) => o.memberId !== gm.memberId).map((o) => nameOf(o.member))),
              dedupeKey: `pairing-check-reminder:${group.id}:${gm.memberId}`,
            })),
    );
    if (await store.pairings.claimCheckReminder(round.id, at, entries)) queued += entries.length;
  }
  return queued;
}

/**
 * On-demand requests nobody accepted in time (or every peer declined): the member is told and
 * offered other help, and peers still asked are told it has closed. Claimed once per request.
 */
export async function closeUnansweredRequests(store: Store, at: Date): Promise<number> {
  let closed = 0;
  for (const request of await store.debriefRequests.dueToClose(at)) {
    const supervisors = await store.members.supervisors(request.communityId);
    const entries: OutboxEntry[] = [
      {
        communityId: request.communityId,
        platformUserId: request.requester.platformUserId,
        kind: 'debrief-unanswered',
        message: nobodyFree(supervisors.length > 0),
        dedupeKey: `debrief-unanswered:${request.id}`,
      },
      ...request.offers.map((o): OutboxEntry => ({
        communityId: request.communityId,
        platformUserId: o.peer.platformUserId,
        kind: 'debrief-closed',
        message: noLongerNeeded,
        dedupeKey: `debrief-closed:${request.id}:${o.peerId}`,
      })),
    ];
    if (await store.debriefRequests.expire(request.id, at, entries)) closed++;
  }
  return closed;
}

