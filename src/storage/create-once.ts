/**
 * Whether a write failed because another writer created the same unique row first (Prisma's
 * P2002, also as PostgreSQL's 23505 when it comes through a driver adapter unmapped, or a driver
 * adapter's UniqueConstraintViolation as a raw query reports it).
 */
export function isUniqueViolation(error: unknown, seen = new Set<unknown>()): boolean {
  if (error === null || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const { code, kind, cause, meta } = error as { code?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (code === 'P2002' || code === '23505' || kind === 'UniqueConstraintViolation') return true;
  return isUniqueViolation(cause, seen) || isUniqueViolation(meta?.driverAdapterError, seen);
}

/**
 * Creates a row keyed by a unique constraint, idempotently under concurrency: when two first
 * requests race and the other one's insert wins, this one reads the winner's row instead of failing.
 */
export async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | null>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await find();
    if (winner === null) throw error;
    return winner;
  }
}
