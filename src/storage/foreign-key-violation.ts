/**
 * Whether a write failed because a row it points at is gone (a member erased while the write was
 * on its way): Prisma's P2003, PostgreSQL's 23503, or a driver adapter's ForeignKeyConstraintViolation
 * as a raw query reports it.
 */
export function isForeignKeyViolation(error: unknown, seen = new Set<unknown>()): boolean {
  if (error === null || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const { code, kind, cause, meta } = error as { code?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (code === 'P2003' || code === '23503' || kind === 'ForeignKeyConstraintViolation') return true;
  return isForeignKeyViolation(cause, seen) || isForeignKeyViolation(meta?.driverAdapterError, seen);
}
