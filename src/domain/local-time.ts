import { DateTime, IANAZone } from 'luxon';
import { minutesOfDay, type ClockTime } from './clock-time.js';

/*
 * Local calendar dates ("YYYY-MM-DD") and wall-clock times in a member's IANA time zone. Zones are
 * validated when members set them (parseTimeZone); an unknown zone here falls back to UTC rather
 * than stopping the scheduler.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

function zoned(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  return local.isValid ? local : DateTime.fromJSDate(instant, { zone: 'UTC' });
}

/** The member's calendar date at an instant, "YYYY-MM-DD" (DST included). */
export function localDateOf(instant: Date, zone: string): string {
  return zoned(instant, zone).toFormat('yyyy-MM-dd');
}

/** The member's wall-clock time at an instant, "HH:mm". */
export function localClockOf(instant: Date, zone: string): ClockTime {
  return zoned(instant, zone).toFormat('HH:mm');
}

/** Calendar arithmetic on a local date; no time zone involved, so DST can't shift it. */
export function addDays(localDate: string, days: number): string {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(localDate: string): number {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).weekday;
}

/** "Monday 23 November": how a date is shown to members. */
export function formatLocalDay(localDate: string): string {
  const date = DateTime.fromISO(localDate, { zone: 'UTC' });
  return date.isValid ? date.setLocale('en-GB').toFormat('cccc d LLLL') : localDate;
}

/**
 * The instant at which the wall clock in `zone` reads `time` on `localDate`; precisely, the first
 * instant at which that local date-and-time has been reached. So:
 * - in a DST gap (02:30 on 2026-03-08 in America/New_York, when clocks jump 02:00 → 03:00) it is
 *   the instant right after the gap, 03:00 EDT: a check-in set for 02:30 goes out as soon as the
 *   day has passed 02:30, not an hour late (luxon alone would give 03:30);
 * - in a fall-back overlap (01:30 on 2026-11-01 in New York happens twice) it is the first
 *   occurrence, 01:30 EDT, so nothing is sent twice or an hour late.
 * Throws RangeError for a malformed date, time or zone (callers pass validated values).
 */
export function instantAt(localDate: string, time: ClockTime, zone: string): Date {
  const midnight = DateTime.fromISO(localDate, { zone: 'UTC' });
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(localDate) && midnight.isValid;
  if (!isDate || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || !IANAZone.isValidZone(zone)) {
    throw new RangeError(`instantAt needs YYYY-MM-DD, HH:mm and a valid zone; got ${localDate} ${time} ${zone}`);
  }
  const tz = IANAZone.create(zone);
  // The wall time written as if it were UTC; the real instant is `wall - offset`.
  const wall = midnight.toMillis() + minutesOfDay(time) * MINUTE;
  const offsetAt = (ms: number): number => tz.offset(ms);
  // Offsets in force a day either side cover any transition near this wall time.
  const offsets = [...new Set([offsetAt(wall - DAY), offsetAt(wall), offsetAt(wall + DAY)])];
  const exact = offsets.map((o) => wall - o * MINUTE).filter((t) => offsetAt(t) === (wall - t) / MINUTE);
  if (exact.length > 0) return new Date(Math.min(...exact));

  // A gap: no instant shows this wall time. Find the first minute whose local time is past it.
  const localMs = (t: number): number => t + offsetAt(t) * MINUTE;
  let lo = wall - Math.max(...offsets) * MINUTE; // still before the requested wall time
  let hi = wall - Math.min(...offsets) * MINUTE; // already past it
  while (hi - lo > MINUTE) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
    if (localMs(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
