/** Never below 3, whatever a community sets (DESIGN.md: aggregates above a minimum group size). */
export const MIN_GROUP_FLOOR = 3;

export type Shown<T> = { shown: true; value: T; people: number } | { shown: false; reason: 'too-few' | 'would-single-out' };

export const notEnough = 'not enough responses to show this';

/**
 * Whether a figure drawn from `people` may be shown. It needs at least k contributors, and, when
 * the previous period's figure was shown, the two groups must be the same or differ by at least k
 * people: otherwise subtracting one from the other could reveal someone.
 */
export function guard<T>(value: T, people: ReadonlySet<string>, previous: ReadonlySet<string> | undefined, k: number): Shown<T> {
  const min = Math.max(MIN_GROUP_FLOOR, k);
  if (people.size < min) return { shown: false, reason: 'too-few' };
  if (previous && previous.size >= min) {
    let differ = 0;
    for (const p of people) if (!previous.has(p)) differ++;
    for (const p of previous) if (!people.has(p)) differ++;
    if (differ > 0 && differ < min) return { shown: false, reason: 'would-single-out' };
  }
  return { shown: true, value, people: people.size };
}
