/** Minutes two circular windows of the UTC day [start, end) share. */
export function overlapMinutes(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const spans = (w: { start: number; end: number }): [number, number][] =>
    w.start <= w.end ? [[w.start, w.end]] : [[w.start, 1440], [0, w.end]];
  let total = 0;
  for (const [s1, e1] of spans(a)) for (const [s2, e2] of spans(b)) total += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return total;
}

/** A member's working hours (09:00–17:00 local by default) as minutes of the UTC day, from their UTC offset. */
export function workingHoursUtc(offsetMinutes: number, localStart = 9 * 60, localEnd = 17 * 60): { start: number; end: number } {
  const wrap = (m: number) => ((m % 1440) + 1440) % 1440;
  return { start: wrap(localStart - offsetMinutes), end: wrap(localEnd - offsetMinutes) };
}
