import { DateTime } from 'luxon';
import type { ClockTime } from './clock-time.js';

/** The member's calendar date at an instant, "YYYY-MM-DD", in their IANA time zone (DST included). */
export function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? DateTime.fromJSDate(instant, { zone: 'UTC' }).toISODate()!;
}

/** The member's wall-clock time; an unknown zone falls back to UTC rather than "Invalid DateTime". */
export function localClockOf(instant: Date, zone: string): ClockTime {
  const local = DateTime.fromJSDate(instant, { zone });
  return (local.isValid ? local : DateTime.fromJSDate(instant, { zone: 'UTC' })).toFormat('HH:mm');
}

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

/** "2 Dec 14:05": an instant as a supervisor or admin reads it in a list, in their own zone (UTC if unknown). */
export function formatShortLocal(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone });
  return (local.isValid ? local : DateTime.fromJSDate(instant, { zone: 'UTC' })).setLocale('en-GB').toFormat('d LLL HH:mm');
}
