import { DeliveryError } from '../../src/core/errors.js';

/** Slack answers that no retry can fix: the member left, the bot was removed, the token is gone. */
const permanentErrors = new Set([
  'account_inactive',
  'user_not_found',
  'cannot_dm_bot',
  'user_disabled',
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'account_inactive',
  'missing_scope',
  'no_installation',
]);

/** Slack's own answers for trouble on its side: the platform failing, not this message. */
const outageErrors = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/**
 * A Web API failure as the outbox understands it: wait and retry, or give up. An HTTP 5xx, a
 * timeout or no connection at all is an outage of Slack, which pauses sending there.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  if (e.code === 'slack_webapi_rate_limited_error') {
    return new DeliveryError('Slack asked us to slow down', { retryAfterMs: (e.retryAfter ?? 1) * 1000 });
  }
  if (e instanceof DeliveryError) return e;
  if (e.code === 'slack_webapi_http_error' || e.code === 'slack_webapi_request_error') {
    const status = typeof e.statusCode === 'number' ? `HTTP ${e.statusCode}` : 'no answer';
    const outage = e.code === 'slack_webapi_request_error' || (e.statusCode ?? 500) >= 500;
    return new DeliveryError(`Slack could not take the message (${status})`, { outage, permanent: !outage && e.statusCode !== 408 });
  }
  const reason = e.data?.error ?? e.code;
  return new DeliveryError(`Slack refused the message${reason ? ` (${reason})` : ''}`, {
    // No `cause`: a Web API error carries its HTTP request, and that holds the bot token.
    permanent: reason !== undefined && permanentErrors.has(reason),
    outage: reason !== undefined && outageErrors.has(reason),
  });
}

/** Slack's answers to auth.test that mean the token itself is refused (no retry will help). */
export const refusedTokenErrors = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission']);

/**
 * What may be logged about a failure: its kind, Slack's error code and the message. Never the
 * error object itself: a Web API error carries the HTTP request, Authorization header included.
 */
export function loggableError(error: unknown): { code?: string; slackError?: string; message: string } {
  const e = error as { code?: unknown; data?: { error?: unknown }; message?: unknown };
  return {
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.data?.error === 'string' ? { slackError: e.data.error } : {}),
    message: typeof e?.message === 'string' ? e.message.replace(/xox[a-z]-[\w-]+/g, 'xox…') : String(error).slice(0, 200),
  };
}
