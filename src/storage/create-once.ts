/**
 * Whether a write failed because another writer created the same unique row first (Prisma's
 * P2002, also as PostgreSQL's 23505 when it comes through a driver adapter unmapped).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002' || code === '23505') return true;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== error && isUniqueViolation(cause);
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
