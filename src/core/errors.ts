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
