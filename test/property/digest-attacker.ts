/**
 * The supervisor as an adversary, for the differencing property tests: the digest system run over a
 * team history (pure domain layer), and an attacker that reads every output and tries to pin down
 * one member's answer. The histories are in digest-histories.ts, the team's true state in digest-team.ts.
 */
import { DateTime } from 'luxon';
import { digestCsv, digestJson, renderDigest, type CommunityDigest } from '../../src/core/digest.js';
import { LOW_DAY_THRESHOLD } from '../../src/domain/checkin-summary.js';
import { buildDigest } from '../../src/domain/digest/build-digest.js';
import type { Band } from '../../src/domain/digest/precision.js';
import { closedWeeksBetween, recentClosedWeeks, weekOf, addWeeks } from '../../src/domain/digest/closed-weeks.js';
import { countsInDigests } from '../../src/domain/digest/who-counts.js';
import { SIGNAL_LEVELS, tallyWeek, type MemberWeek, type SignalLevel, type SignalRow, type WeekTally } from '../../src/domain/digest/week-tally.js';
import { QUESTIONS, steps, type Event, type History } from './digest-histories.js';
import { Team, type TrueMember } from './digest-team.js';

// ---------------------------------------------------------------- what the attacker knows went into a frozen week

/** One contribution to a figure: whose, and (kept by the harness) its true value. */
export interface Unit {
  id: string;
  member: string;
  value: number;
}
export interface Captured {
  week: string;
  tally: WeekTally;
  answers: Record<string, Unit[]>;
  lowDays: Unit[];
  /** Per level, one unit per peer counted: 1 when that is their highest level in the week. */
  signals: Record<SignalLevel, Unit[]>;
  named: Set<string>;
}

const isLow = (answers: Record<string, number>) => {
  const values = QUESTIONS.filter((q) => answers[q.id] !== undefined).map((q) => (q.highIsHeavy ? 6 - answers[q.id]! : answers[q.id]!));
  return values.reduce((a, b) => a + b, 0) / values.length <= LOW_DAY_THRESHOLD;
};

/** Adds up a week from the team as it is now, as the storage layer does in SQL. */
export function captureWeek(team: Team, week: string, counts: (m: TrueMember) => boolean = (m) => countsInDigests(m.rolesHeld)): Captured {
  const end = addWeeks(week, 1);
  const peers = [...team.members.values()].filter((m) => !m.left && counts(m));
  const peerIds = new Set(peers.map((p) => p.id));
  const inWeek = [...team.checkIns.values()].filter((c) => peerIds.has(c.member) && c.date >= week && c.date < end);
  const rows = new Map<string, MemberWeek>();
  const answers: Record<string, Unit[]> = Object.fromEntries(QUESTIONS.map((q) => [q.id, []]));
  const lowDays: Unit[] = [];
  for (const c of inWeek) {
    const row = rows.get(c.member) ?? { week, memberId: c.member, days: 0, lowDays: 0, sums: {} };
    rows.set(c.member, row);
    row.days++;
    const low = isLow(c.answers);
    if (low) row.lowDays++;
    lowDays.push({ id: `${c.member}|${c.date}|${c.version}`, member: c.member, value: low ? 1 : 0 });
    for (const [q, v] of Object.entries(c.answers)) {
      const s = (row.sums[q] ??= { sum: 0, count: 0 });
      s.sum += v;
      s.count++;
      answers[q]!.push({ id: `${c.member}|${c.date}|${c.version}|${q}`, member: c.member, value: v });
    }
  }
  const weekEnd = new Date(`${end}T00:00:00Z`);
  const counted = peers.filter((p) => p.joinedAt < weekEnd);
  const signalRows: SignalRow[] = team.signals
    .filter((s) => peerIds.has(s.member) && s.date >= week && s.date < end)
    .map((s) => ({ memberId: s.member, level: s.level, named: s.named }));
  const tally = tallyWeek(week, [...rows.values()], signalRows, counted.length);
  const rank = (l: SignalLevel) => SIGNAL_LEVELS.indexOf(l);
  const highest = new Map<string, SignalRow>();
  for (const s of signalRows) {
    const seen = highest.get(s.memberId);
    if (!seen || rank(s.level) > rank(seen.level) || (rank(s.level) === rank(seen.level) && s.named)) highest.set(s.memberId, s);
  }
  const population = new Set([...counted.map((p) => p.id), ...rows.keys()]);
  const signals = Object.fromEntries(
    SIGNAL_LEVELS.map((l) => [l, [...population].map((p) => ({ id: `${p}|${week}|${l}`, member: p, value: highest.get(p)?.level === l ? 1 : 0 }))]),
  ) as Record<SignalLevel, Unit[]>;
  const named = new Set([...highest.values()].filter((s) => s.named).map((s) => s.memberId));
  return { week, tally, answers, lowDays, signals, named };
}

