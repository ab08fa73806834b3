/**
 * How precisely a digest may state a figure, so that no figure pins down one member's answer.
 *
 * The argument, given the other rules (every figure is per closed week; a closed week's tallies are
 * frozen when first reported, so every later output of that week repeats them exactly; each
 * figure comes from at least k ≥ 3 peers, and so from at least 3 answers):
 *
 * - Differencing needs two outputs of the same data that differ. Weeks hold disjoint check-ins,
 *   and one week is only ever reported from one frozen tally, so no two outputs differ by one
 *   member's answers. What remains is what a single figure gives away on its own.
 * - An average over c ≥ 3 answers on 1–5 is stated as a half-point band ("3.5–4"). Suppose a
 *   reader knows exactly who answered and how often (c answers, d of them one member's). The band
 *   [L, L+½) bounds that member's sum between L·c − 5(c − d) and (L+½)·c − (c − d): at least
 *   ½·c ≥ 1.5 wide even at the ends of the scale, where the others are pressed to 1 or 5. So at
 *   least two sums stay possible: "4.5–5" is what five 5s give, and also four 5s and a 4. An
 *   average stated to two decimals, or rounded to the nearest half, fails this at c = 3 (three 5s
 *   read "5.0"; two 5s and a 4 read "4.67").
 * - The share of heavy days is stated in thirds ("up to a third", "between a third and two
 *   thirds", "two thirds or more"). With c ≥ 3 days, turning one day over moves the share by at
 *   most 1/c ≤ 1/3, and the end bands are closed, so "all heavy" (1) and "one day lighter"
 *   (≥ 2/3) read alike, as do "none" and "one" (≤ 1/3).
 * - Counts (people, check-in days, support signals) are stated as bands of five ("5–9"), never
 *   exactly, and never below k. A count of members with a support signal is shown only when both
 *   those with it and those without it number at least k, so it can never read "all of them" or
 *   "none of them" (see support-signals.ts).
 */

export interface Band {
  low: number;
  high: number;
}

export const AVERAGE_STEP = 0.5;

/** The half-point band holding the average of `count` answers summing to `sum`: [low, low + ½), the top band [4.5, 5]. */
export function averageBand(sum: number, count: number): Band {
  const average = sum / count;
  const low = Math.min(5 - AVERAGE_STEP, Math.max(1, Math.floor(average / AVERAGE_STEP + 1e-9) * AVERAGE_STEP));
  return { low, high: low + AVERAGE_STEP };
}

export type ShareBand = 'up to a third' | 'a third to two thirds' | 'two thirds or more';

/** Which third `part` of `whole` falls in; the end bands include their edges. */
export function shareBand(part: number, whole: number): ShareBand {
  if (3 * part <= whole) return 'up to a third';
  if (3 * part >= 2 * whole) return 'two thirds or more';
  return 'a third to two thirds';
}

export const SHARE_BANDS: Record<ShareBand, Band> = {
  'up to a third': { low: 0, high: 1 / 3 },
  'a third to two thirds': { low: 1 / 3, high: 2 / 3 },
  'two thirds or more': { low: 2 / 3, high: 1 },
};

export const COUNT_STEP = 5;

/** The band of five holding `n` (n ≥ k), never starting below k: 3–4, 5–9, 10–14 … */
export function countBand(n: number, k: number): Band {
  const low = Math.floor(n / COUNT_STEP) * COUNT_STEP;
  return { low: Math.max(low, Math.min(k, n)), high: low + COUNT_STEP - 1 };
}

export const formatBand = (b: Band, digits = 0): string => `${b.low.toFixed(digits)}–${b.high.toFixed(digits)}`;
