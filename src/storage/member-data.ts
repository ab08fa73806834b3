import { forgetMemberInAudit } from './audit-log.js';
import type { Prisma } from './database.js';
import { fromDateColumn } from './local-date-column.js';
import { removeFromPromptBatches } from './prompt-batches.js';

/** Everything the bot holds about one member, for them to take away. Nothing about anyone else. */
export async function exportMemberData(prisma: Prisma, memberId: string, openNote: (stored: string) => string): Promise<object> {
  const member = await prisma.member.findUniqueOrThrow({
    where: { id: memberId },
    include: {
      community: { select: { platform: true, externalId: true, name: true } },
      checkIns: { orderBy: { localDate: 'asc' } },
      reflections: { orderBy: { item: 'asc' } },
      prompts: { orderBy: { localDate: 'asc' } },
      checkinSession: true,
      escalations: { orderBy: { raisedAt: 'asc' }, include: { events: { orderBy: { id: 'asc' } } } },
      pairingProfile: true,
      avoiding: { orderBy: { createdAt: 'asc' }, include: { avoided: { select: { platformUserId: true, displayName: true } } } },
      pairingGroups: { include: { group: { include: { round: true, _count: { select: { members: true } } } } } },
      debriefRequests: { orderBy: { createdAt: 'asc' } },
      debriefOffers: { orderBy: { askedAt: 'asc' } },
    },
  });
  const messages = await prisma.outboxMessage.findMany({
    where: {
      communityId: member.communityId,
      channelId: null,
      OR: [{ platformUserId: member.platformUserId }, { platformUserIds: { has: member.platformUserId } }],
    },
    orderBy: { id: 'asc' },
  });
  // Admin and supervisor actions they took, or that were about them (a role change).
  const audit = await prisma.auditEntry.findMany({ where: { OR: [{ actorId: memberId }, { subjectId: memberId }] }, orderBy: { id: 'asc' } });
  return {
    exportedAt: new Date().toISOString(),
    community: member.community,
    you: {
      platformUserId: member.platformUserId,
      displayName: member.displayName,
      role: member.role,
      timeZone: member.timeZone,
      checkinTime: member.checkinTime,
      checkinWeekdays: member.checkinWeekdays,
      quietHours: member.quietStart ? { start: member.quietStart, end: member.quietEnd } : null,
      pausedUntil: member.pausedUntil ? fromDateColumn(member.pausedUntil) : null,
      checkinsOptIn: member.checkinsOptIn,
      pairingsOptIn: member.pairingsOptIn,
      consentNameToSupervisor: member.consentNameToSupervisor,
      consentNameOnSignal: member.consentNameOnSignal,
      firstContact: member.onboardedAt,
    },
    checkIns: member.checkIns.map((c) => ({ date: fromDateColumn(c.localDate), answers: c.answers, note: c.note === null ? null : openNote(c.note), completedAt: c.completedAt })),
    boundariesReflection: member.reflections.map((r) => ({ item: r.item + 1, answer: r.answer })),
    checkInInProgress: member.checkinSession
      ? { date: fromDateColumn(member.checkinSession.localDate), step: member.checkinSession.step, redoAnswersSoFar: member.checkinSession.draft }
      : null,
    checkInPrompts: member.prompts.map((p) => ({ date: fromDateColumn(p.localDate), promptedAt: p.promptedAt, remindedAt: p.remindedAt })),
    supportSignals: member.escalations.map((e) => ({
      rule: e.rule,
      level: e.level,
      status: e.status,
      namedToSupervisors: e.named,
      raisedAt: e.raisedAt,
      history: e.events.map((ev) => ({ event: ev.event, at: ev.at })),
    })),
    debriefPairings: {
      onDemandDebriefs: member.pairingProfile?.onDemand ?? false,
      attributeForCrossGroupRounds: member.pairingProfile?.attribute ?? null,
      // Your own private list: nobody else ever sees it.
      dontPairWith: member.avoiding.map((a) => a.avoided.displayName ?? a.avoided.platformUserId),
      // Who the partners were is theirs as much as yours: only the group's size is exported.
      rounds: member.pairingGroups
        .map((g) => ({ roundDate: fromDateColumn(g.group.round.roundDate), groupSize: g.group._count.members, didYouMeet: g.outcome, leftRound: g.leftAt }))
        .sort((a, b) => a.roundDate.localeCompare(b.roundDate)),
      debriefsYouAskedFor: member.debriefRequests.map((r) => ({ askedAt: r.createdAt, status: r.status })),
      debriefsYouWereAskedToTake: member.debriefOffers.map((o) => ({ askedAt: o.askedAt, answer: o.status })),
    },
    messagesSentToYou: messages.map((m) => ({ kind: m.kind, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt })),
    auditLog: audit.map((a) => ({ at: a.at, action: a.action, asRole: a.actorRole, byYou: a.actorId === memberId, aboutYou: a.subjectId === memberId, details: a.details })),
  };
}

