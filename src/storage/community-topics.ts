import type { ReaderKeys } from '../security/reader-key.js';
import type { Prisma } from './database.js';
import { toDateColumn } from './local-date-column.js';
import type { TopicViewRepository } from './topic-views.js';

/** A principle a community's admins wrote, as the store keeps it. */
export interface OwnTopic {
  id: string;
  title: string;
  summary: string;
  body: string;
  sources: string[];
  aliases: string[];
  retiredAt: Date | null;
  updatedAt: Date;
}

export type OwnTopicText = Pick<OwnTopic, 'title' | 'summary' | 'body' | 'sources' | 'aliases'>;

/**
 * A community's own principles and the built-in ones it hid. Nothing is deleted: retiring keeps the
 * text, and a hidden built-in topic comes back by removing its row.
 */
export class CommunityTopicRepository {
  constructor(private readonly prisma: Prisma) {}

  /** Every own topic, retired ones too, by id. */
  async own(communityId: string): Promise<OwnTopic[]> {
    const rows = await this.prisma.communityTopic.findMany({ where: { communityId }, orderBy: { topicId: 'asc' } });
    return rows.map(({ topicId, title, summary, body, sources, aliases, retiredAt, updatedAt }) => ({ id: topicId, title, summary, body, sources, aliases, retiredAt, updatedAt }));
  }

  /**
   * Its own topics (as `own`) and the built-in ones it hid (as `hidden`), in one statement: every
   * refresher looked up reads both, and one round trip costs the bot's busy thread half as much.
   */
  async ownAndHidden(communityId: string): Promise<{ own: OwnTopic[]; hidden: Set<string> }> {
    const rows = await this.prisma.$queryRaw<
      { topic_id: string; title: string | null; summary: string | null; body: string | null; sources: string[] | null; aliases: string[] | null; retired_at: Date | null; updated_at: Date | null; hidden: boolean }[]
    >`
      SELECT topic_id, title, summary, body, sources, aliases, retired_at, updated_at, false AS hidden FROM community_topics WHERE community_id = ${communityId}::uuid
      UNION ALL
      SELECT topic_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true FROM hidden_topics WHERE community_id = ${communityId}::uuid
      ORDER BY hidden, topic_id`;
    const own: OwnTopic[] = [];
    const hidden = new Set<string>();
    for (const row of rows) {
      if (row.hidden) hidden.add(row.topic_id);
      else own.push({ id: row.topic_id, title: row.title!, summary: row.summary!, body: row.body!, sources: row.sources ?? [], aliases: row.aliases ?? [], retiredAt: row.retired_at, updatedAt: row.updated_at! });
    }
    return { own, hidden };
  }

  /** False when the community already has a topic with that id (retired or not). */
  async add(communityId: string, id: string, text: OwnTopicText): Promise<boolean> {
    const { count } = await this.prisma.communityTopic.createMany({ data: [{ communityId, topicId: id, ...text }], skipDuplicates: true });
    return count === 1;
  }

  async update(communityId: string, id: string, text: OwnTopicText): Promise<void> {
    await this.prisma.communityTopic.update({ where: { communityId_topicId: { communityId, topicId: id } }, data: text });
  }

  async setRetired(communityId: string, id: string, at: Date | null): Promise<void> {
    await this.prisma.communityTopic.update({ where: { communityId_topicId: { communityId, topicId: id } }, data: { retiredAt: at } });
  }

  /** Ids of the built-in topics this community hid. */
  async hidden(communityId: string): Promise<Set<string>> {
    const rows = await this.prisma.hiddenTopic.findMany({ where: { communityId }, select: { topicId: true } });
    return new Set(rows.map((row) => row.topicId));
  }

  async hide(communityId: string, id: string, at: Date): Promise<void> {
    await this.prisma.hiddenTopic.createMany({ data: [{ communityId, topicId: id, hiddenAt: at }], skipDuplicates: true });
  }

  async unhide(communityId: string, id: string): Promise<void> {
    await this.prisma.hiddenTopic.deleteMany({ where: { communityId, topicId: id } });
  }
}

/**
 * Distinct readers of each topic per week, for the training-need signal. A reader is kept as a keyed
 * hash of member, topic and week (see ReaderKeys): enough to count each person once, never enough
 * to say who it was, even for someone holding the database and every member id.
 */
export class TopicReaderRepository {
  constructor(
    private readonly prisma: Prisma,
    private readonly readerKeys: ReaderKeys,
    /** Where the day's view is counted when it takes its own statement (during a key rotation). */
    private readonly views: TopicViewRepository,
  ) {}

  /**
   * One look-up of a topic: the day's view count (no member attached) and the week's reader, in one
   * statement, so a refresher costs one round trip to the database instead of two.
   */
  async recordRead(communityId: string, topicId: string, memberId: string, localDate: string, weekStart: string): Promise<void> {
    if (this.readerKeys.previous(memberId, topicId, weekStart).length > 0) {
      // During a key rotation the reader may already be counted under the old key: as `record`.
      await this.views.record(communityId, topicId, localDate);
      return this.record(communityId, topicId, memberId, weekStart);
    }
    const readerKey = this.readerKeys.current(memberId, topicId, weekStart);
    await this.prisma.$executeRaw`
      WITH viewed AS (INSERT INTO topic_views (community_id, topic_id, viewed_on) VALUES (${communityId}::uuid, ${topicId}, ${localDate}::date))
      INSERT INTO topic_readers (community_id, topic_id, week_start, reader_key) VALUES (${communityId}::uuid, ${topicId}, ${weekStart}::date, ${readerKey})
      ON CONFLICT DO NOTHING`;
  }

  async record(communityId: string, topicId: string, memberId: string, weekStart: string): Promise<void> {
    const week = toDateColumn(weekStart);
    // During a key rotation, a reader already counted under the old key is not counted again.
    const earlier = this.readerKeys.previous(memberId, topicId, weekStart);
    if (earlier.length > 0 && (await this.prisma.topicReader.count({ where: { communityId, topicId, weekStart: week, readerKey: { in: earlier } } })) > 0) return;
    const readerKey = this.readerKeys.current(memberId, topicId, weekStart);
    await this.prisma.topicReader.createMany({ data: [{ communityId, topicId, weekStart: week, readerKey }], skipDuplicates: true });
  }

  /** How many different members looked up each topic in the week starting `weekStart`, most first. */
  async readersInWeek(communityId: string, weekStart: string): Promise<{ topicId: string; readers: number }[]> {
    const rows = await this.prisma.topicReader.groupBy({
      by: ['topicId'],
      where: { communityId, weekStart: toDateColumn(weekStart) },
      _count: { _all: true },
    });
    return rows
      .map((row) => ({ topicId: row.topicId, readers: row._count._all }))
      .sort((a, b) => b.readers - a.readers || a.topicId.localeCompare(b.topicId));
  }
}
