import type { Prisma } from './database.js';
import { toDateColumn } from './local-date-column.js';

/** Counts refresher look-ups per community and day, with no member attached. */
export class TopicViewRepository {
  constructor(private readonly prisma: Prisma) {}

  async record(communityId: string, topicId: string, localDate: string): Promise<void> {
    await this.prisma.topicView.create({ data: { communityId, topicId, viewedOn: toDateColumn(localDate) } });
  }

  /** Look-ups from `sinceLocalDate`, and before `beforeLocalDate` when given. */
  async mostViewed(communityId: string, sinceLocalDate: string, limit = 5, beforeLocalDate?: string): Promise<{ topicId: string; views: number }[]> {
    const rows = await this.prisma.topicView.groupBy({
      by: ['topicId'],
      where: { communityId, viewedOn: { gte: toDateColumn(sinceLocalDate), ...(beforeLocalDate ? { lt: toDateColumn(beforeLocalDate) } : {}) } },
      _count: { _all: true },
      orderBy: { _count: { topicId: 'desc' } },
      take: limit,
    });
    return rows.map((row) => ({ topicId: row.topicId, views: row._count._all }));
  }
}
