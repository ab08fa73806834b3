/** Never below 3, whatever a community sets (DESIGN.md: aggregates above a minimum group size). */
export const MIN_GROUP_FLOOR = 3;

/**
 * `too-few`: under the minimum group size (or would give such a figure back). `withdrawn`: the week
 * may count someone who has since become a supervisor or admin (see who-counts.ts).
 * `could-reveal-someone`: enough people, but the figure would give one person's answers away to a
 * reader who knows everyone else's (insider-exposure.ts).
 */
export type Withheld = 'too-few' | 'withdrawn' | 'could-reveal-someone';
export type Shown<T> = { shown: true; value: T; people: number } | { shown: false; reason: Withheld };

export const notEnough = 'not enough responses to show this';
export const couldRevealSomeone = "showing it could give away one person's answers";

/** Why a figure is hidden, in the digest's words. */
export const whyHidden = (reason: Withheld): string => (reason === 'could-reveal-someone' ? couldRevealSomeone : notEnough);

/** The minimum group size in force: the community's, never below the floor. */
export const minGroup = (k: number): number => Math.max(MIN_GROUP_FLOOR, k);

/**
 * A figure drawn from `people` contributors is shown only when they are at least k, and, when
 * `exposed`, not at all (it would give someone away to insiders).
 */
export function atLeastK<T>(value: () => T, people: number, k: number, exposed = false): Shown<T> {
  if (people < minGroup(k)) return { shown: false, reason: 'too-few' };
  return exposed ? { shown: false, reason: 'could-reveal-someone' } : { shown: true, value: value(), people };
}
