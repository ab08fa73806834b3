import { localClockOf } from '../local-time.js';
import { isQuietAt, type QuietHours } from '../quiet-hours.js';

export interface Sleeper {
  zone: string;
  quiet: QuietHours | null;
}

const STEP_MINUTES = 15;
const LOOK_AHEAD_HOURS = 24;

/**
 * The first instant from `at` (in 15-minute steps, within a day) at which none of these members
 * is inside their quiet hours: when a message to them, alone or together, may go out. When their
 * quiet hours leave no common time, `at`: a round's introduction should not wait for ever.
 */
export function firstAwakeInstant(at: Date, members: Sleeper[]): Date {
  for (let step = 0; step <= (LOOK_AHEAD_HOURS * 60) / STEP_MINUTES; step++) {
    const instant = new Date(at.getTime() + step * STEP_MINUTES * 60_000);
    if (members.every((m) => !isQuietAt(m.quiet, localClockOf(instant, m.zone)))) return instant;
  }
  return at;
}

/** A member's time zone and quiet hours, from their settings. */
export function asleeper(m: { timeZone: string | null; quietStart: string | null; quietEnd: string | null }, communityZone: string): Sleeper {
  return { zone: m.timeZone ?? communityZone, quiet: m.quietStart && m.quietEnd ? { start: m.quietStart, end: m.quietEnd } : null };
}
