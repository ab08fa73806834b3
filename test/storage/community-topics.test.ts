import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredCheckIns } from '../../src/scheduling/retention.js';
import type { Store } from '../../src/storage/store.js';
import { openTestStore } from '../helpers/test-store.js';

const text = { title: 'Peer check-ins', summary: 'Before a hard shift.', body: 'Ask, listen, agree.', sources: ['Team handbook'], aliases: ['buddy'] };

describe('community principles and topic readers (PGlite by default, PostgreSQL with TEST_DATABASE_URL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(async () => dispose());
  const community = (externalId: string) => store.communities.findOrCreate({ platform: 'terminal', externalId }, { timeZone: 'UTC', locale: 'en-GB' });

  it('GIVEN a principle added twice THEN the second add is refused and the first is kept; retiring keeps its text; another community sees none of it', async () => {
    const c = await community('topics-a');
    const other = await community('topics-b');
    expect(await store.communityTopics.add(c.id, 'peer-check-ins', text)).toBe(true);
    expect(await store.communityTopics.add(c.id, 'peer-check-ins', { ...text, title: 'Other' })).toBe(false);
    await store.communityTopics.update(c.id, 'peer-check-ins', { ...text, summary: 'Before and after.' });
    const retiredAt = new Date('2026-11-24T10:00:00Z');
    await store.communityTopics.setRetired(c.id, 'peer-check-ins', retiredAt);
    expect(await store.communityTopics.own(c.id)).toMatchObject([{ id: 'peer-check-ins', title: 'Peer check-ins', summary: 'Before and after.', sources: ['Team handbook'], aliases: ['buddy'], retiredAt }]);
    expect(await store.communityTopics.own(other.id)).toEqual([]);
  });

  it('GIVEN a built-in topic hidden twice and shown again THEN hiding is idempotent and showing removes it', async () => {
    const c = await community('topics-hide');
    await store.communityTopics.hide(c.id, 'boundaries', new Date());
    await store.communityTopics.hide(c.id, 'boundaries', new Date());
    expect([...(await store.communityTopics.hidden(c.id))]).toEqual(['boundaries']);
    await store.communityTopics.unhide(c.id, 'boundaries');
    expect(await store.communityTopics.hidden(c.id)).toEqual(new Set());
  });

  it('GIVEN the same member reading a topic many times in a week THEN they count once, weeks are separate, and no member id is stored', async () => {
    const c = await community('topics-readers');
    const members = await Promise.all(['r1', 'r2', 'r3'].map(async (id) => (await store.members.findOrCreate(c.id, { id })).member));
    for (let i = 0; i < 3; i++) await store.topicReaders.record(c.id, 'boundaries', members[0]!.id, '2026-11-23');
    await store.topicReaders.record(c.id, 'boundaries', members[1]!.id, '2026-11-23');
    await store.topicReaders.record(c.id, 'listening', members[2]!.id, '2026-11-23');
    await store.topicReaders.record(c.id, 'boundaries', members[2]!.id, '2026-11-30');
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([
      { topicId: 'boundaries', readers: 2 },
      { topicId: 'listening', readers: 1 },
    ]);
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-30')).toEqual([{ topicId: 'boundaries', readers: 1 }]);
    const rows = await store.database.prisma.topicReader.findMany({ where: { communityId: c.id } });
    for (const row of rows) for (const m of members) expect(row.readerKey).not.toContain(m.id);
  });

  it('GIVEN readers from more than twelve weeks ago THEN the retention sweep removes them and keeps the recent weeks', async () => {
    const c = await community('topics-retention');
    const { member } = await store.members.findOrCreate(c.id, { id: 'old-reader' });
    await store.topicReaders.record(c.id, 'boundaries', member.id, '2026-08-24');
    await store.topicReaders.record(c.id, 'boundaries', member.id, '2026-11-23');
    await deleteExpiredCheckIns(store.database.prisma, new Date('2026-12-01T10:00:00Z'));
    expect(await store.topicReaders.readersInWeek(c.id, '2026-08-24')).toEqual([]);
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([{ topicId: 'boundaries', readers: 1 }]);
  });
});
