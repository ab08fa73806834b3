import { DateTime } from 'luxon';
import { communityQuestions } from '../domain/checkin-questions.js';
import { LOW_DAY_THRESHOLD } from '../domain/checkin-summary.js';
import { buildDigest, type Digest } from '../domain/digest/build-digest.js';
import { pairingsMetByWeek } from '../domain/digest/pairings-met.js';
import { MIN_GROUP_FLOOR, notEnough, type Shown } from '../domain/digest/privacy.js';
import type { Community } from '../storage/communities.js';
import { memberWeeks } from '../storage/digest-data.js';
import type { Store } from '../storage/store.js';

export interface CommunityDigest extends Digest {
  community: string;
  questions: { id: string; prompt: string }[];
  /** Escalations raised in the period, by level: shown only when enough people took part. */
  escalations: Shown<Record<string, number>>;
  /** Names only of members who agreed to be named. */
  namedEscalations: { name: string; rule: string; level: string }[];
  topTopics: { topicId: string; views: number }[];
  /** Debrief pairings that met, per week of the rounds' start; null when the community has no rounds in the period. */
  pairingsMet: { week: string; met: Shown<number> }[] | null;
}

/** The weeks (ISO, Monday first) of the `weeks` weeks ending with the week of `endDate`. */
export function digestWeeks(endDate: string, weeks = 4): { weeks: string[]; from: string; to: string } {
  const lastMonday = DateTime.fromISO(endDate, { zone: 'UTC' }).startOf('week');
  const list = Array.from({ length: weeks }, (_, i) => lastMonday.minus({ weeks: weeks - 1 - i }).toISODate()!);
  return { weeks: list, from: list[0]!, to: lastMonday.plus({ weeks: 1 }).toISODate()! };
}

/** The ISO weeks from the week of `from` to the week of `to`, inclusive (at most 104). */
export function weeksBetween(from: string, to: string): { weeks: string[]; from: string; to: string } {
  const first = DateTime.fromISO(from, { zone: 'UTC' }).startOf('week');
  const last = DateTime.fromISO(to, { zone: 'UTC' }).startOf('week');
  const count = Math.min(104, Math.max(1, Math.round(last.diff(first, 'weeks').weeks) + 1));
  return digestWeeks(last.toISODate()!, count);
}

/** Builds the supervisor digest for a community: aggregates only, each figure guarded by the minimum group size. */
export async function communityDigest(
  store: Store,
  community: Community,
  endDate: string,
  weekCount = 4,
  range: { weeks: string[]; from: string; to: string } = digestWeeks(endDate, weekCount),
): Promise<CommunityDigest> {
  const { weeks, from, to } = range;
  const questions = communityQuestions(community.checkinQuestions);
  const k = Math.max(MIN_GROUP_FLOOR, community.minGroupSize);
  const rows = await memberWeeks(store.database.prisma, community.id, { from, to }, questions.filter((q) => q.highIsHeavy).map((q) => q.id), LOW_DAY_THRESHOLD);
  const digest = buildDigest(rows, weeks, questions, k, { from, to });

  const { prisma } = store.database;
  const raised = await prisma.escalation.findMany({
    where: { communityId: community.id, raisedAt: { gte: new Date(`${from}T00:00:00Z`), lt: new Date(`${to}T00:00:00Z`) } },
    include: { member: { select: { displayName: true, platformUserId: true } } },
  });
  const byLevel: Record<string, number> = { watch: 0, reach_out: 0, urgent: 0 };
  for (const e of raised) byLevel[e.level] = (byLevel[e.level] ?? 0) + 1;
  const participants = new Set(rows.map((r) => r.memberId));
  const escalations: Shown<Record<string, number>> =
    participants.size >= k ? { shown: true, value: byLevel, people: participants.size } : { shown: false, reason: 'too-few' };

  return {
    ...digest,
    community: community.name ?? community.externalId,
    questions: questions.map(({ id, prompt }) => ({ id, prompt })),
    escalations,
    namedEscalations: raised.filter((e) => e.named).map((e) => ({ name: e.member.displayName ?? e.member.platformUserId, rule: e.rule, level: e.level })),
    topTopics: await store.topicViews.mostViewed(community.id, from),
    pairingsMet: await pairingsMet(store, community.id, weeks, from, to, k),
  };
}

