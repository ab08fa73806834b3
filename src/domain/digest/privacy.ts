/** Never below 3, whatever a community sets (DESIGN.md: aggregates above a minimum group size). */
export const MIN_GROUP_FLOOR = 3;

export type Shown<T> = { shown: true; value: T; people: number } | { shown: false; reason: 'too-few' };

export const notEnough = 'not enough responses to show this';

/** The minimum group size in force: the community's, never below the floor. */
export const minGroup = (k: number): number => Math.max(MIN_GROUP_FLOOR, k);

/** A figure drawn from `people` contributors is shown only when they are at least k. */
export function atLeastK<T>(value: () => T, people: number, k: number): Shown<T> {
  return people >= minGroup(k) ? { shown: true, value: value(), people } : { shown: false, reason: 'too-few' };
}
