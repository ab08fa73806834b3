import { DateTime } from 'luxon';

/** Monday (ISO date) of the ISO week that holds the local date `date`. */
export function weekOf(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).startOf('week').toISODate()!;
}

export function addWeeks(week: string, n: number): string {
  return DateTime.fromISO(week, { zone: 'UTC' }).plus({ weeks: n }).toISODate()!;
}

/**
 * The instant week `week` (Monday to Sunday in each member's local dates) has ended for everyone:
 * midnight at the start of the next Monday in whichever of `zones` reaches it last.
 */
export function weekClosesAt(week: string, zones: readonly string[]): Date {
  const nextMonday = addWeeks(week, 1);
  let latest = 0;
  for (const zone of new Set(zones.length > 0 ? zones : ['UTC'])) {
    const end = DateTime.fromISO(nextMonday, { zone });
    const at = end.isValid ? end.toMillis() : DateTime.fromISO(nextMonday, { zone: 'UTC' }).toMillis();
    latest = Math.max(latest, at);
  }
  return new Date(latest);
}

/**
 * The newest week that has closed at `now`. A digest never reports a later one: while a week is
 * open, each new check-in would change its figures, and two digests taken either side of one
 * check-in would differ by exactly that member's answers.
 */
export function lastClosedWeek(now: Date, zones: readonly string[]): string {
  // The latest zone is at most 14 hours behind UTC's date, so the closed week is this UTC week or
  // one of the two before it.
  let week = weekOf(DateTime.fromJSDate(now, { zone: 'UTC' }).toISODate()!);
  while (weekClosesAt(week, zones).getTime() > now.getTime()) week = addWeeks(week, -1);
  return week;
}

export interface ReportedWeeks {
  /** Closed weeks, oldest first; empty when none of the asked-for weeks has closed yet. */
  weeks: string[];
  /** First day of the first week and the day after the last: the range the figures cover. */
  from: string;
  to: string;
  /** The week still open at the time of asking, which no digest shows until it ends. */
  openWeek: string;
}

/** The `count` most recent closed weeks at `now`. */
export function recentClosedWeeks(now: Date, zones: readonly string[], count = 4): ReportedWeeks {
  const last = lastClosedWeek(now, zones);
  const weeks = Array.from({ length: count }, (_, i) => addWeeks(last, i - count + 1));
  return { weeks, from: weeks[0]!, to: addWeeks(last, 1), openWeek: addWeeks(last, 1) };
}

/** The closed weeks from the week of `from` to the week of `to` (local dates, inclusive), at most 104. */
export function closedWeeksBetween(from: string, to: string, now: Date, zones: readonly string[]): ReportedWeeks {
  const openWeek = addWeeks(lastClosedWeek(now, zones), 1);
  const first = weekOf(from);
  const askedLast = weekOf(to);
  const last = askedLast < openWeek ? askedLast : addWeeks(openWeek, -1);
  const weeks: string[] = [];
  for (let w = first; w <= last && weeks.length < 104; w = addWeeks(w, 1)) weeks.push(w);
  return { weeks, from: first, to: weeks.length > 0 ? addWeeks(weeks.at(-1)!, 1) : first, openWeek };
}