async function pairingsMet(store: Store, communityId: string, weeks: string[], from: string, to: string, k: number) {
  const places = await store.database.prisma.pairingGroupMember.findMany({
    where: { leftAt: null, group: { round: { communityId, roundDate: { gte: new Date(`${from}T00:00:00Z`), lt: new Date(`${to}T00:00:00Z`) } } } },
    select: { groupId: true, memberId: true, outcome: true, group: { select: { round: { select: { roundDate: true } } } } },
  });
  if (places.length === 0) return null;
  const rows = places.map((p) => ({
    week: DateTime.fromJSDate(p.group.round.roundDate, { zone: 'UTC' }).startOf('week').toISODate()!,
    groupId: p.groupId,
    memberId: p.memberId,
    met: p.outcome === 'met',
  }));
  return pairingsMetByWeek(rows, weeks, k);
}

/** The digest as chat text: every figure in words, so it reads the same with a screen reader. */
export function renderDigest(d: CommunityDigest): string {
  const value = <T>(s: Shown<T>, format: (v: T) => string) => (s.shown ? format(s.value) : `_${notEnough}_`);
  const latest = d.weeks.at(-1);
  const lines = [
    `**Team digest for ${d.community}**: weeks of ${d.weeks[0]?.week} to ${latest?.week}. Figures from fewer than ${d.minGroupSize} people are not shown.`,
    '',
  ];
  if (latest) {
    lines.push(
      `**This week**`,
      `- Checked in: ${value(latest.participants, (n) => `${n} people`)}; check-in days: ${value(latest.checkinDays, String)}`,
      `- Share of heavy days: ${value(latest.lowDayShare, (x) => `${Math.round(x * 100)} %`)}`,
      '',
      '**Four-week trend** (averages on 1–5)',
    );
  }
  for (const q of d.questions) {
    const points = d.weeks.map((w) => value(w.averages[q.id] ?? { shown: false, reason: 'too-few' }, (x) => x.toFixed(1)));
    lines.push(`- ${q.prompt} ${points.join(' → ')}`);
  }
  lines.push(
    '',
    `**Support signals raised**: ${value(d.escalations, (e) => `${e.watch ?? 0} watch, ${e.reach_out ?? 0} reach-out, ${e.urgent ?? 0} urgent`)}`,
    ...(d.namedEscalations.length > 0
      ? [`Named with their consent: ${d.namedEscalations.map((e) => `${e.name} (${e.level.replace('_', '-')})`).join(', ')}`]
      : []),
    '',
    `**Debrief pairings that met**: ${d.pairingsMet ? d.pairingsMet.map((w) => value(w.met, String)).join(' → ') : 'no pairing rounds in these weeks'}`,
    '',
    `**Refreshers looked up most**: ${d.topTopics.length > 0 ? d.topTopics.map((t) => `${t.topicId} (${t.views})`).join(', ') : 'none yet'}`,
    '',
    '_No one’s answers, notes or crisis messages are ever part of a digest._',
  );
  return lines.join('\n');
}

/** The digest as CSV, one row per week; a withheld figure reads "not enough responses". */
export function digestCsv(d: CommunityDigest): string {
  const cell = <T>(s: Shown<T> | undefined) => (s?.shown ? String(s.value) : 'not enough responses');
  const header = ['week', 'participants', 'checkin_days', 'low_day_share', ...d.questions.map((q) => `avg_${q.id}`), 'debrief_pairings_met'];
  const met = (week: string) => (d.pairingsMet ? cell(d.pairingsMet.find((w) => w.week === week)?.met) : '0');
  const rows = d.weeks.map((w) => [w.week, cell(w.participants), cell(w.checkinDays), cell(w.lowDayShare), ...d.questions.map((q) => cell(w.averages[q.id])), met(w.week)]);
  return [header, ...rows].map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n');
}

/** The digest as JSON for admins: the same figures, withheld ones marked, nothing per person. */
export function digestJson(d: CommunityDigest): object {
  const plain = <T>(s: Shown<T> | undefined) => (s?.shown ? s.value : { withheld: s?.reason ?? 'too-few' });
  return {
    community: d.community,
    from: d.from,
    to: d.to,
    minGroupSize: d.minGroupSize,
    weeks: d.weeks.map((w) => ({
      week: w.week,
      participants: plain(w.participants),
      checkinDays: plain(w.checkinDays),
      lowDayShare: plain(w.lowDayShare),
      averages: Object.fromEntries(d.questions.map((q) => [q.id, plain(w.averages[q.id])])),
    })),
    escalations: plain(d.escalations),
    debriefPairingsMet: d.pairingsMet?.map((w) => ({ week: w.week, met: plain(w.met) })) ?? [],
    topTopics: d.topTopics,
  };
}
