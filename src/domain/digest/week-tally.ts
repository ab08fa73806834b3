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
  questions: Record<string, { people: number; sum: number; count: number }>;
  /** Peers who were members when the week was frozen: everyone a support-signal count is out of. */
  peers: number;
  /** Members by the highest support signal raised for them in the week; `named` of them were told to supervisors by name. */
  signals: Record<SignalLevel, { members: number; named: number }>;
}

const rank = (level: SignalLevel) => SIGNAL_LEVELS.indexOf(level);

/** Adds up one week of peers' check-ins and support signals. */
export function tallyWeek(week: string, rows: readonly MemberWeek[], signalRows: readonly SignalRow[], peers: number): WeekTally {
  const questions: WeekTally['questions'] = {};
  let days = 0;
  let lowDays = 0;
  const people = new Set<string>();
  for (const row of rows) {
    if (row.week !== week) continue;
    people.add(row.memberId);
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
  return { week, people: people.size, days, lowDays, questions, peers: Math.max(peers, people.size), signals };
}
