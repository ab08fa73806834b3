import { minutesOfDay, type ClockTime } from './clock-time.js';

/**
 * How long a message the bot sends on its own is worth sending, by what it means. A retry is
 * bounded by this, never by a count of attempts: during a platform outage a message waits as long
 * as it is still useful, then gives up visibly (logged, counted, listed by `peercircle outbox`).
 *
 * A support request reaching a supervisor, and a member's "yes, let my crisis contact know", are
 * never given up on: they wait for as long as it takes, and the operator's log is told when they
 * are overdue.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Kinds that are never given up on. */
const neverGiveUp = new Set(['escalation', 'escalation-backup', 'crisis-contact']);

/** Kinds worth sending for a fixed time after they were queued. */
const worthFor: Record<string, number> = {
  // A weekly digest is still worth reading for a few days; the next week's replaces it.
  digest: 3 * 24 * HOUR,
  // A round lasts a week or more: its introduction still helps days late.
  'pairing-intro': 3 * 24 * HOUR,
  'pairing-unmatched': 2 * 24 * HOUR,
  'pairing-check': 2 * 24 * HOUR,
  'pairing-check-reminder': 24 * HOUR,
  // "Nobody answered your debrief request" is about now; hours later it only confuses.
  'debrief-unanswered': 6 * HOUR,
  'debrief-closed': 6 * HOUR,
};

/** Anything else (a kind added later) gets a day: long enough for any outage, short of spam. */
const DEFAULT_WORTH = 24 * HOUR;

/** True for the kinds that wait for ever and are reported when overdue. */
export function neverGivesUp(kind: string): boolean {
  return neverGiveUp.has(kind) || kind.startsWith('escalation') || kind.startsWith('crisis');
}

/** When a message of this kind, queued at `queuedAt`, stops being worth sending; null for never. */
export function deliverByFor(kind: string, queuedAt: Date): Date | null {
  if (neverGivesUp(kind)) return null;
  return new Date(queuedAt.getTime() + (worthFor[kind] ?? DEFAULT_WORTH));
}

/**
 * A check-in prompt is worth sending until its catch-up window closes: `catchUpMinutes` after the
 * local time it was due (its check-in time, or the end of quiet hours). `now` is the member's wall
 * clock at `at`, so the window's end is found from the minutes still left in it.
 */
export function promptDeliverBy(at: Date, now: ClockTime, dueAt: ClockTime, catchUpMinutes: number): Date {
  const late = Math.max(0, minutesOfDay(now) - minutesOfDay(dueAt));
  return new Date(at.getTime() + Math.max(0, catchUpMinutes - late) * MINUTE);
}

/** A reminder is worth sending until the member's day ends (their local midnight). */
export function reminderDeliverBy(at: Date, now: ClockTime): Date {
  return new Date(at.getTime() + (24 * 60 - minutesOfDay(now)) * MINUTE - (at.getTime() % MINUTE));
}