// ---------------------------------------------------------------- the system under attack (pure layer)

export interface DigestSystem {
  /** Closed weeks' captures as the system froze them: the attacker's side knowledge of who is inside each figure. */
  readonly frozen: ReadonlyMap<string, Captured>;
  query(team: Team, e: Event & { kind: 'query' }): Output;
}

export interface Output {
  text: string;
  format: 'digest' | 'csv' | 'json';
  /** The week the attacker's time-of-asking puts the text's dates in. */
  askedAt: Date;
}

export function askedRange(team: Team, range: { fromWeeks: number; toWeeks: number } | null) {
  if (!range) return undefined;
  const from = addWeeks(weekOf('2026-11-02'), Math.min(range.fromWeeks, range.toWeeks));
  const to = DateTime.fromISO(addWeeks(weekOf('2026-11-02'), Math.max(range.fromWeeks, range.toWeeks)), { zone: 'UTC' }).plus({ days: 6 }).toISODate()!;
  return { from, to };
}

/**
 * The digest system: closed weeks frozen when first reported, figures from the domain rules.
 * `rules` can count by another rule and skip the insider check, to show what those are for.
 */
export class PureDigestSystem implements DigestSystem {
  readonly frozen = new Map<string, Captured>();
  constructor(
    private readonly k: number,
    private readonly rules: { counts?: (m: TrueMember) => boolean; insiderCheck?: boolean } = {},
  ) {}

  query(team: Team, e: Event & { kind: 'query' }): Output {
    return render(this.digest(team, askedRange(team, e.range)), e, team.now);
  }

  digest(team: Team, range?: { from: string; to: string }): CommunityDigest {
    const reported = range ? closedWeeksBetween(range.from, range.to, team.now, ['UTC']) : recentClosedWeeks(team.now, ['UTC']);
    for (const w of reported.weeks) {
      if (this.frozen.has(w)) continue;
      const captured = captureWeek(team, w, this.rules.counts);
      if (this.rules.insiderCheck === false) captured.tally = withoutInsiderCheck(captured.tally);
      this.frozen.set(w, captured);
    }
    const digest = buildDigest(
      reported.weeks.map((w) => this.frozen.get(w)!.tally),
      reported,
      QUESTIONS,
      this.k,
    );
    return { ...digest, community: 'River Team', questions: QUESTIONS.map(({ id, prompt }) => ({ id, prompt })), topTopics: [], trainingNeeds: [], pairingsMet: null };
  }
}

/** A tally as if figures were never checked against a later insider (insider-exposure.ts). */
function withoutInsiderCheck(t: WeekTally): WeekTally {
  return { ...t, heavyShareExposed: false, questions: Object.fromEntries(Object.entries(t.questions).map(([id, q]) => [id, { ...q, exposed: false }])) };
}

export function render(d: CommunityDigest, output: Event & { kind: 'query' }, askedAt: Date): Output {
  if (output.output === 'csv') return { text: digestCsv(d), format: 'csv', askedAt };
  if (output.output === 'json') return { text: JSON.stringify(digestJson(d)), format: 'json', askedAt };
  return { text: (output.output === 'scheduled' ? 'Your weekly team digest.\n\n' : '') + renderDigest(d), format: 'digest', askedAt };
}

// ---------------------------------------------------------------- the attacker

