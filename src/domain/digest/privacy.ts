/** Never below 3, whatever a community sets (DESIGN.md: aggregates above a minimum group size). */
export const MIN_GROUP_FLOOR = 3;

/**
 * `too-few`: under the minimum group size (or would give such a figure back). `withdrawn`: the week
 * may count someone who has since become a supervisor or admin (see who-counts.ts).
 */
export type Shown<T> = { shown: true; value: T; people: number } | { shown: false; reason: 'too-few' | 'withdrawn' };

export const notEnough = 'not enough responses to show this';

/** The minimum group size in force: the community's, never below the floor. */
export const minGroup = (k: number): number => Math.max(MIN_GROUP_FLOOR, k);

/** A figure drawn from `people` contributors is shown only when they are at least k. */
export function atLeastK<T>(value: () => T, people: number, k: number): Shown<T> {
  return people >= minGroup(k) ? { shown: true, value: value(), people } : { shown: false, reason: 'too-few' };
}
