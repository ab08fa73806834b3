import { DateTime } from 'luxon';
import { communityQuestions } from '../domain/checkin-questions.js';
import { LOW_DAY_THRESHOLD } from '../domain/checkin-summary.js';
import { buildDigest, type Digest } from '../domain/digest/build-digest.js';
import { closedWeeksBetween, recentClosedWeeks, type ReportedWeeks } from '../domain/digest/closed-weeks.js';
import { pairingsMetByWeek } from '../domain/digest/pairings-met.js';
import { formatBand, type Band } from '../domain/digest/precision.js';
import { minGroup, notEnough, whyHidden, type Shown, type Withheld } from '../domain/digest/privacy.js';
import { SIGNAL_LEVELS } from '../domain/digest/week-tally.js';
import type { Community } from '../storage/communities.js';
import { closedWeekTallies, communityZones } from '../storage/digest-data.js';
import type { Store } from '../storage/store.js';
import { trainingNeedLine, trainingNeeds, type TrainingNeed } from './training-need.js';

export interface CommunityDigest extends Digest {
  community: string;
  questions: { id: string; prompt: string }[];
  topTopics: { topicId: string; views: number }[];
  /** Principles enough different members looked up in the latest closed week (the community's threshold). */
  trainingNeeds: TrainingNeed[];
  /** Debrief pairings that met, per week of the rounds' start; null when the community has no rounds in the period. */
  pairingsMet: { week: string; met: Shown<number> }[] | null;
}

/** Which weeks a digest asked for at `now` may show: the last four closed ones, or the closed ones in a date range. */
export async function reportedWeeks(store: Store, community: Community, now: Date, range?: { from: string; to: string }): Promise<ReportedWeeks> {
  const zones = await communityZones(store.database.prisma, community);
  return range ? closedWeeksBetween(range.from, range.to, now, zones) : recentClosedWeeks(now, zones);
}

/**
 * The supervisor digest for a community: closed weeks only, from their frozen tallies, every figure
 * guarded and banded by the rules in src/domain/digest. `/digest`, the weekly digest, the chart and
 * the exports all come from here.
 */
export async function communityDigest(store: Store, community: Community, now: Date, range?: { from: string; to: string }): Promise<CommunityDigest> {
  const reported = await reportedWeeks(store, community, now, range);
  const questions = communityQuestions(community.checkinQuestions);
  const k = minGroup(community.minGroupSize);
  const tallies = await closedWeekTallies(store.database.prisma, community.id, reported.weeks, {
    questionIds: questions.map((q) => q.id),
    heavyQuestionIds: questions.filter((q) => q.highIsHeavy).map((q) => q.id),
    lowThreshold: LOW_DAY_THRESHOLD,
  });
  const digest = buildDigest(tallies, reported, questions, k);
  return {
    ...digest,
    community: community.name ?? community.externalId,
    questions: questions.map(({ id, prompt }) => ({ id, prompt })),
    topTopics: reported.weeks.length > 0 ? await store.topicViews.mostViewed(community.id, reported.from, 5, reported.to) : [],
    trainingNeeds: await trainingNeeds(store, community, reported.weeks.at(-1)),
    pairingsMet: reported.weeks.length > 0 ? await pairingsMet(store, community.id, reported.weeks, reported.from, reported.to, k) : null,
  };
}

