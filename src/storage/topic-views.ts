import type { Prisma } from './database.js';
import { toDateColumn } from './local-date-column.js';
import { readerKey } from './community-topics.js';

/** Counts refresher look-ups per community and day, with no member attached. */
export class TopicViewRepository {
  constructor(private readonly prisma: Prisma) {}

  async record(communityId: string, topicId: string, localDate: string): Promise<void> {
    await this.prisma.topicView.create({ data: { communityId, topicId, viewedOn: toDateColumn(localDate) } });
  }

  /**
   * A member read a refresher: the day's look-up and the week's distinct reader (see
   * TopicReaderRepository), in one statement, so a busy hour costs one round trip per look-up.
   */
  async recordLookup(communityId: string, topicId: string, memberId: string, localDate: string, weekStart: string): Promise<void> {
    await this.prisma.$executeRaw`
      WITH viewed AS (
        INSERT INTO topic_views (community_id, topic_id, viewed_on) VALUES (${communityId}::uuid, ${topicId}, ${localDate}::date))
      INSERT INTO topic_readers (community_id, topic_id, week_start, reader_key)
      VALUES (${communityId}::uuid, ${topicId}, ${weekStart}::date, ${readerKey(memberId, topicId, weekStart)})
      ON CONFLICT DO NOTHING`;
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
