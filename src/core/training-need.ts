import { minGroup } from '../domain/digest/privacy.js';
import type { Community } from '../storage/communities.js';
import type { Store } from '../storage/store.js';

export interface TrainingNeed {
  topicId: string;
  title: string;
}

/**
 * Principles that at least the community's threshold of different members looked up in `week` (a
 * closed one), never fewer than the minimum group size. Only topics, never who read them.
 */
export async function trainingNeeds(store: Store, community: Community, week: string | undefined): Promise<TrainingNeed[]> {
  if (community.trainingNeedReaders === null || week === undefined) return [];
  const needed = Math.max(community.trainingNeedReaders, minGroup(community.minGroupSize));
  const read = (await store.topicReaders.readersInWeek(community.id, week)).filter((t) => t.readers >= needed);
  if (read.length === 0) return [];
  const own = new Map((await store.communityTopics.own(community.id)).map((t) => [t.id, t.title]));
  return read.slice(0, 3).map(({ topicId }) => ({ topicId, title: own.get(topicId) ?? readable(topicId) }));
}

/** "mistake-loose-boundaries" → "Mistake loose boundaries": the scheduler has no content library for titles. */
const readable = (id: string): string => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The digest's plain suggestion, or nothing. */
export function trainingNeedLine(needs: readonly TrainingNeed[], weekLabel: string): string | undefined {
  if (needs.length === 0) return undefined;
  const names = needs.map((n) => `'${n.title}'`);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `**A suggestion**: several people looked up ${listed} in the week of ${weekLabel}; a refresher session on ${needs.length === 1 ? 'it' : 'them'} might help.`;
}
