import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct } from '../../src/core/messages.js';
import { writeDisclosures, type NameDisclosure } from '../../src/storage/name-disclosures.js';
import { deleteMemberData } from '../../src/storage/member-data.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('name disclosures: a name never leaves without its audit row (PGlite, or PostgreSQL with TEST_DATABASE_URL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let disclosureOf: (key: string) => NameDisclosure;
  let supervisorId = '';
  beforeAll(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    const community = await store.communities.findOrCreate({ platform: 'slack', externalId: 'T-NAMES' }, { timeZone: 'UTC', locale: 'en-US' });
    const { member: jo } = await store.members.findOrCreate(community.id, { id: 'UJO', displayName: 'Jo' });
    const { member: sam } = await store.members.findOrCreate(community.id, { id: 'USAM', displayName: 'Sam' });
    supervisorId = sam.id;
    const escalation = await store.escalations.raise(
      { communityId: community.id, memberId: jo.id, rule: 'support-request', level: 'reach_out', key: 'k1', named: true },
      new Date(),
      { event: 'kept-anonymous' },
    );
    disclosureOf = (key) => ({
      communityId: community.id,
      subjectId: jo.id,
      recipient: { memberId: sam.id, platformUserId: sam.platformUserId },
      as: 'supervisor',
      basis: 'you asked for support',
      escalationId: escalation!.id,
      kind: 'escalation',
      message: direct('**Jo** would like to talk with you.'),
      dedupeKey: key,
    });
  });
  afterAll(async () => dispose());

  const counts = async () => ({
    outbox: await store.database.prisma.outboxMessage.count({ where: { kind: 'escalation' } }),
    audit: await store.database.prisma.auditEntry.count({ where: { action: 'member.name-disclosed' } }),
  });

  it('GIVEN a transaction that fails after the disclosure is written THEN neither the message nor its audit row exists', async () => {
    const failed = store.database.prisma.$transaction(async (tx) => {
      await writeDisclosures(tx, [disclosureOf('escalation:fail:1')], new Date());
      throw new Error('the process died here');
    });
    await expect(failed).rejects.toThrow('the process died here');
    expect(await counts()).toEqual({ outbox: 0, audit: 0 });
  });

  it('GIVEN one disclosure sent twice (a retry) THEN one message and one audit row', async () => {
    expect(await store.nameDisclosures.disclose([disclosureOf('escalation:once:1')], new Date())).toBe(1);
    expect(await store.nameDisclosures.disclose([disclosureOf('escalation:once:1')], new Date())).toBe(0);
    expect(await counts()).toEqual({ outbox: 1, audit: 1 });
  });

  it('GIVEN the recipient deletes their data THEN the row stays but no longer points to them; nobody can point it at someone else', async () => {
    const { prisma } = store.database;
    await expect(prisma.auditEntry.updateMany({ where: { recipientId: supervisorId }, data: { recipientId: '00000000-0000-0000-0000-000000000000' } })).rejects.toThrow(/append-only/);
    await deleteMemberData(prisma, supervisorId);
    const [row] = await prisma.auditEntry.findMany({ where: { action: 'member.name-disclosed' } });
    expect(row).toMatchObject({ recipientId: null, details: { as: 'supervisor' } });
  });
});
