/** How one kind of constraint violation is named by Prisma, by PostgreSQL and by a driver adapter. */
export interface ConstraintViolationNames {
  prismaCode: string;
  sqlState: string;
  adapterKind: string;
}

/**
 * Whether an error, or any error it wraps (its cause, or the driver adapter's error a raw query
 * carries in meta), is the named constraint violation. Each error is looked at once, so a cycle of
 * causes ends.
 */
export function isConstraintViolation(error: unknown, names: ConstraintViolationNames, seen = new Set<unknown>()): boolean {
  if (error === null || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const { code, kind, cause, meta } = error as { code?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (code === names.prismaCode || code === names.sqlState || kind === names.adapterKind) return true;
  return isConstraintViolation(cause, names, seen) || isConstraintViolation(meta?.driverAdapterError, names, seen);
}
