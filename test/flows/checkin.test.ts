import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('the daily check-in, through the terminal', () => {
  let bot: TerminalHarness;
  beforeEach(async () => {
    bot = await startTerminalHarness({ now: new Date('2026-11-23T17:30:00Z') });
  });
  afterEach(async () => bot.close());

  /** A button press as a platform adapter would deliver it, straight to the core. */
  const click = (actionId: string, value: string) =>
    bot.app.bot.handle({
      kind: 'choice',
      actionId,
      value,
      community: { platform: 'terminal', externalId: 'local' },
      user: { id: 'sam' },
      isDirect: true,
      receivedAt: new Date(),
    });

  it('GIVEN a new member WHEN they answer five questions and write a note THEN it is saved, private, with a warm reply and a self-care idea', async () => {
    const out = await bot.type('/checkin', '4', '2', '3', '5', '4', 'Long day, but I held my ground with a tricky client.');
    expect(out).toContain("I'm peercircle"); // first contact explains what is kept and who sees it
    expect(out).toContain('Check-in for Monday 23 November: 5 quick questions');
    expect(out).toContain('1/5 How is your energy today?');
    expect(out).toContain('[1]  [2]  [3]  [4]  [5]');
    expect(out).toContain('5/5 Did you do something for yourself today?');
    expect(out).toContain('It stays private');
    expect(out).toContain('Thank you for checking in.');
    expect(out).toContain('One small idea, if it fits:');
    expect(out).toContain('Your note is saved. Only you can read it.');

    const { store } = bot.app;
    const [member] = await store.database.prisma.member.findMany();
    const day = await store.checkIns.forDay(member!.id, '2026-11-23');
    expect(day?.answers).toEqual({ energy: 4, stress: 2, load: 3, boundaries: 5, self: 4 });
    expect(day?.note).toBe('Long day, but I held my ground with a tricky client.');
    expect(day?.completedAt).not.toBeNull();
  });

  it('GIVEN a heavy day THEN the reply acknowledges it and points to /support, without advice or diagnosis', async () => {
    const out = await bot.type('/checkin', '1', '5', '5', '1', '1', '2');
    expect(out).toContain('today asked a lot of you');
    expect(out).toContain('`/support`');
    expect(out).not.toMatch(/diagnos|you should see a|burnout is/i);
  });

  it('GIVEN a finished check-in WHEN the member runs /checkin again the same day THEN the answers are edited, not duplicated', async () => {
    await bot.type('/checkin', '2', '2', '2', '2', '2', '2');
    const out = await bot.type('/checkin', '5', '1', '1', '5', '5', '1');
    expect(out).toContain("You've already checked in today. Your new answers will replace today's.");
    const rows = await bot.app.store.database.prisma.checkIn.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toEqual({ energy: 5, stress: 1, load: 1, boundaries: 5, self: 5 });
    expect(rows[0]?.note).toBeNull();
  });

  it('GIVEN a member in Tokyo WHEN it is 23:30 UTC on Sunday THEN their check-in is dated their Monday', async () => {
    bot.setNow(new Date('2026-11-22T23:30:00Z'));
    await bot.type('/settings timezone Asia/Tokyo', '/checkin', '3', '3', '3', '3', '3', '2');
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(row?.localDate.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it('GIVEN a half-finished check-in WHEN the member comes back THEN it resumes at the first unanswered question', async () => {
    await bot.type('/checkin', '4', '2');
    const out = await bot.type('/checkin');
    expect(out).toContain("Let's pick up today's check-in where you left off.");
    expect(out).toContain('3/5 How heavy was the emotional load');
  });

  it('GIVEN a note over the length limit THEN the member is told the limit, nothing is lost, and they can send it again', async () => {
    const long = 'a'.repeat(1200);
    const out = await bot.type('/checkin', '3', '3', '3', '3', '3', long, 'shorter note');
    expect(out).toContain('Your note is 1,200 characters; the limit is 1,000.');
    expect(out).toContain('Your note is saved.');
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(bot.app.store.cipher.decrypt(row!.note!)).toBe('shorter note'); // stored sealed
  });

  it('GIVEN an answer out of range typed instead of a number shown THEN it is not saved and the member can still answer', async () => {
    const out = await bot.type('/checkin', '9', '3');
    expect(out).toContain('I work through commands'); // "9" is not one of the numbered choices
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(row?.answers).toEqual({ energy: 3 });
  });

  it('GIVEN a check-in button from yesterday THEN it changes nothing and says how to start today', async () => {
    const replies = await click('checkin:2026-11-22:energy', '3');
    expect(replies.at(-1)?.text).toBe("That check-in for Sunday 22 November is closed now. Start today's with `/checkin`.");
    expect(await bot.app.store.database.prisma.checkIn.count()).toBe(0);
  });

  it('GIVEN a forged answer value THEN it is refused kindly and nothing is saved', async () => {
    const replies = await click('checkin:2026-11-23:energy', '42');
    expect(replies.at(-1)?.text).toBe('Please pick a number from 1 to 5.');
    expect(await bot.app.store.database.prisma.checkIn.count()).toBe(0);
  });
});
