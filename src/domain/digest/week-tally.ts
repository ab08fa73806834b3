import { averageTotals, exposedToInsiders, shareTotals, type Contribution } from './insider-exposure.js';

/** One member's check-ins in one week: the finest grain the digest reads, and never shown or stored. */
export interface MemberWeek {
  week: string;
  memberId: string;
  days: number;
  lowDays: number;
  /** Sum and count of answers per question id. */
  sums: Record<string, { sum: number; count: number }>;
}

export const SIGNAL_LEVELS = ['watch', 'reach_out', 'urgent'] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

/** A support signal raised for a member in the week; `named` when the supervisors were told who. */
export interface SignalRow {
  memberId: string;
  level: SignalLevel;
  named: boolean;
}

/**
 * A closed week's team aggregates: what the digest reports from, frozen when the week is first
 * reported. Sums and counts only; no member appears in it.
 */
export interface WeekTally {
  week: string;
  /** Peers who checked in at least once. */
  people: number;
  days: number;
  lowDays: number;
  /** `exposed`: see heavyShareExposed. */
  questions: Record<string, { people: number; sum: number; count: number; exposed?: boolean }>;
  /** Peers who were members when the week was frozen: everyone a support-signal count is out of. */
  peers: number;
  /** Members by the highest support signal raised for them in the week; `named` of them were told to supervisors by name. */
  signals: Record<SignalLevel, { members: number; named: number }>;
  /**
   * Whether the heavy-day share would pin one member's heavy days for readers who knew everyone
   * else's (see insider-exposure.ts). Decided when the week is added up, from the per-member rows no one keeps.
   */
  heavyShareExposed?: boolean;
  /** Set when the frozen week is withdrawn (see who-counts.ts): kept as it was, and never shown. */
  withdrawn?: true;
}

const rank = (level: SignalLevel) => SIGNAL_LEVELS.indexOf(level);

/** Adds up one week of peers' check-ins and support signals. */
export function tallyWeek(week: string, rows: readonly MemberWeek[], signalRows: readonly SignalRow[], peers: number): WeekTally {
  const questions: WeekTally['questions'] = {};
  let days = 0;
  let lowDays = 0;
  const people = new Map<string, { days: number; lowDays: number }>();
  for (const row of rows) {
    if (row.week !== week) continue;
    const member = people.get(row.memberId) ?? { days: 0, lowDays: 0 };
    people.set(row.memberId, { days: member.days + row.days, lowDays: member.lowDays + row.lowDays });
    days += row.days;
    lowDays += row.lowDays;
    for (const [id, { sum, count }] of Object.entries(row.sums)) {
      if (count === 0) continue;
      const q = (questions[id] ??= { people: 0, sum: 0, count: 0 });
      q.people++;
      q.sum += sum;
      q.count += count;
    }
  }
  // Each member counts once, at their highest level, so the levels and "no signal" split the peers.
  const highest = new Map<string, SignalRow>();
  for (const s of signalRows) {
    const seen = highest.get(s.memberId);
    if (!seen || rank(s.level) > rank(seen.level) || (rank(s.level) === rank(seen.level) && s.named)) highest.set(s.memberId, s);
  }
  const signals = Object.fromEntries(SIGNAL_LEVELS.map((l) => [l, { members: 0, named: 0 }])) as WeekTally['signals'];
  for (const s of highest.values()) {
    signals[s.level].members++;
    if (s.named) signals[s.level].named++;
  }
  const dayParts: Contribution[] = [...people.values()].map((m) => ({ count: m.days, total: m.lowDays }));
  const heavyShareExposed = days > 0 && exposedToInsiders(shareTotals(lowDays, days), [0, 1], dayParts);
  for (const [id, q] of Object.entries(questions)) {
    const parts = rows.filter((r) => r.week === week && (r.sums[id]?.count ?? 0) > 0).map((r) => ({ count: r.sums[id]!.count, total: r.sums[id]!.sum }));
    q.exposed = exposedToInsiders(averageTotals(q.sum, q.count), [1, 5], parts);
  }
  return { week, people: people.size, days, lowDays, questions, peers: Math.max(peers, people.size), signals, heavyShareExposed };
}
