import { isConstraintViolation } from './constraint-violation.js';

/**
 * Whether a write failed because another writer created the same unique row first (Prisma's
 * P2002, also as PostgreSQL's 23505 when it comes through a driver adapter unmapped, or a driver
 * adapter's UniqueConstraintViolation as a raw query reports it).
 */
export function isUniqueViolation(error: unknown): boolean {
  return isConstraintViolation(error, { prismaCode: 'P2002', sqlState: '23505', adapterKind: 'UniqueConstraintViolation' });
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