/** What one output says about one figure of one week: bounds on the figure's integer total. */
export interface Observation {
  week: string;
  figure: string;
  /** The total (sum of answers, heavy days, or members at a level) lies in [min, max]. */
  min: number;
  max: number;
}

type Interval = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

/** Reads a printed figure as an interval, whatever its precision: a range, or a rounded number. */
function readValue(raw: string, figure: 'average' | 'share' | 'count'): Interval | null {
  const text = raw.replace(/_/g, '').trim();
  if (/not enough/.test(text) || text === '') return null;
  if (figure === 'share') {
    if (text.startsWith('up to a third')) return { low: 0, high: 1 / 3, lowOpen: false, highOpen: false };
    if (text.startsWith('a third to two thirds')) return { low: 1 / 3, high: 2 / 3, lowOpen: true, highOpen: true };
    if (text.startsWith('two thirds or more')) return { low: 2 / 3, high: 1, lowOpen: false, highOpen: false };
  }
  const range = /^(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)/.exec(text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    // Averages: [low, high) except the top band; counts: [low, high].
    return figure === 'average' ? { low, high, lowOpen: false, highOpen: high < 5 } : { low, high, lowOpen: false, highOpen: false };
  }
  const exact = /^(\d+(?:\.(\d+))?)/.exec(text);
  if (exact) {
    // A plain number is a rounded one: to two decimals, as exports printed them, or finer.
    const half = 0.5 * 10 ** -Math.max(2, exact[2]?.length ?? 0);
    const v = Number(exact[1]);
    return { low: v - half, high: v + half, lowOpen: false, highOpen: true };
  }
  return null;
}

/** Integer totals T with T/c (or T itself, for counts) inside the interval. */
function totals(i: Interval, c: number): { min: number; max: number } {
  const lo = i.low * c;
  const hi = i.high * c;
  const eps = 1e-9;
  const min = i.lowOpen ? Math.floor(lo + eps) + 1 : Math.ceil(lo - eps);
  const max = i.highOpen ? Math.ceil(hi - eps) - 1 : Math.floor(hi + eps);
  return { min, max };
}

