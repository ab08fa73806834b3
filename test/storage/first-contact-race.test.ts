import { openTestStore } from '../helpers/test-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store.js';

const defaults = { timeZone: 'UTC', locale: 'en-US' };

describe('first contact under concurrency (PGlite by default, PostgreSQL with TEST_DATABASE_URL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(async () => dispose());

  it('GIVEN eight first requests from a new workspace at the same moment THEN all get the one community', async () => {
    const ref = { platform: 'slack' as const, externalId: 'T-RACE' };
    const found = await Promise.all(Array.from({ length: 8 }, () => store.communities.findOrCreate(ref, defaults)));
    expect(new Set(found.map((c) => c.id)).size).toBe(1);
    expect(await store.database.prisma.community.count({ where: { externalId: 'T-RACE' } })).toBe(1);
  });

  it('GIVEN eight first requests from a new member at the same moment THEN all get the one member, created once', async () => {
    const community = await store.communities.findOrCreate({ platform: 'slack', externalId: 'T-RACE-2' }, defaults);
    const found = await Promise.all(Array.from({ length: 8 }, () => store.members.findOrCreate(community.id, { id: 'U-RACE' })));
    expect(new Set(found.map((f) => f.member.id)).size).toBe(1);
    expect(found.filter((f) => f.created)).toHaveLength(1);
  });
});