/**
 * Removes every row about the member: their check-ins, notes, reflections, prompts, support
 * signals and their audit, pairing history and don't-pair lists, debrief requests and offers,
 * messages queued or sent to them (alone or in a group) or naming them, references to them as
 * an acknowledging or backup supervisor, and their id in the audit log. Anonymous counts (topic
 * look-ups) hold nothing of theirs.
 */
export async function deleteMemberData(prisma: Prisma, memberId: string): Promise<DeletedData> {
  return prisma.$transaction(async (tx) => {
    const member = await tx.member.findUniqueOrThrow({ where: { id: memberId } });
    const escalations = await tx.escalation.findMany({ where: { memberId }, select: { id: true } });
    // Counted inside the transaction that deletes them, so the member is told exactly what went.
    const own = { where: { memberId } };
    const [checkIns, notes, reflectionAnswers, checkInPrompts, debriefPairings, dontPairEntries, debriefRequests, debriefOffers] = await Promise.all([
      tx.checkIn.count(own),
      tx.checkIn.count({ where: { memberId, note: { not: null } } }),
      tx.boundaryReflection.count(own),
      tx.checkInPrompt.count(own),
      tx.pairingGroupMember.count(own),
      tx.pairingAvoid.count(own),
      tx.debriefRequest.count({ where: { requesterId: memberId } }),
      tx.debriefOffer.count({ where: { peerId: memberId } }),
    ]);
    // A check-in prompt still waiting in a batch with others' is a queued message to them too.
    const batchedPrompts = await removeFromPromptBatches(tx, member.communityId, memberId);
    const messages = await tx.outboxMessage.deleteMany({
      where: {
        OR: [
          { communityId: member.communityId, platformUserId: member.platformUserId },
          // A message to a pair or trio names everyone in it.
          { communityId: member.communityId, platformUserIds: { has: member.platformUserId } },
          // Notes to a debrief partner that they left a round carry their name (keyed by their id).
          { communityId: member.communityId, dedupeKey: { contains: memberId } },
          // Notices about them to supervisors carry their name: those go too.
          ...escalations.flatMap(({ id }) => [{ dedupeKey: { startsWith: `escalation:${id}:` } }, { dedupeKey: `escalation-backup:${id}` }]),
        ],
      },
    });
    await tx.escalation.updateMany({ where: { acknowledgedById: memberId }, data: { acknowledgedById: null } });
    await tx.escalationEvent.updateMany({ where: { actorId: memberId }, data: { actorId: null } });
    await tx.community.updateMany({ where: { backupSupervisorId: memberId }, data: { backupSupervisorId: null } });
    await tx.community.updateMany({ where: { crisisContactMemberId: memberId }, data: { crisisContactMemberId: null } });
    const { platform } = await tx.community.findUniqueOrThrow({ where: { id: member.communityId }, select: { platform: true } });
    await tx.dmsClosedNotice.deleteMany({ where: { platform, platformUserId: member.platformUserId } });
    // The audit log keeps what was done, but no longer who: their id is blanked in it.
    await forgetMemberInAudit(tx, memberId);
    // Check-ins, reflections, prompts, escalations and their events, pairing history, don't-pair
    // lists (theirs and entries naming them) and debrief requests and offers go with the member
    // (ON DELETE CASCADE); a debrief they took keeps only that it happened.
    await tx.member.delete({ where: { id: memberId } });
    return {
      checkIns,
      notes,
      reflectionAnswers,
      checkInPrompts,
      supportSignals: escalations.length,
      debriefPairings,
      dontPairEntries,
      debriefRequests: debriefRequests + debriefOffers,
      messages: messages.count + batchedPrompts,
    };
  });
}

/** What deleting a member's data removed, counted, for telling them. */
export interface DeletedData {
  checkIns: number;
  /** Of those check-ins, how many had a private note. */
  notes: number;
  reflectionAnswers: number;
  checkInPrompts: number;
  supportSignals: number;
  debriefPairings: number;
  dontPairEntries: number;
  /** Debriefs they asked for, and requests they were asked to take. */
  debriefRequests: number;
  /** Messages queued or sent to them, or naming them. */
  messages: number;
}
