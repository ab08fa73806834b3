import { wellbeingScore } from '../domain/checkin-summary.js';
import type { CheckinQuestion } from '../domain/checkin-questions.js';
import { defaultThresholds, evaluateHistory, levelOf, type EscalationRule } from '../domain/escalation/evaluate.js';
import { addDays } from '../domain/local-time.js';
import type { Escalation, OverdueEscalation } from '../storage/escalations.js';
import type { Member } from '../storage/members.js';
import type { CommandContext } from './command.js';
import { direct, ephemeral, type ChoiceOption, type OutgoingMessage } from './messages.js';
import { disclosure, nameOf } from './name-disclosure.js';

const checkinRules: EscalationRule[] = ['extreme-day', 'low-streak', 'declining-trend'];

/**
 * After a member finishes a check-in: reads their own history for burnout signals and raises each
 * new one once (a persisting condition is not raised again; a cleared one is resolved). A signal
 * goes to supervisors with the member's name only under consent (b); otherwise the member is
 * asked first, and without a yes it only ever counts in team totals. Returns what to show them.
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
  const fresh = signals.filter((s) => !open.has(s.rule));
  if (fresh.length === 0) return [];
  const supervisors = await store.members.supervisors(community.id);
  const named = member.consentNameOnSignal && supervisors.length > 0;
  const raised: Escalation[] = [];
  for (const signal of fresh) {
    const escalation = named
      ? await raiseToSupervisors(ctx, signal.rule, supervisors, 'you agreed that signals from your check-ins may carry your name')
      : await raiseAnonymous(ctx, signal.rule, supervisors.length > 0 ? 'offered-to-member' : 'kept-anonymous');
    if (escalation) raised.push(escalation);
  }
  // Signals come strongest first (urgent, reach-out, watch): the offer speaks of the strongest.
  const strongest = raised[0];
  if (!strongest) return [];
  return [heavyCheckinsOffer(strongest, { named, supervisors, lowStreakDays: community.lowStreakDays })];
}

/** Raises a signal nobody is told about by name: it counts in team totals only. */
export function raiseAnonymous(ctx: CommandContext, rule: EscalationRule, event: 'kept-anonymous' | 'offered-to-member'): Promise<Escalation | null> {
  const { store, now } = ctx.services;
  const at = now();
  return store.escalations.raise(
    { communityId: ctx.community.id, memberId: ctx.member.id, rule, level: levelOf[rule], key: episodeKey(ctx, rule, at), named: false },
    at,
    { event },
  );
}

/** Raises a signal with the member's name and tells every supervisor, each with an Acknowledge button. */
export function raiseToSupervisors(ctx: CommandContext, rule: EscalationRule, supervisors: Member[], basis: string): Promise<Escalation | null> {
  const { store, now } = ctx.services;
  const at = now();
  const level = levelOf[rule];
  return store.escalations.raise(
    {
      communityId: ctx.community.id,
      memberId: ctx.member.id,
      rule,
      level,
      key: episodeKey(ctx, rule, at),
      named: true,
      ackDueAt: level === 'urgent' ? hoursAfter(at, ctx.community.backupAfterHours) : null,
    },
    at,
    { event: 'supervisors-notified', disclosures: (e) => supervisorDisclosures(e, ctx.member, supervisors, basis) },
  );
}

/** The member said yes to "Would you like me to let Sam know?": the signal gets their name now. */
export async function shareSignal(ctx: CommandContext, escalationId: string): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const supervisors = await store.members.supervisors(ctx.community.id);
  if (supervisors.length === 0) return [ephemeral(noSupervisorText, { replacesPrompt: true })];
  const at = now();
  const row = /^[0-9a-f-]{36}$/.test(escalationId) ? await store.escalations.byId(escalationId) : null;
  const ackDueAt = row?.level === 'urgent' ? hoursAfter(at, ctx.community.backupAfterHours) : null;
  const shared = await store.escalations.shareName(escalationId, ctx.member.id, at, ackDueAt, (e) =>
    supervisorDisclosures(e, ctx.member, supervisors, 'you said yes when I asked about your check-ins'),
  );
  if (!shared) {
    return [ephemeral(row?.named ? `${whoText(supervisors)} already know. Thank you for saying yes.` : 'That has passed: your recent check-ins look lighter now. `/support` is here whenever you want to talk to someone.', { replacesPrompt: true })];
  }
  return [ephemeral(`I've let ${whoText(supervisors)} know it's you, without your answers or notes. I'll tell you here when they've seen it.`, { replacesPrompt: true })];
}

function supervisorDisclosures(e: Escalation, member: Member, supervisors: Member[], basis: string) {
  return supervisors.map((s) =>
    disclosure({ escalation: e, recipient: { member: s }, as: 'supervisor', basis, kind: 'escalation', message: supervisorNotice(nameOf(member), e.rule as EscalationRule, e.id) }),
  );
}

function episodeKey(ctx: CommandContext, rule: string, at: Date): string {
  // A request is its own episode; a check-in condition is one per day it starts.
  const episode = rule === 'support-request' || rule === 'crisis-contact' ? at.toISOString() : ctx.today;
  return `${ctx.member.id}:${rule}:${episode}`;
}

export const hoursAfter = (at: Date, hours: number): Date => new Date(at.getTime() + hours * 3_600_000);
export const minutesAfter = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);

/** "Sam", "Sam and Lee", "your supervisors (Sam, Lee and Kim)": who would be told, by name. */
export function whoText(people: { displayName: string | null; platformUserId: string }[]): string {
  const names = people.map(nameOf);
  if (names.length <= 2) return names.join(' and ') || 'your supervisor';
  return `your supervisors (${names.slice(0, -1).join(', ')} and ${names.at(-1)})`;
}

