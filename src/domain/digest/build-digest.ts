import type { CheckinQuestion } from '../checkin-questions.js';
import { minGroup } from './privacy.js';
import { weekFigures, type WeekFigures } from './week-figures.js';
import type { WeekTally } from './week-tally.js';

export type { MemberWeek } from './week-tally.js';
export type { WeekFigures } from './week-figures.js';

export interface Digest {
  /** First day of the first week shown, and the day after the last. */
  from: string;
  to: string;
  /** The week still running when the digest was made: never shown, reported once it ends. */
  openWeek: string;
  minGroupSize: number;
  weeks: WeekFigures[];
}

/**
 * The digest of closed weeks, oldest first, from their frozen tallies. A week with no tally had no
 * check-ins; its figures are all withheld.
 */
export function buildDigest(
  tallies: readonly WeekTally[],
  reported: { weeks: readonly string[]; from: string; to: string; openWeek: string },
  questions: readonly CheckinQuestion[],
  k: number,
): Digest {
  const byWeek = new Map(tallies.map((t) => [t.week, t]));
  const empty = (week: string): WeekTally => ({
    week,
    people: 0,
    days: 0,
    lowDays: 0,
    questions: {},
    peers: 0,
    signals: { watch: { members: 0, named: 0 }, reach_out: { members: 0, named: 0 }, urgent: { members: 0, named: 0 } },
  });
  return {
    from: reported.from,
    to: reported.to,
    openWeek: reported.openWeek,
    minGroupSize: minGroup(k),
    weeks: reported.weeks.map((w) => weekFigures(byWeek.get(w) ?? empty(w), questions, k)),
  };
}
