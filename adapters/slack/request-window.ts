import { err, ok, type Result } from '../../src/core/result.js';

/** Slack's guidance: refuse a request stamped more than five minutes from now, either way. */
export const REQUEST_WINDOW_SECONDS = 5 * 60;

/**
 * Checks `X-Slack-Request-Timestamp` against the clock in both directions. Bolt checks the
 * signature and past timestamps itself but accepts any future one, which would let a captured,
 * validly signed request be replayed for as long as its stamp lies ahead.
 */
export function checkRequestTimestamp(header: string | string[] | undefined, nowMs: number): Result<number> {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || !/^\d{1,12}$/.test(raw.trim())) return err('missing or malformed X-Slack-Request-Timestamp');
  const stamp = Number(raw.trim());
  const skew = Math.abs(nowMs / 1000 - stamp);
  return skew > REQUEST_WINDOW_SECONDS ? err('X-Slack-Request-Timestamp is more than five minutes from now') : ok(stamp);
}
