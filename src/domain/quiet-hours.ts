import { err, ok, type Result } from '../core/result.js';
import { MAX_SHORT_INPUT, minutesOfDay, parseClockTime, short, type ClockTime } from './clock-time.js';

/** Hours in which the bot stays silent; may wrap past midnight (22:00–07:00). */
export interface QuietHours {
  start: ClockTime;
  end: ClockTime;
}

const MIN_AWAKE_MINUTES = 60;

export function parseQuietHours(input: string): Result<QuietHours | null> {
  if (input.length > MAX_SHORT_INPUT) return err('That is longer than any quiet hours. Give a start and an end, like 21:00-08:00, or "off".');
  const text = input.trim().toLowerCase();
  if (['off', 'none', 'no'].includes(text)) return ok(null);
  const parts = text.split(/\s*(?:-|–|—|\bto\b|\buntil\b)\s*/).filter((p) => p !== '');
  if (parts.length !== 2) {
    return err(`I couldn't read "${short(input)}" as quiet hours. Give a start and an end, like 21:00-08:00, or "off".`);
  }
  const start = rangeEnd(parts[0]!);
  const end = rangeEnd(parts[1]!);
  if (!start.ok) return start;
  if (!end.ok) return end;
  const length = (minutesOfDay(end.value) - minutesOfDay(start.value) + 1440) % 1440;
  if (length === 0) {
    return err("Quiet hours can't start and end at the same time. To stop check-ins altogether, use `/settings checkins off`.");
  }
  if (1440 - length < MIN_AWAKE_MINUTES) {
    return err('Those quiet hours leave less than an hour for check-ins. To stop them altogether, use `/settings checkins off`.');
  }
  return ok({ start: start.value, end: end.value });
}

/** In a range, a bare hour is on the 24-hour clock: "22-7" is 22:00–07:00. */
function rangeEnd(part: string): Result<ClockTime> {
  return parseClockTime(/^\d{1,2}$/.test(part) ? `${part}:00` : part);
}

/** Start inclusive, end exclusive, wrapping past midnight. */
export function isQuietAt(quiet: QuietHours | null, localTime: ClockTime): boolean {
  if (!quiet) return false;
  const now = minutesOfDay(localTime);
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}
