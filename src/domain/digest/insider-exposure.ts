import { averageBand, shareBand, AVERAGE_STEP } from './precision.js';

/**
 * Whether a figure, once shown, would give a member's answers away to readers who later learn the
 * others' exactly: members made supervisors or admins after the week was reported know their own
 * answers, and outputs made before a promotion stay where they were sent (a digest channel's
 * history, a saved CSV). Example: three people answered 1, 1 and 5, shown as "2.0–2.5"; the one
 * who answered 5, promoted, knows the other two answered 1.
 *
 * So a week is checked when it is added up, and a figure that fails is withheld from the start.
 * The check assumes the worst: every member but one known. From the shown band the figure's
 * integer total lies in [min, max]; take away everyone else's part, and if what is left for that
 * one member (each unit between `unit[0]` and `unit[1]`) is a single value, the figure exposes
 * them. Knowing fewer members never narrows anything further, so a figure that passes is safe
 * against any group of insiders.
 */
export interface Contribution {
  /** Units the member put in (answers, or check-in days). */
  count: number;
  /** Their sum (of answers, or of heavy days). */
  total: number;
}

export function exposedToInsiders(band: { min: number; max: number }, unit: readonly [number, number], members: readonly Contribution[]): boolean {
  if (members.length < 2) return false;
  const total = members.reduce((n, m) => n + m.total, 0);
  return members.some((target) => {
    const others = total - target.total;
    const low = Math.max(unit[0] * target.count, band.min - others);
    const high = Math.min(unit[1] * target.count, band.max - others);
    return low >= high;
  });
}

/** The heavy-day counts out of `days` that the shown share allows. */
export function shareTotals(lowDays: number, days: number): { min: number; max: number } {
  switch (shareBand(lowDays, days)) {
    case 'up to a third':
      return { min: 0, max: Math.floor(days / 3) };
    case 'two thirds or more':
      return { min: Math.ceil((2 * days) / 3), max: days };
    case 'a third to two thirds':
      return { min: Math.floor(days / 3) + 1, max: Math.ceil((2 * days) / 3) - 1 };
  }
}

/** The answer sums over `count` answers that the shown half-point band allows. */
export function averageTotals(sum: number, count: number): { min: number; max: number } {
  const band = averageBand(sum, count);
  const top = band.low + AVERAGE_STEP >= 5;
  const max = top ? 5 * count : Math.ceil(band.high * count - 1e-9) - 1;
  return { min: Math.ceil(band.low * count - 1e-9), max };
}
