import { minutesOfDay, type ClockTime } from './clock-time.js';
import { isQuietAt, type QuietHours } from './quiet-hours.js';

export type DueState =
  /** Send it now. */
  | { state: 'due'; dueAt: ClockTime }
  /** Its time hasn't come yet today (or quiet hours hold it until later today). */
  | { state: 'waiting'; dueAt: ClockTime }
  /** Today's chance has passed: after the catch-up window, or quiet hours last past midnight. */
  | { state: 'missed' };

/**
 * When today's check-in may go out, in the member's local time. A check-in time inside quiet hours
 * moves to when they end, if that is still today; after downtime a late prompt still goes out
 * within the catch-up window, and a stale one doesn't.
 */
export function checkinDueState(options: {
  checkinTime: ClockTime;
  quietHours: QuietHours | null;
  now: ClockTime;
  catchUpMinutes: number;
}): DueState {
  const { checkinTime, quietHours, now, catchUpMinutes } = options;
  let dueAt = checkinTime;
  if (quietHours && isQuietAt(quietHours, checkinTime)) {
    // Quiet hours that end "earlier" on the clock end tomorrow: nothing more today.
    if (minutesOfDay(quietHours.end) <= minutesOfDay(checkinTime)) return { state: 'missed' };
    dueAt = quietHours.end;
  }
  const late = minutesOfDay(now) - minutesOfDay(dueAt);
  if (late < 0 || isQuietAt(quietHours, now)) return { state: 'waiting', dueAt };
  if (late > catchUpMinutes) return { state: 'missed' };
  return { state: 'due', dueAt };
}

/**
 * When a check-in set for `checkinTime` really arrives, given quiet hours: at its time, when the
 * quiet hours end (later the same day), or never (they last past midnight).
 */
export type CheckinArrival = { kind: 'as-set' } | { kind: 'at-quiet-end'; at: ClockTime } | { kind: 'never' };

export function checkinArrival(checkinTime: ClockTime, quietHours: QuietHours | null): CheckinArrival {
  if (!quietHours || !isQuietAt(quietHours, checkinTime)) return { kind: 'as-set' };
  if (minutesOfDay(quietHours.end) <= minutesOfDay(checkinTime)) return { kind: 'never' };
  return { kind: 'at-quiet-end', at: quietHours.end };
}
