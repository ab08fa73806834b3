import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../../src/core/events.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

/**
 * Swaps and leaves that arrive at the same moment, fired together through Bot.handle: each change
 * to a round must see the ones before it, so nobody is re-matched twice, into two groups, or with
 * someone who has just left.
 */
describe('debrief swaps at the same moment', () => {
  let h: TerminalHarness;
  const prisma = () => h.app.store.database.prisma;
  const at = new Date('2026-11-24T12:00:00Z');
  const swap = (user: string, action = 'swap') =>
    h.app.bot.handle({ kind: 'command', name: 'debrief', text: action, community: { platform: 'terminal', externalId: 'local' }, user: { id: user }, isDirect: true, receivedAt: at } as IncomingEvent);

  /** A round made of exactly these groups (platform ids), created through the round's own claim. */
  const roundOf = async (groups: string[][]) => {
    for (const user of groups.flat()) await h.typeAs(user, '/debrief');
    const members = await prisma().member.findMany();
    const idOf = (user: string) => members.find((m) => m.platformUserId === user)!.id;
    const created = await h.app.store.pairings.createRound(
      { communityId: members[0]!.communityId, roundDate: '2026-11-23', halfwayAt: new Date('2026-11-26T10:00:00Z'), at: new Date('2026-11-23T10:00:00Z') },
      groups.map((g) => g.map(idOf)),
      () => [],
    );
    expect(created).toBe(true);
  };

  /** Who is in which group of the round now (platform ids, sorted), leaving out those who left. */
  const groupsNow = async () => {
    const rows = await prisma().pairingGroupMember.findMany({ where: { leftAt: null }, include: { member: true } });
    const byGroup = new Map<string, string[]>();
    for (const row of rows) byGroup.set(row.groupId, [...(byGroup.get(row.groupId) ?? []), row.member.platformUserId]);
    return [...byGroup.values()].map((g) => g.sort()).sort((a, b) => a.length - b.length || a[0]!.localeCompare(b[0]!));
  };

  beforeEach(async () => {
    h = await startTerminalHarness({ user: 'ada', now: at });
  });
  afterEach(async () => h.close());

  it('GIVEN two pairs and a trio WHEN one of each pair swaps at the same moment THEN one partner joins a trio member, the other is told kindly, and nobody is in two groups', async () => {
    await roundOf([['ann', 'bob'], ['cat', 'dan'], ['eve', 'fay', 'gus']]);
    const replies = await Promise.all([swap('ann'), swap('cat')]);
    for (const reply of replies) expect(reply.at(-1)?.text).toContain("you're out of this round");
    const groups = await groupsNow();
    const present = groups.flat();
    expect(present.sort()).toEqual(['bob', 'dan', 'eve', 'fay', 'gus']);
    expect(new Set(present).size).toBe(present.length);
    expect(groups.map((g) => g.length)).toEqual([1, 2, 2]);
    // Whoever stayed alone was told, not silently dropped.
    const alone = groups[0]![0]!;
    expect(await prisma().outboxMessage.count({ where: { kind: 'pairing-change', platformUserId: alone, dedupeKey: { startsWith: 'pairing-left:' } } })).toBe(1);
    // Each new pair got one introduction, and only the new pair.
    const intros = await prisma().outboxMessage.findMany({ where: { kind: 'pairing-intro' } });
    expect(intros.map((m) => [...m.platformUserIds].sort())).toEqual(groups.filter((g) => g.length === 2 && (g.includes('bob') || g.includes('dan'))));
  });

  it('GIVEN three pairs WHEN four people leave or swap at the same moment, both of one pair among them THEN the two left behind end up together, and no leaver is matched again', async () => {
    await roundOf([['ann', 'bob'], ['cat', 'dan'], ['eve', 'fay']]);
    await Promise.all([swap('ann'), swap('bob', 'leave'), swap('cat'), swap('eve', 'leave')]);
    expect(await groupsNow()).toEqual([['dan', 'fay']]);
    // Depending on who came first, someone may be re-matched and then leave: every group made by a
    // re-match got one introduction, and the last of them is the pair that stays.
    const intros = await prisma().outboxMessage.findMany({ where: { kind: 'pairing-intro' }, orderBy: { id: 'asc' } });
    const rematches = await prisma().pairingGroup.findMany({ where: { createdAt: at }, include: { members: { include: { member: true } } } });
    expect(intros.map((m) => m.dedupeKey).sort()).toEqual(rematches.map((g) => `pairing-intro:${g.id}`).sort());
    expect([...intros.at(-1)!.platformUserIds].sort()).toEqual(['dan', 'fay']);
  });

  it('GIVEN the same member swaps twice at once THEN the second finds nothing to change and their partner is re-matched or told once', async () => {
    await roundOf([['ann', 'bob'], ['cat', 'dan', 'eve']]);
    const [first, second] = await Promise.all([swap('ann'), swap('ann')]);
    const texts = [first!.at(-1)!.text, second!.at(-1)!.text].sort();
    expect(texts[0]).toContain('I found your partner someone else');
    expect(texts[1]).toContain("You're not in a debrief group this round");
    const groups = await groupsNow();
    expect(groups.flat().sort()).toEqual(['bob', 'cat', 'dan', 'eve']);
    expect(groups.map((g) => g.length)).toEqual([2, 2]);
    expect(await prisma().outboxMessage.count({ where: { kind: 'pairing-intro' } })).toBe(1);
  });
});
