/**
 * The one base error of peercircle. `code` is stable: tests, logs and user-facing copy key on it,
 * never on the message text.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'DATABASE_UNAVAILABLE'
  | 'MIGRATION_FAILED'
  | 'SCHEMA_DRIFT'
  | 'CONTENT_INVALID'
  | 'ADAPTER_FAILED'
  | 'DELIVERY_FAILED'
  | 'INTERNAL';

export class PeercircleError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PeercircleError';
    this.code = code;
  }
}

export function isPeercircleError(error: unknown, code?: ErrorCode): error is PeercircleError {
  return error instanceof PeercircleError && (code === undefined || error.code === code);
}

/**
 * A platform refused or failed a delivery. `retryAfterMs` carries the platform's own wait (HTTP 429
 * retry-after); `permanent` means trying again cannot help (the user blocked the bot, say);
 * `outage` means the platform as a whole is failing (a 5xx, a timeout, no connection), which is
 * what trips the outbox's circuit breaker, unlike a refusal of this one message.
 */
export class DeliveryError extends PeercircleError {
  readonly retryAfterMs: number | undefined;
  readonly permanent: boolean;
  readonly outage: boolean;

  constructor(message: string, options: { retryAfterMs?: number; permanent?: boolean; outage?: boolean; cause?: unknown } = {}) {
    super('DELIVERY_FAILED', message, { cause: options.cause });
    this.name = 'DeliveryError';
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
    this.outage = options.outage ?? false;
  }
}