export const noSupervisorText =
  "Your community hasn't named a supervisor in peercircle yet, so I can't pass this on. Please reach out to your supervisor directly, or use the lines in `/support`.";

const selfCareOptions: ChoiceOption[] = [
  { label: 'A self-care idea', value: 'idea' },
  { label: 'People and lines to call', value: 'resources' },
];

/**
 * The member's choices when a check-in raised a signal. It speaks of what was actually seen (one
 * very heavy day is not "your last check-ins"), names who would be told, and sends nothing unless
 * they say yes.
 */
function heavyCheckinsOffer(e: Escalation, { named, supervisors, lowStreakDays }: { named: boolean; supervisors: Member[]; lowStreakDays: number }): OutgoingMessage {
  const seen: Record<string, string> = {
    'extreme-day': "Today's check-in looks very heavy.",
    'low-streak': `Your last ${lowStreakDays} check-ins look heavy.`,
    'declining-trend': 'Your check-ins have been getting heavier over the last two weeks.',
  };
  const opening = `${seen[e.rule] ?? 'Your check-ins look heavy.'} That's worth taking seriously, and you don't have to sort it out alone.`;
  const others = { actionId: 'support:offer', options: selfCareOptions };
  if (named) {
    return direct(`${opening}\n\nAs you agreed, I've let ${whoText(supervisors)} know it's you, without your answers or notes. Would either of these help too?`, { choices: [others] });
  }
  if (supervisors.length === 0) {
    return direct(`${opening}\n\nWould either of these help? Nothing happens unless you choose it.`, { choices: [others] });
  }
  const who = whoText(supervisors);
  return direct(
    `${opening}\n\nWould you like me to let ${who} know? They would hear your name and that your check-ins look heavy, never your answers or notes. If not, nobody is told: it only counts in team totals.`,
    {
      choices: [
        {
          actionId: `support:share:${e.id}`,
          options: [
            { label: `Yes, let ${supervisors.length === 1 ? nameOf(supervisors[0]!) : 'them'} know`, value: 'yes' },
            { label: 'No, thanks', value: 'no' },
          ],
        },
        others,
      ],
    },
  );
}

/** What /support and "I'd like some support" offer: no claim about anyone's check-ins. */
export function supportChoices(): OutgoingMessage {
  return ephemeral('Would any of these help? Nothing happens unless you choose it.', {
    choices: [{ actionId: 'support:offer', options: [{ label: 'Talk with my supervisor', value: 'supervisor' }, ...selfCareOptions] }],
  });
}

const reasons: Record<EscalationRule | 'crisis-contact', string> = {
  'extreme-day': 'had a very heavy check-in today',
  'low-streak': 'has had several heavy check-ins in a row',
  'declining-trend': 'has had check-ins getting gradually heavier over the last two weeks',
  'support-request': 'would like to talk with you',
  'crisis-contact': 'asked for someone to reach out to them now. Please contact them as soon as you can, following your crisis procedure',
};

export const reasonText = (rule: string): string => reasons[rule as EscalationRule] ?? 'raised a support signal';

const acknowledgeButton = (escalationId: string) => ({ actionId: `support:ack:${escalationId}`, options: [{ label: 'Acknowledge', value: 'ack' }] });

export function supervisorNotice(name: string, rule: EscalationRule | 'crisis-contact', escalationId: string): OutgoingMessage {
  return direct(
    `**${name}** ${reasons[rule]}. They agreed that you may know it's them. No answers or notes are shared; a short, kind check-in from you can help.\n\nPress Acknowledge when you have seen this.`,
    { choices: [acknowledgeButton(escalationId)] },
  );
}

/** To the community's crisis contact (a person or a private channel): only they hear the name. */
export function crisisContactNotice(name: string, escalationId: string, backupAfterMinutes: number): OutgoingMessage {
  return direct(
    `**${name}** ${reasons['crisis-contact']}. They asked for the community's crisis contact, and only you have been told. Nothing they wrote is shared.\n\nPress Acknowledge when someone is reaching out: they will be told. If nobody does within ${backupAfterMinutes} minutes, the backup supervisor is asked.`,
    { choices: [acknowledgeButton(escalationId)] },
  );
}

export function backupNotice(e: Pick<OverdueEscalation, 'id' | 'memberName' | 'raisedAt' | 'rule'>): OutgoingMessage {
  const what = e.rule === 'crisis-contact' ? 'a request to be contacted now (a crisis)' : 'an urgent support signal';
  return direct(
    `You're the backup supervisor: ${what} from **${e.memberName}**, raised ${e.raisedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, hasn't been acknowledged yet. Please make sure someone reaches out, then press Acknowledge.`,
    { choices: [acknowledgeButton(e.id)] },
  );
}

/** The backup's notice as a name disclosure, and a word to the member that someone else was asked. */
export function backupDisclosure(e: OverdueEscalation) {
  return {
    disclosure: disclosure({
      escalation: { id: e.id, communityId: e.communityId, memberId: e.memberId },
      recipient: { member: { id: e.backupId, platformUserId: e.backupPlatformUserId } },
      as: 'backup supervisor',
      basis: e.rule === 'crisis-contact' ? 'nobody acknowledged your crisis request in time' : 'nobody acknowledged an urgent signal you agreed to share in time',
      kind: 'escalation-backup',
      message: backupNotice(e),
    }),
    toMember: direct(
      e.rule === 'crisis-contact'
        ? `Nobody has answered your request yet, so I've also asked ${e.backupName}, the backup supervisor, to reach out. If you are in danger, please call the lines in \`/support\` now.`
        : `Nobody has answered yet, so I've also let ${e.backupName}, the backup supervisor, know. \`/support\` has people and lines you can reach now.`,
    ),
  };
}