/** Every figure an output states, per week, as integer bounds on its total. */
export function observe(out: Output, frozen: ReadonlyMap<string, Captured>): Observation[] {
  const cells: { week: string; figure: string; kind: 'average' | 'share' | 'count'; raw: string }[] = [];
  if (out.format === 'json') {
    const j = JSON.parse(out.text) as { weeks: { week: string; heavyDayShare: unknown; averages: Record<string, unknown>; supportSignals: Record<string, unknown> }[] };
    const str = (v: unknown) => (v && typeof v === 'object' && 'low' in v ? `${(v as unknown as Band).low}-${(v as unknown as Band).high}` : typeof v === 'string' ? v : 'not enough');
    for (const w of j.weeks) {
      cells.push({ week: w.week, figure: 'low', kind: 'share', raw: str(w.heavyDayShare) });
      for (const q of QUESTIONS) cells.push({ week: w.week, figure: `q:${q.id}`, kind: 'average', raw: str(w.averages[q.id]) });
      for (const l of SIGNAL_LEVELS) cells.push({ week: w.week, figure: `s:${l}`, kind: 'count', raw: str(w.supportSignals[l]) });
    }
  } else if (out.format === 'csv') {
    const [header, ...rows] = out.text.split('\n').map((line) => line.split(','));
    for (const row of rows) {
      const at = (name: string) => row[header!.indexOf(name)] ?? '';
      cells.push({ week: row[0]!, figure: 'low', kind: 'share', raw: at('heavy_day_share') });
      for (const q of QUESTIONS) cells.push({ week: row[0]!, figure: `q:${q.id}`, kind: 'average', raw: at(`avg_${q.id}`) });
      for (const l of SIGNAL_LEVELS) cells.push({ week: row[0]!, figure: `s:${l}`, kind: 'count', raw: at(`signals_${l}`) });
    }
  } else {
    // The chat text names its last day; the trend lines run over the four weeks up to it.
    const last = /Weeks that have ended, .* to (\d+ \w+)\./.exec(out.text)?.[1];
    if (last) {
      let lastDay = DateTime.fromFormat(`${last} ${out.askedAt.getUTCFullYear()}`, 'd LLL yyyy', { zone: 'UTC' });
      if (lastDay.toMillis() > out.askedAt.getTime()) lastDay = lastDay.minus({ years: 1 });
      const weeks = [3, 2, 1, 0].map((n) => addWeeks(weekOf(lastDay.toISODate()!), -n));
      const series = (label: string) => (out.text.split('\n').find((l) => l.startsWith(`- ${label}`)) ?? '').slice(label.length + 3).split(' → ');
      for (const q of QUESTIONS) series(q.prompt).forEach((raw, i) => weeks[i] && cells.push({ week: weeks[i]!, figure: `q:${q.id}`, kind: 'average', raw }));
      const names = { watch: 'Watch:', reach_out: 'Reach-out:', urgent: 'Urgent:' };
      for (const l of SIGNAL_LEVELS) series(names[l]).forEach((raw, i) => weeks[i] && cells.push({ week: weeks[i]!, figure: `s:${l}`, kind: 'count', raw }));
      const heavy = /Heavy days: (.*) of check-in days/.exec(out.text)?.[1];
      if (heavy) cells.push({ week: weeks[3]!, figure: 'low', kind: 'share', raw: heavy });
    }
  }
  const observations: Observation[] = [];
  for (const cell of cells) {
    const interval = readValue(cell.raw, cell.kind);
    const captured = frozen.get(cell.week);
    if (!interval || !captured) continue;
    const c = cell.kind === 'count' ? 1 : cell.kind === 'share' ? captured.lowDays.length : captured.answers[cell.figure.slice(2)]!.length;
    observations.push({ week: cell.week, figure: cell.figure, ...totals(interval, c) });
  }
  // Support-signal levels add up: members with any signal.
  for (const week of new Set(observations.map((o) => o.week))) {
    const levels = SIGNAL_LEVELS.map((l) => observations.find((o) => o.week === week && o.figure === `s:${l}`));
    if (levels.every(Boolean)) observations.push({ week, figure: 's:any', min: levels.reduce((n, o) => n + o!.min, 0), max: levels.reduce((n, o) => n + o!.max, 0) });
  }
  return observations;
}

export interface Success {
  member: string;
  week: string;
  figure: string;
  value: number;
  how: string;
}

/** The units (contributions) behind a figure, as the attacker's side knowledge. */
function unitsOf(c: Captured, figure: string): { units: Unit[]; range: [number, number] } {
  if (figure === 'low') return { units: c.lowDays, range: [0, 1] };
  if (figure.startsWith('q:')) return { units: c.answers[figure.slice(2)]!, range: [1, 5] };
  if (figure === 's:any')
    return {
      units: c.signals.watch.map((u, i) => ({ ...u, id: `${u.member}|any`, value: u.value + c.signals.reach_out[i]!.value + c.signals.urgent[i]!.value })),
      range: [0, 1],
    };
  return { units: c.signals[figure.slice(2) as SignalLevel], range: [0, 1] };
}

/**
 * Tries to pin one member's contribution to a figure (their answers to a question in a week, their
 * heavy days, whether they had a support signal) to a single value. It knows who contributed and
 * how often (as a supervisor might, watching who is active), knows the answers of everyone who was
 * ever a supervisor (it may be one of them), and the names supervisors were told. It uses each
 * figure alone (the others pressed to their extremes) and every pair of figures of one week's data
 * whose contributions differ by exactly one member (differencing, across any two outputs).
 */
