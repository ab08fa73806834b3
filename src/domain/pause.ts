import { DateTime } from 'luxon';
import { err, ok, type Result } from '../core/result.js';
import { MAX_SHORT_INPUT, short } from './clock-time.js';
import { addDays, weekdayOf } from './local-time.js';

const MAX_PAUSE_DAYS = 365;
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const help = 'Say how long, like "2 weeks", "3 days" or "friday", or give the date to come back, like 2026-12-24.';

/**
 * When a pause ends: the local date check-ins and pairings resume. `today` is the member's own
 * local date. null means "no pause" (resume now).
 */
export function parsePauseUntil(input: string, today: string): Result<string | null> {
  if (input.length > MAX_SHORT_INPUT) return err(`That is longer than any pause. ${help}`);
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (['off', 'resume', 'none', 'no', 'end'].includes(text)) return ok(null);
  if (/^0+ ?[a-z]+$/.test(text)) return err(`A pause needs at least one day. ${help}`);
  const resume = resumeDate(text, today);
  if (resume === undefined) return err(`I couldn't read "${short(input)}" as a pause. ${help}`);
  if (resume <= today) return err(`That date has already passed. ${help}`);
  if (resume > addDays(today, MAX_PAUSE_DAYS)) {
    return err('That is more than a year away. Please choose a closer date, or turn check-ins off with `/settings checkins off`.');
  }
  return ok(resume);
}

function resumeDate(text: string, today: string): string | undefined {
  if (text === 'tomorrow') return addDays(today, 1);
  const span = /^(\d{1,3}) ?(day|days|d|week|weeks|w|month|months)$/.exec(text);
  if (span) {
    const n = Number(span[1]);
    const unit = span[2]!;
    if (unit.startsWith('d')) return addDays(today, n);
    if (unit.startsWith('w')) return addDays(today, n * 7);
    return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months: n }).toISODate()!;
  }
  const weekday = weekdays.indexOf(text.replace(/^next /, '')) + 1;
  if (weekday > 0) {
    const ahead = ((weekday - weekdayOf(today) + 6) % 7) + 1;
    return addDays(today, ahead);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = DateTime.fromISO(text, { zone: 'UTC' });
    return date.isValid ? date.toISODate()! : undefined;
  }
  return undefined;
}
