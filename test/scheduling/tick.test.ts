import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTick } from '../../src/scheduling/tick.js';
import { Store } from '../../src/storage/store.js';
import { openTestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('the scheduler pass (peercircle tick): who gets a check-in prompt, and when', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
  });
  afterEach(async () => dispose());

  async function member(options: { zone?: string; time?: string; community?: Record<string, unknown>; member?: Record<string, unknown> } = {}) {
    const community = await store.database.prisma.community.create({
      data: { platform: 'slack', externalId: `T${Math.random()}`, timeZone: 'UTC', checkinWeekdays: [1, 2, 3, 4, 5, 6, 7], ...options.community },
    });
    return store.database.prisma.member.create({
      data: { communityId: community.id, platformUserId: 'U1', timeZone: options.zone ?? 'UTC', checkinTime: options.time ?? '09:00', ...options.member },
    });
  }
  const tick = (iso: string) => runTick(store, new Date(iso));
  const queued = () => store.database.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });

  it('GIVEN a member in Tokyo at 09:00 THEN nothing at 08:59 JST, one prompt at 09:00 JST, and never a second that day', async () => {
    await member({ zone: 'Asia/Tokyo' });
    expect((await tick('2026-11-22T23:59:00Z')).promptsQueued).toBe(0);
    expect((await tick('2026-11-23T00:00:00Z')).promptsQueued).toBe(1);
    expect((await tick('2026-11-23T00:01:00Z')).promptsQueued).toBe(0);
    const [message] = await queued();
    expect(message).toMatchObject({ kind: 'checkin-prompt', dedupeKey: expect.stringContaining(':2026-11-23'), status: 'pending' });
    expect((message?.payload as { text: string }).text).toContain('Time for your check-in');
  });

  it('GIVEN a member in New York THEN 09:00 local is 14:00 UTC before the spring DST change and 13:00 UTC after it', async () => {
    await member({ zone: 'America/New_York' });
    expect((await tick('2026-03-06T13:59:00Z')).promptsQueued).toBe(0);
    expect((await tick('2026-03-06T14:00:00Z')).promptsQueued).toBe(1);
    expect((await tick('2026-03-09T12:59:00Z')).promptsQueued).toBe(0);
    expect((await tick('2026-03-09T13:00:00Z')).promptsQueued).toBe(1);
  });

  it("GIVEN the community's weekdays, the member's weekdays and a holiday THEN prompts only on days all allow", async () => {
    await member({ community: { checkinWeekdays: [1, 2, 3, 4, 5], holidays: [new Date('2026-11-26T00:00:00Z')] }, member: { checkinWeekdays: [1, 4, 5] } });
    const results: Record<string, number> = {};
    for (const day of ['23', '24', '25', '26', '27', '28', '29']) results[day] = (await tick(`2026-11-${day}T09:00:00Z`)).promptsQueued;
    // Mon 23 yes, Tue 24 not the member's, Wed 25 not the member's, Thu 26 holiday, Fri 27 yes, weekend not the community's.
    expect(results).toEqual({ '23': 1, '24': 0, '25': 0, '26': 0, '27': 1, '28': 0, '29': 0 });
  });

  it('GIVEN a pause until Wednesday THEN no prompt Monday or Tuesday, and it comes back on Wednesday', async () => {
    await member({ member: { pausedUntil: new Date('2026-11-25T00:00:00Z') } });
    expect((await tick('2026-11-23T09:00:00Z')).promptsQueued).toBe(0);
    expect((await tick('2026-11-24T09:00:00Z')).promptsQueued).toBe(0);
    expect((await tick('2026-11-25T09:00:00Z')).promptsQueued).toBe(1);
  });

  it('GIVEN a member who opted out of check-ins THEN never a prompt', async () => {
    await member({ member: { checkinsOptIn: false } });
    expect((await tick('2026-11-23T09:00:00Z')).promptsQueued).toBe(0);
  });

  it('GIVEN a check-in time inside quiet hours THEN held, and sent when quiet hours end the same morning', async () => {
    await member({ time: '06:30', member: { quietStart: '22:00', quietEnd: '07:00' } });
    const early = await tick('2026-11-23T06:45:00Z');
    expect(early).toMatchObject({ promptsQueued: 0, heldForQuietHours: 1 });
    expect((await tick('2026-11-23T07:00:00Z')).promptsQueued).toBe(1);
  });

  it('GIVEN the bot was down all morning THEN a prompt still goes out inside the catch-up window, a stale one does not', async () => {
    await member({ community: { catchUpMinutes: 120 } });
    const late = await tick('2026-11-23T10:30:00Z');
    expect(late.promptsQueued).toBe(1);
    const stale = await tick('2026-11-24T11:30:01Z');
    expect(stale).toMatchObject({ promptsQueued: 0, missed: 1 });
  });

  it('GIVEN the member already checked in today on their own THEN no prompt', async () => {
    const m = await member();
    await store.checkIns.saveAnswer(m.id, '2026-11-23', 'energy', 4);
    expect((await tick('2026-11-23T09:00:00Z')).promptsQueued).toBe(0);
  });

  it('GIVEN an unanswered prompt THEN one reminder after the delay, outside quiet hours, and only once', async () => {
    await member({ time: '09:00', community: { reminderAfterHours: 4 }, member: { quietStart: '13:00', quietEnd: '14:00' } });
    await tick('2026-11-23T09:00:00Z');
    expect((await tick('2026-11-23T12:59:00Z')).remindersQueued).toBe(0);
    expect((await tick('2026-11-23T13:30:00Z')).remindersQueued).toBe(0); // quiet hours
    expect((await tick('2026-11-23T14:00:00Z')).remindersQueued).toBe(1);
    expect((await tick('2026-11-23T15:00:00Z')).remindersQueued).toBe(0);
    expect((await queued()).map((m) => m.kind)).toEqual(['checkin-prompt', 'checkin-reminder']);
  });

  it('GIVEN the check-in was answered THEN no reminder; and no reminders at all when the community turned them off', async () => {
    const m = await member();
    await tick('2026-11-23T09:00:00Z');
    await store.checkIns.saveAnswer(m.id, '2026-11-23', 'energy', 3);
    await store.checkIns.complete(m.id, '2026-11-23', new Date('2026-11-23T09:05:00Z'));
    expect((await tick('2026-11-23T14:00:00Z')).remindersQueued).toBe(0);

    await store.database.prisma.member.update({ where: { id: m.id }, data: { checkinsOptIn: false } });
    await member({ community: { reminderAfterHours: null } });
    await tick('2026-11-24T09:00:00Z');
    expect((await tick('2026-11-24T20:00:00Z')).remindersQueued).toBe(0);
  });

  it("GIVEN check-ins older than the community's retention period THEN the scheduler deletes them with their notes, and keeps the rest", async () => {
    const { prisma } = store.database;
    const community = await prisma.community.create({ data: { platform: 'slack', externalId: 'T-RET', timeZone: 'UTC', retentionDays: 30 } });
    const member = await prisma.member.create({ data: { communityId: community.id, platformUserId: 'U1' } });
    for (const date of ['2026-10-23', '2026-10-24', '2026-11-20']) {
      await store.checkIns.saveAnswer(member.id, date, 'energy', 3);
      await store.checkIns.saveNote(member.id, date, `note for ${date}`);
    }
    const report = await runTick(store, new Date('2026-11-23T12:00:00Z'));
    expect(report.expiredCheckIns).toBe(1); // 2026-10-23 is 31 days old; 2026-10-24 is exactly 30
    const left = await prisma.checkIn.findMany({ orderBy: { localDate: 'asc' } });
    expect(left.map((c) => c.localDate.toISOString().slice(0, 10))).toEqual(['2026-10-24', '2026-11-20']);
  });
});
