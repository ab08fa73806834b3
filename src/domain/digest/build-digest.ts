import type { CheckinQuestion } from '../checkin-questions.js';
import { guard, type Shown } from './privacy.js';

/** One member's check-ins in one week: the finest grain the digest reads, and never shown. */
export interface MemberWeek {
  week: string;
  memberId: string;
  days: number;
  lowDays: number;
  /** Sum and count of answers per question id. */
  sums: Record<string, { sum: number; count: number }>;
}

export interface WeekFigures {
  week: string;
  participants: Shown<number>;
  checkinDays: Shown<number>;
  lowDayShare: Shown<number>;
  averages: Record<string, Shown<number>>;
}

export interface Digest {
  from: string;
  to: string;
  minGroupSize: number;
  weeks: WeekFigures[];
}

/**
 * Team figures per week with the minimum group size applied to every figure and every trend point,
 * and to the difference between consecutive weeks. Weeks are ISO weeks, oldest first.
 */
export function buildDigest(rows: MemberWeek[], weeks: string[], questions: CheckinQuestion[], k: number, range: { from: string; to: string }): Digest {
  let previous: Set<string> | undefined;
  const byWeek = new Map<string, MemberWeek[]>();
  for (const row of rows) {
    const list = byWeek.get(row.week);
    if (list) list.push(row);
    else byWeek.set(row.week, [row]);
  }
  const figures = weeks.map((week) => {
    const inWeek = byWeek.get(week) ?? [];
    const people = new Set(inWeek.map((r) => r.memberId));
    const show = <T>(value: T) => guard(value, people, previous, k);
    const days = inWeek.reduce((s, r) => s + r.days, 0);
    const low = inWeek.reduce((s, r) => s + r.lowDays, 0);
    const averages: Record<string, Shown<number>> = {};
    for (const q of questions) {
      const answered = inWeek.filter((r) => (r.sums[q.id]?.count ?? 0) > 0);
      const sum = answered.reduce((s, r) => s + r.sums[q.id]!.sum, 0);
      const count = answered.reduce((s, r) => s + r.sums[q.id]!.count, 0);
      averages[q.id] = guard(count > 0 ? round(sum / count) : 0, new Set(answered.map((r) => r.memberId)), previous, k);
    }
    const result: WeekFigures = {
      week,
      participants: show(people.size),
      checkinDays: show(days),
      lowDayShare: show(days > 0 ? round(low / days) : 0),
      averages,
    };
    // Differences are checked against the last week that was itself shown.
    if (result.participants.shown) previous = people;
    return result;
  });
  return { ...range, minGroupSize: k, weeks: figures };
}

const round = (x: number) => Math.round(x * 100) / 100;
