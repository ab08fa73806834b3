import { openTestStore } from '../helpers/test-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store.js';

const defaults = { timeZone: 'Europe/London', locale: 'en-GB' };

describe('storage (PGlite by default, PostgreSQL with TEST_DATABASE_URL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(async () => dispose());

  it('GIVEN a workspace seen twice THEN one community exists, with the defaults it was created with', async () => {
    const ref = { platform: 'slack' as const, externalId: 'T001', name: 'Peer Team' };
    const first = await store.communities.findOrCreate(ref, defaults);
    const again = await store.communities.findOrCreate(ref, { timeZone: 'UTC', locale: 'en-US' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ timeZone: 'Europe/London', locale: 'en-GB', minGroupSize: 5 });
  });

  it('GIVEN the same user id on two platforms THEN they are two communities and two members (multi-tenant)', async () => {
    const slack = await store.communities.findOrCreate({ platform: 'slack', externalId: 'X1' }, defaults);
    const discord = await store.communities.findOrCreate({ platform: 'discord', externalId: 'X1' }, defaults);
    const a = await store.members.findOrCreate(slack.id, { id: 'U1' });
    const b = await store.members.findOrCreate(discord.id, { id: 'U1' });
    expect(a.member.id).not.toBe(b.member.id);
    expect(a.created && b.created).toBe(true);
    expect((await store.members.findOrCreate(slack.id, { id: 'U1' })).created).toBe(false);
  });

  it('GIVEN a new member THEN the defaults respect their boundaries: peer role, consent off until they choose', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'defaults' }, defaults);
    const { member } = await store.members.findOrCreate(community.id, { id: 'new-person' });
    expect(member).toMatchObject({
      role: 'peer',
      timeZone: null,
      checkinTime: '09:00',
      checkinsOptIn: true,
      pairingsOptIn: true,
      consentNameToSupervisor: false,
      pausedUntil: null,
      onboardedAt: null,
    });
  });

  it('GIVEN answers saved one at a time, twice for one question THEN one check-in row holds the latest of each', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'c1' }, defaults);
    const { member } = await store.members.findOrCreate(community.id, { id: 'ana' });
    await store.checkIns.saveAnswer(member.id, '2026-11-23', 'energy', 2);
    await store.checkIns.saveAnswer(member.id, '2026-11-23', 'stress', 4);
    await store.checkIns.saveAnswer(member.id, '2026-11-23', 'energy', 3);
    await store.checkIns.saveNote(member.id, '2026-11-23', 'hard session with a new person');
    await store.checkIns.complete(member.id, '2026-11-23', new Date('2026-11-23T18:00:00Z'));
    const day = await store.checkIns.forDay(member.id, '2026-11-23');
    expect(day).toMatchObject({ localDate: '2026-11-23', answers: { energy: 3, stress: 4 }, note: 'hard session with a new person' });
    expect(await store.checkIns.since(member.id, '2026-11-01')).toHaveLength(1);
  });

  it('GIVEN many simultaneous answers to one day THEN none is lost and one row exists', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'c2' }, defaults);
    const { member } = await store.members.findOrCreate(community.id, { id: 'bo' });
    const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
    await Promise.all(questions.map((q, i) => store.checkIns.saveAnswer(member.id, '2026-11-24', q, (i % 5) + 1)));
    const day = await store.checkIns.forDay(member.id, '2026-11-24');
    expect(Object.keys(day?.answers ?? {}).sort()).toEqual(questions);
    const count = await store.database.prisma.checkIn.count({ where: { memberId: member.id } });
    expect(count).toBe(1);
  });

  it('GIVEN settings changed THEN they are stored, and clearing quiet hours and a pause works', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'c3' }, defaults);
    const { member } = await store.members.findOrCreate(community.id, { id: 'cy' });
    let updated = await store.members.updateSettings(member.id, {
      timeZone: 'Asia/Tokyo',
      checkinTime: '07:45',
      quietHours: { start: '22:00', end: '07:00' },
      pausedUntil: '2026-12-01',
    });
    expect(updated).toMatchObject({ timeZone: 'Asia/Tokyo', checkinTime: '07:45', quietStart: '22:00', quietEnd: '07:00' });
    expect(updated.pausedUntil?.toISOString().slice(0, 10)).toBe('2026-12-01');
    updated = await store.members.updateSettings(member.id, { quietHours: null, pausedUntil: null });
    expect(updated).toMatchObject({ quietStart: null, quietEnd: null, pausedUntil: null, timeZone: 'Asia/Tokyo' });
  });

  it('GIVEN reflection answers THEN they are read back only for that member', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'c4' }, defaults);
    const me = (await store.members.findOrCreate(community.id, { id: 'me' })).member;
    const other = (await store.members.findOrCreate(community.id, { id: 'other' })).member;
    await store.reflections.save(me.id, 0, 'hard');
    await store.reflections.save(me.id, 0, 'soft');
    await store.reflections.save(other.id, 1, 'fine');
    expect([...(await store.reflections.all(me.id))]).toEqual([[0, 'soft']]);
  });

  it('GIVEN topic look-ups THEN the most viewed are counted per community without any member', async () => {
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'c5' }, defaults);
    for (const topic of ['boundaries', 'listening', 'boundaries']) await store.topicViews.record(community.id, topic, '2026-11-23');
    expect(await store.topicViews.mostViewed(community.id, '2026-11-01')).toEqual([
      { topicId: 'boundaries', views: 2 },
      { topicId: 'listening', views: 1 },
    ]);
  });
});
