import { isConstraintViolation } from './constraint-violation.js';

/**
 * Whether a write failed because a row it points at is gone (a member erased while the write was
 * on its way): Prisma's P2003, PostgreSQL's 23503, or a driver adapter's ForeignKeyConstraintViolation
 * as a raw query reports it.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return isConstraintViolation(error, { prismaCode: 'P2003', sqlState: '23503', adapterKind: 'ForeignKeyConstraintViolation' });
}
