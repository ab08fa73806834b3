import { err, ok, type Result } from '../core/result.js';
import { minutesOfDay, parseClockTime, type ClockTime } from './clock-time.js';
import { short } from './user-text.js';

/** Hours in which the bot stays silent, in the member's local time. May wrap past midnight (22:00–07:00). */
export interface QuietHours {
  start: ClockTime;
  end: ClockTime;
}

/** Quiet hours must leave at least this much of the day for check-ins. */
export const MIN_AWAKE_MINUTES = 60;

const example = 'like 22:00-07:00 or 10pm to 7am';
const offWords = new Set(['off', 'none', 'no', 'no quiet hours']);

/** "22:00-07:00", "10pm-7am", "22:00 to 7am", en or em dashes; "off" or "none" → null (no quiet hours). */
export function parseQuietHours(input: string): Result<QuietHours | null> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (offWords.has(text)) return ok(null);
  const parts = text
    .replace(/^from /, '')
    .split(/ ?(?:-|–|—|\bto\b|\buntil\b|\btill\b) ?/)
    .filter((p) => p !== '');
  if (parts.length !== 2) {
    return err(`I couldn't read "${short(input)}" as quiet hours. Give a start and an end, ${example}, or "off".`);
  }
  const start = parseClockTime(parts[0]!);
  if (!start.ok) return err(`${start.error} Quiet hours look ${example}.`);
  const end = parseClockTime(parts[1]!);
  if (!end.ok) return err(`${end.error} Quiet hours look ${example}.`);

  const quietMinutes = (minutesOfDay(end.value) - minutesOfDay(start.value) + 1440) % 1440;
  if (quietMinutes === 0) {
    return err(
      `Quiet hours can't start and end at the same time: that would be the whole day, or none of it. Try something ${example}, or "off". To stop check-ins altogether, use /settings checkins off.`,
    );
  }
  if (1440 - quietMinutes < MIN_AWAKE_MINUTES) {
    return err(
      `Those quiet hours leave less than an hour a day for check-ins. Try a shorter stretch, ${example}. If you'd rather have no check-ins for now, use /settings checkins off.`,
    );
  }
  return ok({ start: start.value, end: end.value });
}

/** Whether it is quiet at a local time: start inclusive, end exclusive, wrapping past midnight. */
export function isQuietAt(quiet: QuietHours | null, localTime: ClockTime): boolean {
  if (!quiet) return false;
  const now = minutesOfDay(localTime);
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * When the current stretch of quiet ends, or null if it isn't quiet at `localTime`. The end may
 * fall on the next day: compare with `localTime` (end earlier on the clock means tomorrow).
 */
export function quietHoursEnd(quiet: QuietHours | null, localTime: ClockTime): ClockTime | null {
  return quiet && isQuietAt(quiet, localTime) ? quiet.end : null;
}
