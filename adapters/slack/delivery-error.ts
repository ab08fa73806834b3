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

/** A Web API failure as the outbox understands it: wait and retry, or give up. */
export function toDeliveryError(error: unknown): DeliveryError {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; message?: string };
  if (e.code === 'slack_webapi_rate_limited_error') {
    return new DeliveryError('Slack asked us to slow down', { retryAfterMs: (e.retryAfter ?? 1) * 1000, cause: error });
  }
  const reason = e.data?.error ?? (e instanceof DeliveryError ? undefined : e.code);
  if (e instanceof DeliveryError) return e;
  return new DeliveryError(`Slack refused the message${reason ? ` (${reason})` : ''}`, {
    permanent: reason !== undefined && permanentErrors.has(reason),
    cause: error,
  });
}