async function pairingsMet(store: Store, communityId: string, weeks: string[], from: string, to: string, k: number) {
  const places = await store.database.prisma.pairingGroupMember.findMany({
    // The same rule as every other figure: no one who has ever been a supervisor or admin counts (who-counts.ts).
    where: { leftAt: null, member: { oversightSince: null }, group: { round: { communityId, roundDate: { gte: new Date(`${from}T00:00:00Z`), lt: new Date(`${to}T00:00:00Z`) } } } },
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

const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).toFormat('d LLL');
const lastDay = (to: string) => DateTime.fromISO(to, { zone: 'UTC' }).minus({ days: 1 }).toISODate()!;
const people = (b: Band) => `${formatBand(b)} people`;
const average = (b: Band) => formatBand(b, 1);
const SIGNAL_NAMES = { watch: 'Watch', reach_out: 'Reach-out', urgent: 'Urgent' } as const;

/** Which weeks are shown, in plain words, and that the running week comes once it ends. */
/**
 * Said when the dates asked for were not whole weeks: the digest counts Monday to Sunday, so it
 * shows the weeks that hold them, and says which days those are.
 */
export function wholeWeeksLine(d: Digest, asked: { from: string; to: string }): string | undefined {
  if (d.weeks.length === 0 || (d.from === asked.from && lastDay(d.to) === asked.to)) return undefined;
  const long = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL');
  return `${asked.from} to ${asked.to} shown as whole weeks: ${long(d.from)} – ${long(lastDay(d.to))}.`;
}

export function weeksLine(d: Digest): string {
  const open = `The current week (from ${day(d.openWeek)}) is not shown yet: it appears once it ends.`;
  if (d.weeks.length === 0) return `No week in that range has ended yet. ${open}`;
  return `Weeks that have ended, ${day(d.from)} to ${day(lastDay(d.to))}. ${open}`;
}

/** A figure a supervisor may not see, within a line; the line says why once, at its end. */
const HIDDEN = 'hidden';
const WITHHELD_NOTE = ` _(${HIDDEN}: ${notEnough})_`;

/** A figure as printed, or why it is hidden. */
export type Cell = string | { hidden: Withheld };

/**
 * Figures on one line, joined by `separator`: withheld ones read "hidden", and why follows once at
 * the end of the line (each reason once); a line with nothing to show says only why.
 */
export function figuresLine(figures: Cell[], separator: string): string {
  const reasons = [...new Set(figures.flatMap((f) => (typeof f === 'string' ? [] : [whyHidden(f.hidden)])))];
  const why = reasons.join('; ');
  if (figures.every((f) => typeof f !== 'string')) return `_${why}_`;
  const text = figures.map((f) => (typeof f === 'string' ? f : HIDDEN)).join(separator);
  return reasons.length > 0 ? `${text} _(${HIDDEN}: ${why})_` : text;
}

/** The digest as chat text: every figure in words, so it reads the same with a screen reader. */
export function renderDigest(d: CommunityDigest): string {
  const figure = <T>(s: Shown<T> | undefined, format: (v: T) => string): Cell => (s?.shown ? format(s.value) : { hidden: s?.reason ?? 'too-few' });
  const shownOrNull = (c: Cell) => (typeof c === 'string' ? c : null);
  const latest = d.weeks.at(-1);
  const lines = [
    `**Team digest for ${d.community}**: ${weeksLine(d)}`,
    `Only check-ins of people who have never been a supervisor or admin count, only from groups of at least ${d.minGroupSize} people, and figures are ranges, so no one's answers can be worked out.`,
    '',
  ];
  if (d.weeks.some(isWithdrawn)) lines.push(`_${WITHDRAWN_WHY}_`, '');
  if (latest) {
    const checkedIn = shownOrNull(figure(latest.participants, people));
    const days = shownOrNull(figure(latest.checkinDays, formatBand));
    lines.push(
      `**Week of ${day(latest.week)}**, the latest that has ended`,
      `- Checked in: ${checkedIn === null && days === null ? `_${notEnough}_` : `${checkedIn ?? HIDDEN}; check-in days: ${days ?? HIDDEN}${checkedIn === null || days === null ? WITHHELD_NOTE : ''}`}`,
      `- Heavy days: ${figuresLine([figure(latest.heavyDayShare, (b) => `${b} of check-in days`)], '')}`,
      '',
      `**Trend by week** (average on 1–5, within half a point)`,
    );
    for (const q of d.questions) lines.push(`- ${q.prompt} ${figuresLine(d.weeks.map((w) => figure(w.averages[q.id], average)), ' → ')}`);
    const anySignalShown = d.weeks.some((w) => SIGNAL_LEVELS.some((l) => w.signals[l].shown));
    if (anySignalShown) {
      lines.push('', `**Support signals by week** (people; shown when at least ${d.minGroupSize} had one and at least ${d.minGroupSize} had none)`);
      for (const level of SIGNAL_LEVELS) lines.push(`- ${SIGNAL_NAMES[level]}: ${figuresLine(d.weeks.map((w) => figure(w.signals[level], formatBand)), ' → ')}`);
    } else {
      lines.push('', `**Support signals**: none to show. A count appears only when at least ${d.minGroupSize} people had a signal and at least ${d.minGroupSize} had none.`);
    }
  }
  lines.push(
    'Names are never part of a digest: a member who asks for support by name reaches you directly, and `/escalations` lists those requests.',
    '',
    `**Debrief pairings that met**: ${d.pairingsMet ? figuresLine(d.pairingsMet.map((w) => figure(w.met, String)), ' → ') : 'no pairing rounds in these weeks'}`,
    '',
    `**Refreshers looked up most**: ${d.topTopics.length > 0 ? d.topTopics.map((t) => `${t.topicId} (${t.views})`).join(', ') : 'none yet'}`,
    ...(latest && d.trainingNeeds.length > 0 ? [trainingNeedLine(d.trainingNeeds, day(latest.week))!] : []),
    '',
    '_No one’s answers, notes or crisis messages are ever part of a digest._',
  );
  return lines.join('\n');
}

const WITHHELD = 'not enough responses';
const COULD_REVEAL = "hidden: could give away one person's answers";
const WITHDRAWN = 'withdrawn';
const WITHDRAWN_WHY =
  'Weeks marked withdrawn may include someone who has since become a supervisor or admin. Anyone who reads a digest is kept out of it, so those weeks are no longer shown.';
const isWithdrawn = (w: Digest['weeks'][number]) => !w.participants.shown && w.participants.reason === 'withdrawn';

/** The digest as CSV, one row per closed week; ranges read "low-high", a withheld figure says why. */
export function digestCsv(d: CommunityDigest): string {
  const cell = <T>(s: Shown<T> | undefined, format: (v: T) => string) =>
    s?.shown ? format(s.value) : s?.reason === 'withdrawn' ? WITHDRAWN : s?.reason === 'could-reveal-someone' ? COULD_REVEAL : WITHHELD;
  const range = (digits: number) => (b: Band) => `${b.low.toFixed(digits)}-${b.high.toFixed(digits)}`;
  const header = [
    'week',
    'participants',
    'checkin_days',
    'heavy_day_share',
    ...d.questions.map((q) => `avg_${q.id}`),
    ...SIGNAL_LEVELS.map((l) => `signals_${l}`),
    'debrief_pairings_met',
  ];
  const met = (week: string) => (d.pairingsMet ? cell(d.pairingsMet.find((w) => w.week === week)?.met, String) : '0');
  const rows = d.weeks.map((w) => [
    w.week,
    cell(w.participants, range(0)),
    cell(w.checkinDays, range(0)),
    cell(w.heavyDayShare, String),
    ...d.questions.map((q) => cell(w.averages[q.id], range(1))),
    ...SIGNAL_LEVELS.map((l) => cell(w.signals[l], range(0))),
    met(w.week),
  ]);
  return [header, ...rows].map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n');
}

/** The digest as JSON for admins: the same figures, withheld ones marked, nothing per person. */
export function digestJson(d: CommunityDigest): object {
  const plain = <T>(s: Shown<T> | undefined) => (s?.shown ? s.value : { withheld: s?.reason ?? 'too-few' });
  return {
    community: d.community,
    from: d.from,
    to: d.to,
    notShownYet: { weekOf: d.openWeek, reason: 'the week has not ended' },
    minGroupSize: d.minGroupSize,
    weeks: d.weeks.map((w) => ({
      week: w.week,
      participants: plain(w.participants),
      checkinDays: plain(w.checkinDays),
      heavyDayShare: plain(w.heavyDayShare),
      averages: Object.fromEntries(d.questions.map((q) => [q.id, plain(w.averages[q.id])])),
      supportSignals: Object.fromEntries(SIGNAL_LEVELS.map((l) => [l, plain(w.signals[l])])),
    })),
    debriefPairingsMet: d.pairingsMet?.map((w) => ({ week: w.week, met: plain(w.met) })) ?? [],
    topTopics: d.topTopics,
    trainingNeeds: d.trainingNeeds.map((t) => t.topicId),
  };
}
