import { DateTime } from 'luxon';
import { err, ok, type Result } from '../core/result.js';
import { addDays, weekdayOf } from './local-time.js';
import { short } from './user-text.js';

/** A pause ends at most this many days ahead; longer than that, turning check-ins off is the honest setting. */
export const MAX_PAUSE_DAYS = 365;

const resumeWords = new Set(['off', 'resume', 'none', 'no', 'end', 'stop']);
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const help = (today: string): string =>
  `Say how long, like "2 weeks", "3 days" or "friday", or the date to come back, like ${addDays(today, 30)}.`;

/**
 * The local date on which check-ins and pairings resume after a pause. `today` is the member's own
 * local date (YYYY-MM-DD). "tomorrow", "3 days", "2 weeks", "1 month", "friday" (the next one,
 * never today) or a date; "off", "resume" or "none" → null: no pause, resume now.
 */
export function parsePauseUntil(input: string, today: string): Result<string | null> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (resumeWords.has(text)) return ok(null);
  const resume = resumeDate(text, today);
  if (resume === undefined) return err(`I couldn't read "${short(input)}" as a pause. ${help(today)}`);
  if (resume === 'zero') return err(`A pause needs to last at least a day. ${help(today)}`);
  if (resume <= today) return err(`That date has already passed. ${help(today)}`);
  if (resume > addDays(today, MAX_PAUSE_DAYS)) {
    return err(
      `That's more than a year away. Please choose a closer date, like "3 months" or ${addDays(today, 90)}, or turn check-ins off instead with /settings checkins off.`,
    );
  }
  return ok(resume);
}

function resumeDate(text: string, today: string): string | 'zero' | undefined {
  if (text === 'tomorrow') return addDays(today, 1);
  const span = /^(\d{1,3}|a|an|one) ?(days?|d|weeks?|wks?|w|months?)$/.exec(text);
  if (span) {
    const n = /^\d/.test(span[1]!) ? Number(span[1]) : 1;
    if (n === 0) return 'zero';
    const unit = span[2]!;
    if (unit.startsWith('d')) return addDays(today, n);
    if (unit.startsWith('w')) return addDays(today, n * 7);
    // Calendar months: 31 January + 1 month is 28/29 February.
    return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months: n }).toISODate() ?? undefined;
  }
  const weekday = weekdays.indexOf(text.replace(/^(next|on) /, '')) + 1;
  if (weekday > 0) {
    // 1–7 days ahead: "monday" said on a Monday means next week's.
    const ahead = ((weekday - weekdayOf(today) + 6) % 7) + 1;
    return addDays(today, ahead);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = DateTime.fromISO(text, { zone: 'UTC' });
    return date.isValid ? text : undefined;
  }
  return undefined;
}
