import { err, ok, type Result } from '../core/result.js';
import { short } from './user-text.js';

// Kept here too because commands import it from this module.
export { short } from './user-text.js';

/** A wall-clock time of day, "HH:mm" in 24-hour form ("00:00" to "23:59"). */
export type ClockTime = string;

const MINUTES_PER_DAY = 24 * 60;
const help = 'Times look like 08:30 or 8:30pm.';

/**
 * "8:30", "08:30", "20:05", "8am", "8:30 pm", "12am" (00:00), "12pm" (12:00), "noon", "midnight".
 * "8.30" and "8h30" are read too. Bare numbers ("8", "0830") are refused: 8 in the morning or
 * the evening is exactly what we'd be guessing.
 */
export function parseClockTime(input: string): Result<ClockTime> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'noon' || text === 'midday') return ok('12:00');
  if (text === 'midnight') return ok('00:00');
  const match = /^(\d{1,2})(?:[:.h：](\d{2}))? ?(am|pm|a\.m\.?|p\.m\.?)?$/.exec(text);
  if (!match) return err(`I couldn't read "${short(input)}" as a time. ${help}`);
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (meridiem === undefined && match[2] === undefined) {
    if (hours > 23) return err(`I couldn't read "${short(input)}" as a time. ${help}`);
    const example = hours >= 1 && hours <= 12 ? `${hours}:00 or ${hours}am` : `${String(hours).padStart(2, '0')}:00`;
    return err(`Please add minutes or am/pm, like ${example}. ${help}`);
  }
  if (meridiem) {
    if (hours < 1 || hours > 12) return err(`"${short(input)}" isn't a time on a 12-hour clock. ${help}`);
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return err(`"${short(input)}" isn't a time of day. ${help}`);
  return ok(formatClockTime(hours * 60 + minutes));
}

/** Minutes since midnight, 0–1439. Expects a ClockTime from parseClockTime or formatClockTime. */
export function minutesOfDay(time: ClockTime): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Minutes since midnight as "HH:mm", rounded to the minute and wrapped into one day (1440 → "00:00", -30 → "23:30"). */
export function formatClockTime(minutes: number): ClockTime {
  if (!Number.isFinite(minutes)) throw new RangeError(`formatClockTime needs a finite number of minutes, got ${minutes}`);
  const wrapped = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
