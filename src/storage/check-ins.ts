import type { Prisma } from './database.js';
import { fromDateColumn, toDateColumn } from './local-date-column.js';

export interface CheckInRecord {
  localDate: string;
  answers: Record<string, number>;
  note: string | null;
  completedAt: Date | null;
}

export class CheckInRepository {
  constructor(private readonly prisma: Prisma) {}

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

  async saveNote(memberId: string, localDate: string, note: string | null): Promise<void> {
    await this.prisma.checkIn.update({
      where: { memberId_localDate: { memberId, localDate: toDateColumn(localDate) } },
      data: { note },
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
    return row ? toRecord(row) : null;
  }

  /** The member's own completed check-ins on or after `sinceLocalDate`, oldest first. */
  async since(memberId: string, sinceLocalDate: string): Promise<CheckInRecord[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: { memberId, localDate: { gte: toDateColumn(sinceLocalDate) }, completedAt: { not: null } },
      orderBy: { localDate: 'asc' },
    });
    return rows.map(toRecord);
  }
}

function toRecord(row: { localDate: Date; answers: unknown; note: string | null; completedAt: Date | null }): CheckInRecord {
  return {
    localDate: fromDateColumn(row.localDate),
    answers: (row.answers ?? {}) as Record<string, number>,
    note: row.note,
    completedAt: row.completedAt,
  };
}
