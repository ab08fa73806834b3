import { wellbeingScore } from '../domain/checkin-summary.js';
import type { CheckinQuestion } from '../domain/checkin-questions.js';
import { defaultThresholds, evaluateHistory, levelOf, type EscalationRule } from '../domain/escalation/evaluate.js';
import { addDays } from '../domain/local-time.js';
import type { Escalation } from '../storage/escalations.js';
import type { CommandContext } from './command.js';
import { direct, type OutgoingMessage } from './messages.js';

const checkinRules: EscalationRule[] = ['extreme-day', 'low-streak', 'declining-trend'];

/**
 * After a member finishes a check-in: reads their own history for burnout signals, raises each new
 * one once (a persisting condition is not raised again; a cleared one is resolved), tells
 * supervisors only with the member's consent, and offers the member choices. Returns what to show
 * the member.
 */
export async function reviewAfterCheckin(ctx: CommandContext, questions: CheckinQuestion[]): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const { member, community, today } = ctx;
  const thresholds = {
    ...defaultThresholds,
    lowStreakDays: community.lowStreakDays,
    extremeScore: community.extremeScore,
    trendDays: community.trendDays,
    trendSlope: community.trendSlope,
  };
  const history = (await store.checkIns.since(member.id, addDays(today, -(thresholds.trendDays + thresholds.lowStreakDays)))).map((day) => ({
    localDate: day.localDate,
    score: wellbeingScore(questions, day.answers),
  }));
  const signals = evaluateHistory(history, today, thresholds);
  const present = new Set(signals.map((s) => s.rule));
  await store.escalations.resolveCleared(member.id, checkinRules.filter((rule) => !present.has(rule)), now());

  const open = await store.escalations.unresolvedRules(member.id);
  const raised: Escalation[] = [];
  for (const signal of signals.filter((s) => !open.has(s.rule))) {
    const escalation = await raiseAndNotify(ctx, signal.rule, member.consentNameToSupervisor);
    if (escalation) raised.push(escalation);
  }
  return raised.length > 0 ? [supportOffer()] : [];
}

/** Raises one escalation for the member and, when they are named, tells the supervisors. */
export async function raiseAndNotify(ctx: CommandContext, rule: EscalationRule | 'crisis-contact', named: boolean): Promise<Escalation | null> {
  const { store, now } = ctx.services;
  const at = now();
  const level = rule === 'crisis-contact' ? 'urgent' : levelOf[rule];
  const episode = rule === 'support-request' || rule === 'crisis-contact' ? at.toISOString() : ctx.today;
  const escalation = await store.escalations.raise(
    { communityId: ctx.community.id, memberId: ctx.member.id, rule, level, key: `${ctx.member.id}:${rule}:${episode}`, named },
    at,
  );
  if (!escalation) return null;
  if (!named) {
    // Without consent the signal stays in team totals only; nobody is told who.
    await store.escalations.record(escalation.id, 'kept-anonymous', null, at);
    return escalation;
  }
  const supervisors = await store.members.supervisors(ctx.community.id);
  const name = ctx.member.displayName ?? ctx.member.platformUserId;
  await store.outbox.enqueue(
    supervisors.map((s) => ({
      communityId: ctx.community.id,
      platformUserId: s.platformUserId,
      kind: 'escalation',
      message: supervisorNotice(name, rule, escalation.id),
      dedupeKey: `escalation:${escalation.id}:${s.id}`,
    })),
    at,
  );
  await store.escalations.record(escalation.id, 'supervisors-notified', null, at, { supervisors: supervisors.length });
  return escalation;
}

/** The member's choices when their check-ins look heavy, or when they ask for support. */
export function supportOffer(): OutgoingMessage {
  return direct(
    "Your last few check-ins look heavy. That's worth taking seriously, and you don't have to sort it out alone. Would any of these help? (Nothing happens unless you choose it.)",
    {
      choices: [
        {
          actionId: 'support:offer',
          options: [
            { label: 'Talk with my supervisor', value: 'supervisor' },
            { label: 'A self-care idea', value: 'idea' },
            { label: 'People and lines to call', value: 'resources' },
          ],
        },
      ],
    },
  );
}

const reasons: Record<EscalationRule | 'crisis-contact', string> = {
  'extreme-day': 'had a very heavy check-in today',
  'low-streak': 'has had several heavy check-ins in a row',
  'declining-trend': 'has had check-ins getting gradually heavier over the last two weeks',
  'support-request': 'would like to talk with you',
  'crisis-contact': 'asked for someone to reach out to them now. Please contact them as soon as you can, following your crisis procedure',
};

export function supervisorNotice(name: string, rule: EscalationRule | 'crisis-contact', escalationId: string): OutgoingMessage {
  return direct(
    `**${name}** ${reasons[rule]}. They agreed that you may know it's them. No answers or notes are shared; a short, kind check-in from you can help.\n\nPress Acknowledge when you have seen this.`,
    { choices: [{ actionId: `support:ack:${escalationId}`, options: [{ label: 'Acknowledge', value: 'ack' }] }] },
  );
}

export function backupNotice({ memberName, raisedAt }: { memberName: string; raisedAt: Date }): OutgoingMessage {
  return direct(
    `You're the backup supervisor: an urgent support signal for **${memberName}**, raised ${raisedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, hasn't been acknowledged yet. Please make sure someone reaches out.`,
  );
}