export function attack(observations: readonly { obs: Observation; captured: Captured }[], team: Team): Success[] {
  const known = (member: string, c: Captured, figure: string) => team.members.get(member)?.everSupervisor === true || (figure.startsWith('s:') && c.named.has(member));
  const found: Success[] = [];
  const pin = (member: string, week: string, figure: string, low: number, high: number, truth: number, how: string) => {
    if (Math.ceil(low - 1e-9) === Math.floor(high + 1e-9)) found.push({ member, week, figure, value: truth, how });
  };
  const split = (c: Captured, figure: string, target: string) => {
    const { units, range } = unitsOf(c, figure);
    const mine = units.filter((u) => u.member === target);
    const knownSum = units.filter((u) => u.member !== target && known(u.member, c, figure)).reduce((s, u) => s + u.value, 0);
    const others = units.filter((u) => u.member !== target && !known(u.member, c, figure)).length;
    return { units, range, mine, knownSum, others };
  };
  const singles = new Map<string, { obs: Observation; captured: Captured }>();
  const singleCaptures = new Map<Captured, number>();
  for (const o of observations) {
    if (!singleCaptures.has(o.captured)) singleCaptures.set(o.captured, singleCaptures.size);
    singles.set(`${singleCaptures.get(o.captured)}|${o.obs.figure}|${o.obs.min}|${o.obs.max}`, o);
  }
  for (const { obs, captured } of singles.values()) {
    const members = new Set(unitsOf(captured, obs.figure).units.map((u) => u.member));
    for (const target of members) {
      if (known(target, captured, obs.figure)) continue;
      const { range, mine, knownSum, others } = split(captured, obs.figure, target);
      const [lo, hi] = [range[0] * mine.length, range[1] * mine.length];
      const low = Math.max(lo, obs.min - knownSum - range[1] * others);
      const high = Math.min(hi, obs.max - knownSum - range[0] * others);
      pin(target, obs.week, obs.figure, low, high, mine.reduce((s, u) => s + u.value, 0), 'one figure alone');
    }
  }
  // Differencing: any two observations of one figure (any weeks, any outputs) whose contributions
  // differ by one member's.
  // Repeats of one figure from one capture add nothing; keep one of each.
  const captureIds = new Map<Captured, number>();
  const distinct = new Map<string, { obs: Observation; captured: Captured }>();
  for (const o of observations) {
    if (!captureIds.has(o.captured)) captureIds.set(o.captured, captureIds.size);
    distinct.set(`${captureIds.get(o.captured)}|${o.obs.figure}|${o.obs.min}|${o.obs.max}`, o);
  }
  const byFigure = new Map<string, { obs: Observation; captured: Captured; units: Unit[]; range: [number, number]; ids: Set<string> }[]>();
  for (const o of distinct.values()) {
    const { units, range } = unitsOf(o.captured, o.obs.figure);
    const list = byFigure.get(o.obs.figure) ?? [];
    list.push({ ...o, units, range, ids: new Set(units.map((u) => u.id)) });
    byFigure.set(o.obs.figure, list);
  }
  for (const group of byFigure.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a === b || a.units.length >= b.units.length || ![...a.ids].every((id) => b.ids.has(id))) continue;
        const extra = b.units.filter((u) => !a.ids.has(u.id));
        const who = new Set(extra.map((u) => u.member));
        if (who.size !== 1) continue;
        const target = [...who][0]!;
        if (known(target, b.captured, b.obs.figure)) continue;
        const low = Math.max(b.range[0] * extra.length, b.obs.min - a.obs.max);
        const high = Math.min(b.range[1] * extra.length, b.obs.max - a.obs.min);
        pin(target, b.obs.week, b.obs.figure, low, high, extra.reduce((s, u) => s + u.value, 0), 'difference of two outputs');
      }
    }
  }
  return found;
}

/** Plays a history against a system; returns what the attacker pinned. */
export function play(history: History, system: DigestSystem = new PureDigestSystem(history.k)): { outputs: Output[]; found: Success[] } {
  const team = new Team();
  const outputs: Output[] = [];
  const seen: { obs: Observation; captured: Captured }[] = [];
  for (const e of steps(history.events)) {
    if (e.kind === 'day') continue;
    if (e.kind !== 'query') {
      team.apply(e);
      continue;
    }
    const out = system.query(team, e);
    outputs.push(out);
    for (const obs of observe(out, system.frozen)) seen.push({ obs, captured: system.frozen.get(obs.week)! });
  }
  return { outputs, found: attack(seen, team) };
}
