import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimAndQueuePrompts, claimPromptsOfMembersStillHere, findPromptCandidates, type ClaimMode, type PromptToSend } from '../../src/scheduling/due-check-ins.js';
import { isUniqueViolation } from '../../src/storage/create-once.js';
import { runTick } from '../../src/scheduling/tick.js';
import { deleteMemberData } from '../../src/storage/member-data.js';
import { isForeignKeyViolation } from '../../src/storage/foreign-key-violation.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

// The scheduler finds due members, then claims their prompts: a member who erases their data in
// between must not cost everyone else in the same chunk their check-in.
describe('a member erased between finding due check-ins and claiming them', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    const { id: communityId } = await store.database.prisma.community.create({
      data: { platform: 'slack', externalId: 'T1', timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], catchUpMinutes: 240 },
    });
    await store.database.prisma.member.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ communityId, platformUserId: `U${i}`, timeZone: 'UTC', checkinTime: '08:00' })),
    });
  });
  afterEach(async () => dispose());

  const at = new Date('2026-11-23T09:30:00Z');
  const prisma = () => store.database.prisma;
  const duePrompts = async (): Promise<PromptToSend[]> =>
    (await findPromptCandidates(prisma(), at)).map((c) => ({
      memberId: c.memberId,
      localDate: c.localDate,
      communityId: c.communityId,
      platformUserId: c.platformUserId,
      payload: { text: 'Time for your check-in' },
      deliverBy: new Date(at.getTime() + 3_600_000),
    }));
  const eraseOne = async (prompts: PromptToSend[]) => {
    const erased = prompts[7]!;
    await deleteMemberData(prisma(), erased.memberId);
    return erased;
  };

  it('GIVEN 30 members found due AND one erased before the claim THEN a plain claim fails on the foreign key (the race is real)', async () => {
    const prompts = await duePrompts();
    await eraseOne(prompts);
    const failure = await claimAndQueuePrompts(prisma(), prompts, at).catch((error: unknown) => error);
    expect(isForeignKeyViolation(failure)).toBe(true);
    expect(await prisma().checkInPrompt.count()).toBe(0);
  });

  it('GIVEN the same race THEN the scheduler claims and queues the other 29 AND nothing for the erased member', async () => {
    const prompts = await duePrompts();
    expect(prompts).toHaveLength(30);
    const erased = await eraseOne(prompts);
    expect(await claimPromptsOfMembersStillHere(prisma(), prompts, at)).toBe(29);
    expect(await prisma().checkInPrompt.count()).toBe(29);
    expect(await prisma().checkInPrompt.count({ where: { memberId: erased.memberId } })).toBe(0);
    expect((await store.outbox.counts()).pending).toBe(29);
    const queuedFor = JSON.stringify(await prisma().checkInPromptBatch.findMany({ select: { platformUserIds: true } }));
    expect(queuedFor).not.toContain(`"${erased.platformUserId}"`);
    // A pass after it finds nobody left to prompt: nobody is prompted twice.
    expect((await runTick(store, at)).promptsQueued).toBe(0);
  });

  it('GIVEN 30 members found free AND 5 claimed since by another process THEN a plain claim fails whole, and the pass claims the other 25 once, skipping claimed ones from then on', async () => {
    const prompts = await duePrompts();
    // Another process, ticking at the same minute, claimed a few of them first.
    expect(await claimAndQueuePrompts(prisma(), prompts.slice(10, 15), at)).toBe(5);
    const failure = await claimAndQueuePrompts(prisma(), prompts, at, { skipClaimed: false }).catch((error: unknown) => error);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(await prisma().checkInPrompt.count()).toBe(5);
    const mode: ClaimMode = { skipClaimed: false };
    expect(await claimPromptsOfMembersStillHere(prisma(), prompts, at, mode)).toBe(25);
    expect(mode.skipClaimed).toBe(true);
    expect(await prisma().checkInPrompt.count()).toBe(30);
    // One message per member: the other process's 5 and this one's 25, none twice.
    const batches = await prisma().checkInPromptBatch.findMany({ select: { memberIds: true } });
    const outbox = await prisma().outboxMessage.findMany({ select: { dedupeKey: true } });
    const recipients = [...batches.flatMap((b) => b.memberIds), ...outbox.map((o) => o.dedupeKey.split(':')[1]!)];
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients)).toEqual(new Set(prompts.map((p) => p.memberId)));
  });

  it('GIVEN a plain claim AND a member erased before it THEN the others are still claimed', async () => {
    const prompts = await duePrompts();
    const erased = await eraseOne(prompts);
    expect(await claimPromptsOfMembersStillHere(prisma(), prompts, at, { skipClaimed: false })).toBe(29);
    expect(await prisma().checkInPrompt.count({ where: { memberId: erased.memberId } })).toBe(0);
    expect((await store.outbox.counts()).pending).toBe(29);
  });

  it('GIVEN an error that is not about a missing row THEN it is not taken for an erasure', () => {
    expect(isForeignKeyViolation(new Error('connection reset'))).toBe(false);
    expect(isForeignKeyViolation({ code: 'P2002' })).toBe(false);
    expect(isForeignKeyViolation(null)).toBe(false);
  });
});
