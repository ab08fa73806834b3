import { err, ok, type Result } from '../core/result.js';

/** A wall-clock time of day, "HH:mm" in 24-hour form. */
export type ClockTime = string;

const formatHelp = 'Times look like 08:30, 17:00 or 5:30pm.';

/** No time, day list or pause is longer than this; longer input is refused before any matching. */
export const MAX_SHORT_INPUT = 200;

export function parseClockTime(input: string): Result<ClockTime> {
  if (input.length > MAX_SHORT_INPUT) return err(`That is longer than any time. ${formatHelp}`);
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'noon') return ok('12:00');
  if (text === 'midnight') return ok('00:00');
  const match = /^(\d{1,2})(?:[:.h](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!match) return err(`I couldn't read "${short(input)}" as a time. ${formatHelp}`);
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (meridiem === undefined && match[2] === undefined) {
    const examples = hours >= 1 && hours <= 12 ? `${hours}:00 or ${hours}am` : `${String(hours).padStart(2, '0')}:00`;
    return err(`Please include minutes or am/pm, like ${examples}. ${formatHelp}`);
  }
  if (meridiem) {
    if (hours < 1 || hours > 12) return err(`"${short(input)}" isn't a time on a 12-hour clock. ${formatHelp}`);
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return err(`"${short(input)}" isn't a time of day. ${formatHelp}`);
  return ok(formatClockTime(hours * 60 + minutes));
}

const digit = (time: string, at: number): number => time.charCodeAt(at) - 48;

export const minutesOfDay = (time: ClockTime): number => {
  // "HH:mm", as stored and as the database formats it, read without allocating (the scheduler reads
  // several per member per pass); anything else the long way.
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    const h1 = digit(time, 0), h2 = digit(time, 1), m1 = digit(time, 3), m2 = digit(time, 4);
    if (h1 >= 0 && h1 <= 9 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9) return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  }
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
};

export const formatClockTime = (minutes: number): ClockTime => {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};

export function short(input: string, max = 40): string {
  const clean = input.replace(/[\p{Cc}]/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
