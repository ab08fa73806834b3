import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteCipher, noteKey } from '../../src/security/note-cipher.js';
import { ReaderKeys } from '../../src/security/reader-key.js';
import { deleteExpiredCheckIns } from '../../src/scheduling/retention.js';
import { Store } from '../../src/storage/store.js';
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

  it('GIVEN own principles (one retired, one with empty lists) and hidden built-in ones THEN the one-statement read answers exactly as the two reads', async () => {
    const c = await community('topics-both');
    const other = await community('topics-both-other');
    await store.communityTopics.add(c.id, 'zz-last', text);
    await store.communityTopics.add(c.id, 'a-first', { ...text, sources: [], aliases: [] });
    await store.communityTopics.add(c.id, 'middle', text);
    await store.communityTopics.setRetired(c.id, 'middle', new Date('2026-11-24T10:00:00Z'));
    await store.communityTopics.hide(c.id, 'boundaries', new Date());
    await store.communityTopics.hide(c.id, 'listening', new Date());
    await store.communityTopics.hide(other.id, 'self-care', new Date());
    const both = await store.communityTopics.ownAndHidden(c.id);
    expect(both.own).toEqual(await store.communityTopics.own(c.id));
    expect(both.hidden).toEqual(await store.communityTopics.hidden(c.id));
    expect(both.own.map((t) => t.id)).toEqual(['a-first', 'middle', 'zz-last']);
    expect(await store.communityTopics.ownAndHidden((await community('topics-none')).id)).toEqual({ own: [], hidden: new Set() });
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

  it('GIVEN the database and every member id WHEN someone hashes them the way a plain hash would be made THEN no stored reader matches; only the note key makes the match', async () => {
    const c = await community('topics-keyed');
    const members = await Promise.all(['k1', 'k2'].map(async (id) => (await store.members.findOrCreate(c.id, { id })).member));
    for (const m of members) await store.topicReaders.record(c.id, 'boundaries', m.id, '2026-11-23');
    const stored = (await store.database.prisma.topicReader.findMany({ where: { communityId: c.id } })).map((r) => r.readerKey);
    expect(stored).toHaveLength(2);
    // The attack: every member's id, hashed with the topic and week as the old scheme did, or alone.
    const guesses = members.flatMap((m) =>
      [`${m.id}\u0000boundaries\u00002026-11-23`, m.id, m.platformUserId].flatMap((input) => {
        const digest = createHash('sha256').update(input);
        const copy = digest.copy();
        return [digest.digest('base64url'), copy.digest('hex')];
      }),
    );
    for (const guess of guesses) for (const length of [22, 32, guess.length]) expect(stored).not.toContain(guess.slice(0, length));
    // Whoever holds the note key can make the match (that is how each reader counts once).
    expect(stored).toContain(new ReaderKeys(store.cipher).current(members[0]!.id, 'boundaries', '2026-11-23'));
    // With the key, the same reader gives the same value: counted once, however often they read.
    await store.topicReaders.record(c.id, 'boundaries', members[0]!.id, '2026-11-23');
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([{ topicId: 'boundaries', readers: 2 }]);
    // Another install's key (another NOTES_KEY) gives other values for the same member.
    const elsewhere = new Store(store.database, new NoteCipher(noteKey(randomBytes(32))));
    await elsewhere.topicReaders.record(c.id, 'boundaries', members[0]!.id, '2026-11-23');
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([{ topicId: 'boundaries', readers: 3 }]);
  });

  it('GIVEN a note-key rotation under way (the old key in NOTES_PREVIOUS_KEYS) THEN a member who read before it is not counted again after it', async () => {
    const c = await community('topics-rotation');
    const { member } = await store.members.findOrCreate(c.id, { id: 'rotating-reader' });
    await store.topicReaders.record(c.id, 'listening', member.id, '2026-11-23');
    const rotated = new Store(store.database, new NoteCipher(noteKey(randomBytes(32)), [store.cipher.current]));
    await rotated.topicReaders.record(c.id, 'listening', member.id, '2026-11-23');
    expect(await rotated.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([{ topicId: 'listening', readers: 1 }]);
  });

  it('GIVEN a member opening a topic three times, once after a key rotation THEN every look-up counts as a view and the member counts as one reader', async () => {
    const c = await community('topics-read');
    const { member } = await store.members.findOrCreate(c.id, { id: 'one-statement-reader' });
    await store.topicReaders.recordRead(c.id, 'boundaries', member.id, '2026-11-25', '2026-11-23');
    await store.topicReaders.recordRead(c.id, 'boundaries', member.id, '2026-11-26', '2026-11-23');
    const rotated = new Store(store.database, new NoteCipher(noteKey(randomBytes(32)), [store.cipher.current]));
    await rotated.topicReaders.recordRead(c.id, 'boundaries', member.id, '2026-11-26', '2026-11-23');
    expect(await store.topicViews.mostViewed(c.id, '2026-11-25')).toEqual([{ topicId: 'boundaries', views: 3 }]);
    expect(await store.topicViews.mostViewed(c.id, '2026-11-26')).toEqual([{ topicId: 'boundaries', views: 2 }]);
    expect(await store.topicReaders.readersInWeek(c.id, '2026-11-23')).toEqual([{ topicId: 'boundaries', readers: 1 }]);
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
