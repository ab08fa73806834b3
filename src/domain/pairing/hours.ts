/** Minutes two circular windows of the UTC day [start, end) share. */
export function overlapMinutes(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return overlapOf(a.start, a.end, b.start, b.end);
}

/**
 * The same on plain numbers and without allocating: the matcher calls it for every pair it weighs.
 * A window that wraps past midnight is the two spans [start, 1440) and [0, end).
 */
export function overlapOf(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (aStart > aEnd) return overlapOf(aStart, 1440, bStart, bEnd) + overlapOf(0, aEnd, bStart, bEnd);
  if (bStart > bEnd) return overlapOf(aStart, aEnd, bStart, 1440) + overlapOf(aStart, aEnd, 0, bEnd);
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** A member's working hours (09:00–17:00 local by default) as minutes of the UTC day, from their UTC offset. */
export function workingHoursUtc(offsetMinutes: number, localStart = 9 * 60, localEnd = 17 * 60): { start: number; end: number } {
  const wrap = (m: number) => ((m % 1440) + 1440) % 1440;
  return { start: wrap(localStart - offsetMinutes), end: wrap(localEnd - offsetMinutes) };
}
