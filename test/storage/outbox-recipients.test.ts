import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct } from '../../src/core/messages.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('the outbox, for one member at a time and for files', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let communityId: string;
  const at = new Date('2026-11-23T09:00:00Z');
  const lock = new Date('2026-11-23T09:01:00Z');
  const claimFor = (user: string) => store.outbox.claim(50, at, lock, ['terminal'], 'test', { communityExternalId: 'local', platformUserId: user });
  beforeAll(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    communityId = (await store.communities.findOrCreate({ platform: 'terminal', externalId: 'local' }, { timeZone: 'UTC', locale: 'en-US' })).id;
    await store.members.findOrCreate(communityId, { id: 'sam' }, { role: 'supervisor' });
    await store.members.findOrCreate(communityId, { id: 'alex' });
    const file = { filename: 'export.json', contentType: 'application/json' as const, base64: Buffer.from('{"note":"private"}').toString('base64'), altText: 'your data' };
    await store.outbox.enqueue(
      [
        { communityId, platformUserId: 'sam', kind: 'escalation', message: direct('alex would like to talk with you'), dedupeKey: 'to-sam' },
        { communityId, platformUserId: 'alex', kind: 'file', message: direct('your file', { attachment: file }), dedupeKey: 'to-alex' },
        { communityId, platformUserId: 'sam', channelId: 'C-SUP', kind: 'digest', message: direct('team digest'), dedupeKey: 'to-channel' },
        { communityId, platformUserId: 'alex', kind: 'failing', message: direct('a file that never arrives', { attachment: file }), dedupeKey: 'fails' },
      ],
      at,
    );
  });
  afterAll(async () => dispose());

  it('GIVEN messages for sam, for alex and for a private channel THEN alex can claim only hers, and sam his and the channel post', async () => {
    const alex = await claimFor('alex');
    expect(alex.map((m) => m.kind).sort()).toEqual(['failing', 'file']);
    const sam = await claimFor('sam');
    expect(sam.map((m) => m.kind).sort()).toEqual(['digest', 'escalation']);
    expect(await claimFor('bob')).toEqual([]);
  });

  it('GIVEN a message with a file THEN once it is delivered, or given up, the outbox no longer holds the file', async () => {
    const rows = await store.database.prisma.outboxMessage.findMany({ where: { dedupeKey: { in: ['to-alex', 'fails'] } } });
    const byKey = Object.fromEntries(rows.map((r) => [r.dedupeKey, r.id]));
    await store.outbox.markSent(byKey['to-alex']!, at, 'ts-1');
    await store.outbox.markFailed(byKey.fails!, 'platform refused');
    const after = await store.database.prisma.outboxMessage.findMany({ where: { dedupeKey: { in: ['to-alex', 'fails'] } }, orderBy: { dedupeKey: 'asc' } });
    expect(after.map((r) => [r.dedupeKey, r.status])).toEqual([
      ['fails', 'failed'],
      ['to-alex', 'sent'],
    ]);
    for (const row of after) {
      expect(row.payload).not.toHaveProperty('attachment');
      expect(row.payload).toHaveProperty('text');
    }
    expect(after[1]).toMatchObject({ platformMessageId: 'ts-1', sentAt: at, lockedUntil: null });
  });
});
