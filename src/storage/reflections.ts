import type { Prisma } from './database.js';

/** The member's private boundaries-reflection answers: read back only to that member. */
export class ReflectionRepository {
  constructor(private readonly prisma: Prisma) {}

  async save(memberId: string, item: number, answer: string): Promise<void> {
    await this.prisma.boundaryReflection.upsert({
      where: { memberId_item: { memberId, item } },
      create: { memberId, item, answer },
      update: { answer },
    });
  }

  async all(memberId: string): Promise<Map<number, string>> {
    const rows = await this.prisma.boundaryReflection.findMany({ where: { memberId }, orderBy: { item: 'asc' } });
    return new Map(rows.map((row) => [row.item, row.answer]));
  }

  async clear(memberId: string): Promise<void> {
    await this.prisma.boundaryReflection.deleteMany({ where: { memberId } });
  }
}
