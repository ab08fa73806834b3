import type { Prisma as PrismaClient } from './database.js';
import { Prisma } from './generated/client.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';

/** The check-in a member is in the middle of. At most one per member: starting another replaces it. */
export interface CheckInSessionRecord {
  localDate: string;
  /** A question id, or "note". */
  step: string;
  /** A redo's answers so far, saved only when it is finished; null for a first check-in. */
  draft: Record<string, number> | null;
}

export class CheckInSessionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async open(memberId: string): Promise<CheckInSessionRecord | null> {
    const row = await this.prisma.checkInSession.findUnique({ where: { memberId } });
    if (!row) return null;
    return { localDate: fromDateColumn(row.localDate), step: row.step, draft: (row.draft ?? null) as Record<string, number> | null };
  }

  async start(memberId: string, session: CheckInSessionRecord): Promise<void> {
    const data = { localDate: toDateColumn(session.localDate), step: session.step, draft: session.draft ?? Prisma.DbNull };
    await this.prisma.checkInSession.upsert({ where: { memberId }, create: { memberId, ...data }, update: data });
  }

  /** Whether the scheduler sent today's check-in prompt, whose question a typed answer may be for. */
  async wasPrompted(memberId: string, localDate: string): Promise<boolean> {
    const row = await this.prisma.checkInPrompt.findUnique({ where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } } });
    return row !== null;
  }

  async end(memberId: string): Promise<void> {
    await this.prisma.checkInSession.deleteMany({ where: { memberId } });
  }
}
