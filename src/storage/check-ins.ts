import type { NoteCipher } from '../security/note-cipher.js';
import type { Prisma } from './database.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';

export interface CheckInRecord {
  localDate: string;
  answers: Record<string, number>;
  note: string | null;
  completedAt: Date | null;
}

export class CheckInRepository {
  /** Notes are sealed on the way in and opened on the way out: the database never holds plaintext. */
  constructor(
    private readonly prisma: Prisma,
    private readonly cipher: NoteCipher,
  ) {}

  /**
   * Records one answer on the member's check-in for that local day, creating it if needed.
   * One statement, so two quick clicks can neither create two rows nor drop an answer.
   */
  async saveAnswer(memberId: string, localDate: string, questionId: string, value: number): Promise<void> {
    const answer = JSON.stringify({ [questionId]: value });
    await this.prisma.$executeRaw`
      INSERT INTO check_ins (id, member_id, local_date, answers, created_at, updated_at)
      VALUES (gen_random_uuid(), ${memberId}::uuid, ${localDate}::date, ${answer}::jsonb, now(), now())
      ON CONFLICT (member_id, local_date)
      DO UPDATE SET answers = check_ins.answers || EXCLUDED.answers, updated_at = now()`;
  }

  /** Replaces the day's answers with a finished redo's, all at once. */
  async replaceAnswers(memberId: string, localDate: string, answers: Record<string, number>): Promise<void> {
    await this.prisma.checkIn.update({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
      data: { answers },
    });
  }

  async saveNote(memberId: string, localDate: string, note: string | null): Promise<void> {
    await this.prisma.checkIn.update({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
      data: { note: note === null ? null : this.cipher.encrypt(note) },
    });
  }

  /** Sets the day's note, creating the day's check-in if it has no answers yet. */
  async keepNote(memberId: string, localDate: string, note: string): Promise<void> {
    const sealed = this.cipher.encrypt(note);
    await this.prisma.checkIn.upsert({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
      create: { memberId, localDate: toDateColumn(localDate), note: sealed },
      update: { note: sealed },
    });
  }

  async complete(memberId: string, localDate: string, at: Date): Promise<void> {
    await this.prisma.checkIn.update({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
      data: { completedAt: at },
    });
  }

  async forDay(memberId: string, localDate: string): Promise<CheckInRecord | null> {
    const row = await this.prisma.checkIn.findUnique({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
    });
    return row ? this.toRecord(row) : null;
  }

  /** The member's own completed check-ins on or after `sinceLocalDate`, oldest first. */
  async since(memberId: string, sinceLocalDate: string): Promise<CheckInRecord[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: { memberId, localDate: { gte: toDateColumn(sinceLocalDate) }, completedAt: { not: null } },
      orderBy: { localDate: 'asc' },
    });
    return rows.map((row) => this.toRecord(row));
  }

  /** Re-seals every note not sealed with the current key; returns how many. Safe to run while the bot runs. */
  async resealNotes(batchSize = 500): Promise<number> {
    let resealed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.prisma.checkIn.findMany({
        where: { note: { not: null }, id: { gt: after } },
        orderBy: { id: 'asc' },
        take: batchSize,
        select: { id: true, note: true },
      });
      if (rows.length === 0) return resealed;
      for (const row of rows) {
        if (row.note && !this.cipher.isCurrent(row.note)) {
          // Only if unchanged since read, so a note edited meanwhile is never overwritten.
          const updated = await this.prisma.checkIn.updateMany({
            where: { id: row.id, note: row.note },
            data: { note: this.cipher.encrypt(this.cipher.decrypt(row.note)) },
          });
          resealed += updated.count;
        }
      }
      after = rows.at(-1)!.id;
    }
  }

  private toRecord(row: { localDate: Date; answers: unknown; note: string | null; completedAt: Date | null }): CheckInRecord {
    return {
      localDate: fromDateColumn(row.localDate),
      answers: (row.answers ?? {}) as Record<string, number>,
      note: row.note === null ? null : this.cipher.decrypt(row.note),
      completedAt: row.completedAt,
    };
  }
}
