import type { NoteCipher } from '../security/note-cipher.js';
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
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: NoteCipher,
  ) {}

  async open(memberId: string): Promise<CheckInSessionRecord | null> {
    const row = await this.prisma.checkInSession.findUnique({ where: { memberId } });
    if (!row) return null;
    return { localDate: fromDateColumn(row.localDate), step: row.step, draft: (row.draft ?? null) as Record<string, number> | null };
  }

  async start(memberId: string, session: CheckInSessionRecord): Promise<void> {
    const data = { localDate: toDateColumn(session.localDate), step: session.step, draft: session.draft ?? Prisma.DbNull };
    await this.prisma.checkInSession.upsert({ where: { memberId }, create: { memberId, ...data }, update: data });
  }

  /**
   * Keeps, sealed, what the member just wrote that wasn't an answer, so they can choose to keep it
   * as today's note; it replaces what was kept before and goes when the check-in ends.
   */
  async hear(memberId: string, text: string): Promise<void> {
    await this.prisma.checkInSession.updateMany({ where: { memberId }, data: { heard: this.cipher.encrypt(text) } });
  }

  /** What `hear` kept, once: it is forgotten as it is handed over. Null when nothing is kept (or it can no longer be opened). */
  async takeHeard(memberId: string): Promise<string | null> {
    const row = await this.prisma.checkInSession.findUnique({ where: { memberId }, select: { heard: true } });
    if (!row?.heard) return null;
    const taken = await this.prisma.checkInSession.updateMany({ where: { memberId, heard: row.heard }, data: { heard: null } });
    if (taken.count === 0) return null;
    try {
      return this.cipher.decrypt(row.heard);
    } catch {
      return null; // sealed with a key since retired
    }
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
