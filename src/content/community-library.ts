import type { CommunityRef } from '../core/events.js';
import type { CommunityTopicRepository, OwnTopic } from '../storage/community-topics.js';
import type { Store } from '../storage/store.js';
import type { ContentLibrary, Topic } from './library.js';

/** Marks a topic a community's admins wrote in chat. */
export const COMMUNITY_ORIGIN = 'community';

export interface CommunityTopics {
  /** What members of the community see: built-in topics it did not hide, and its own not retired, by id. */
  topics: Topic[];
  /** Its own topics, retired ones too. */
  own: OwnTopic[];
  /** Built-in topics it hid. */
  hidden: Set<string>;
}

export const ownAsTopic = (t: OwnTopic): Topic => ({
  id: t.id,
  title: t.title,
  summary: t.summary,
  body: t.body,
  sources: t.sources,
  aliases: t.aliases,
  tags: [],
  origin: COMMUNITY_ORIGIN,
});

/** The refresher topics one community sees: the shared library with its own principles beside it. */
export async function communityTopics(library: ContentLibrary, repository: CommunityTopicRepository, communityId: string): Promise<CommunityTopics> {
  const { own, hidden } = await repository.ownAndHidden(communityId);
  const builtIn = library.topics.filter((t) => !hidden.has(t.id));
  const active = own.filter((t) => t.retiredAt === null && !library.topic(t.id)).map(ownAsTopic);
  return { topics: [...builtIn, ...active].sort((a, b) => a.id.localeCompare(b.id)), own, hidden };
}

/** The topics a community on a platform sees, without creating it: the shared library for one not seen yet. */
export async function topicsOfCommunity(store: Store, library: ContentLibrary, ref: CommunityRef): Promise<Topic[]> {
  const row = await store.database.prisma.community.findUnique({ where: { platform_externalId: { platform: ref.platform, externalId: ref.externalId } }, select: { id: true } });
  return row ? (await communityTopics(library, store.communityTopics, row.id)).topics : library.topics;
}
