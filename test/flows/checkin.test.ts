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

  it('GIVEN a finished check-in with a note WHEN the member runs /checkin again the same day THEN the answers are edited, not duplicated, and the note is kept unless changed', async () => {
    await bot.type('/checkin', '2', '2', '2', '2', '2', 'a long one');
    const out = await bot.type('/checkin', '5', '1', '1', '5', '5', '1');
    expect(out).toContain("You've already checked in today. Your new answers replace today's once you finish");
    expect(out).toContain('Your note (only you can read it), now "a long one": type a new one, or press Enter to keep it');
    expect(out).toContain('[1] Keep my note as it is');
    const rows = await bot.app.store.database.prisma.checkIn.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toEqual({ energy: 5, stress: 1, load: 1, boundaries: 5, self: 5 });
    expect(bot.app.store.cipher.decrypt(rows[0]!.note!)).toBe('a long one');
    // Emptied on purpose ("-"), it goes.
    await bot.type('/checkin', '5', '1', '1', '5', '5', '-');
    expect((await bot.app.store.database.prisma.checkIn.findFirst())?.note).toBeNull();
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

  it('GIVEN answers typed as 9, "3 or 4", "three" and "3/5" THEN the bad ones get a one-line correction and the same question, and the good ones are saved', async () => {
    const out = await bot.type('/checkin', '9', '3 or 4', 'three', '3/5');
    expect(out).not.toContain('I work through commands');
    expect(out).toContain('9 is outside this scale: please pick a whole number from 1 to 5 (1 = running on empty … 5 = full of energy).');
    expect(out).toContain('I read answers here as a number from 1 to 5 (words like "three" work too), or `later` or `cancel`.');
    expect(out.match(/1\/5 How is your energy today\?/g)).toHaveLength(3); // asked, and asked again twice
    expect(out).toContain('2/5 How stressed do you feel?\n1 = calm … 5 = overwhelmed');
    expect(out).toContain('3/5 How heavy was the emotional load');
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(row?.answers).toEqual({ energy: 3, stress: 3 });
  });

  it('GIVEN a finished check-in WHEN a redo is abandoned halfway and an old button is pressed later THEN today\'s saved answers are untouched', async () => {
    await bot.type('/checkin', '4', '2', '3', '5', '4', '1');
    const redo = await bot.type('/checkin', '1', '5');
    expect(redo).toContain('2/5 How stressed');
    const prisma = bot.app.store.database.prisma;
    expect((await prisma.checkIn.findFirst())?.answers).toEqual({ energy: 4, stress: 2, load: 3, boundaries: 5, self: 4 });
    // The abandoned redo's question is answered much later: it stays in the redo, not in the day.
    await click('checkin:2026-11-23:load', '1');
    expect((await prisma.checkIn.findFirst())?.answers).toEqual({ energy: 4, stress: 2, load: 3, boundaries: 5, self: 4 });
    // Cancelled, an old prompt's button can no longer change the finished day at all.
    expect(await bot.type('cancel')).toContain("Check-in stopped. Today's earlier answers are kept exactly as they were; nothing new was saved.");
    const late = await click('checkin:2026-11-23:energy', '1');
    expect(late.at(-1)?.text).toBe("You've already checked in today, and those answers are kept as they are. To change them, type `/checkin`.");
    expect((await prisma.checkIn.findFirst())?.answers).toEqual({ energy: 4, stress: 2, load: 3, boundaries: 5, self: 4 });
  });

  it('GIVEN a question is open WHEN the member writes how they feel instead of a number THEN they are heard, offered /support, a debrief and a note, and the question stays open with how to answer it', async () => {
    const out = await bot.type('/checkin', 'I feel awful today');
    expect(out).toContain('Thank you for telling me.');
    expect(out).toContain('`/support` lists people you can reach');
    expect(out).toContain('`/debrief now` asks for a peer to talk it through with');
    expect(out).toContain("I can keep what you wrote as a private note on today's check-in");
    expect(out).toContain("[a] Keep it as today's note");
    expect(out).toContain('Your check-in question is still open, whenever you are ready: answer with a number 1–5, `later` or `cancel`.');
    expect(out.match(/1\/5 How is your energy today\?/g)).toHaveLength(2); // asked, and still open
    expect(out).not.toContain('I work through commands');
    expect(out).not.toContain('I read answers here as a number');
    // Nothing is kept unless they ask: no note, no answer.
    expect(await bot.app.store.database.prisma.checkIn.count()).toBe(0);
    // The question is still the one answered next.
    expect(await bot.type('2')).toContain('2/5 How stressed do you feel?');
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(row?.answers).toEqual({ energy: 2 });
    expect(row?.note).toBeNull();
    // Words left unkept go when the check-in is stopped. "cancel" is a reply to the bot, never read as more of the vent
    // before it: it stops the check-in at once.
    expect(await bot.type('not a great week', 'cancel')).toContain('Check-in stopped.');
    expect((await bot.app.store.database.prisma.checkInSession.findFirst())?.heard).toBeNull();
  });

  it('GIVEN words written during the check-in WHEN the member keeps them as today\'s note THEN the note is saved sealed, the check-in carries on, and the note step shows it', async () => {
    const out = await bot.type('/checkin', '3', 'honestly not great, rough shift', 'a');
    expect(out).toContain("Kept as today's private note: only you can read it, and you can change it at the end of the check-in.");
    expect(out.match(/2\/5 How stressed do you feel\?/g)).toHaveLength(3); // asked, asked again, and after the note
    const prisma = bot.app.store.database.prisma;
    const [row] = await prisma.checkIn.findMany();
    expect(row?.note).not.toContain('rough shift'); // sealed
    expect(bot.app.store.cipher.decrypt(row!.note!)).toBe('honestly not great, rough shift');
    expect((await prisma.checkInSession.findFirst())?.heard).toBeNull(); // the words are not held twice
    // Pressed again, nothing is waiting, and nothing doubles.
    expect(await bot.type('/checkin', 'a')).not.toContain('Kept as');
    const end = await bot.type('4', '3', '5', '4', '1');
    expect(end).toContain("Anything to add to today's note, or change?");
    expect(end).toContain('[1] Keep my note as it is');
    expect(end).toContain('Your note is saved. Only you can read it.');
    const [done] = await prisma.checkIn.findMany();
    expect(done?.answers).toEqual({ energy: 3, stress: 4, load: 3, boundaries: 5, self: 4 });
    expect(bot.app.store.cipher.decrypt(done!.note!)).toBe('honestly not great, rough shift');
    expect(await prisma.checkInSession.count()).toBe(0);
  });

  it('GIVEN a question is open WHEN the member writes words of risk THEN the crisis reply comes first and alone, their words are not kept, and the question is still open', async () => {
    const out = await bot.type('/checkin', "honestly I don't want to be here anymore");
    expect(out).toContain('are you thinking about suicide?');
    const afterQuestion = out.slice(out.indexOf('1/5 How is your energy today?'));
    expect(afterQuestion).not.toContain("Keep it as today's note");
    expect(afterQuestion).not.toContain('Your check-in question is still open');
    expect(afterQuestion.match(/1\/5 How is your energy today\?/g)).toHaveLength(1); // not pressed on them
    const prisma = bot.app.store.database.prisma;
    expect((await prisma.checkInSession.findFirst())?.heard).toBeNull();
    expect(await bot.type('4')).toContain('2/5 How stressed do you feel?');
    expect((await prisma.checkIn.findFirst())?.answers).toEqual({ energy: 4 });
  });

  it('GIVEN a check-in under way WHEN the member types cancel THEN it stops, says what was kept, and a number typed next gets a hint', async () => {
    expect(await bot.type('3')).toContain("No check-in question is open right now, so I haven't saved that number.");
    const out = await bot.type('/checkin', '4', 'cancel', '3');
    expect(out).toContain('Check-in stopped. The answer you gave before stopping is saved; nothing else was. `/checkin` picks up where you left off.');
    expect(out).toContain('You stopped this check-in, so I left that answer unsaved. `/checkin` picks it up again.');
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(row?.answers).toEqual({ energy: 4 });
    expect(row?.completedAt).toBeNull();
  });

  it('GIVEN a question WHEN the member types later THEN it comes back through the outbox in an hour, once', async () => {
    const out = await bot.type('/checkin', '4', 'later', 'later');
    expect(out).toContain("Okay, I'll ask this one again at 18:30, in an hour. What you've answered so far is kept.");
    expect(out).toContain("I've already set this question aside once today, so I won't bring it back again.");
    const { outbox } = bot.app.store;
    const lockFor = (at: string) => new Date(Date.parse(at) + 60_000);
    expect(await outbox.claim(10, new Date('2026-11-23T18:29:00Z'), lockFor('2026-11-23T18:29:00Z'))).toHaveLength(0);
    const due = await outbox.claim(10, new Date('2026-11-23T18:31:00Z'), lockFor('2026-11-23T18:31:00Z'));
    expect(due).toHaveLength(1);
    expect(due[0]?.kind).toBe('checkin-snooze');
    expect(due[0]?.message.text).toContain("Here's the check-in question you set aside an hour ago.");
    expect(due[0]?.message.text).toContain('**2/5** How stressed do you feel?');
    expect(due[0]?.message.choices?.[0]?.actionId).toBe('checkin:2026-11-23:stress');
    // Answered when it comes back, typed in the conversation.
    expect(await bot.type('two')).toContain('3/5 How heavy');
  });

  it('GIVEN plain hi, help or menu typed as a message THEN the member gets a short greeting with the main commands', async () => {
    for (const word of ['hi', 'help', 'Menu', 'hello!']) {
      const out = await bot.type(word);
      expect(out).toContain("Hi! I'm peercircle");
      expect(out).toContain('`/checkin`');
      expect(out).not.toContain('I work through commands');
    }
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
