import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('help, support, refreshers and bad input, through the terminal', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  it('GIVEN /help THEN it lists every command, how to pause or leave, and who sees what', async () => {
    const out = await bot.type('/help');
    for (const name of ['checkin', 'principle', 'settings', 'support', 'help']) expect(out).toContain(`/${name}\``);
    expect(out).toContain('/settings pause 2 weeks');
    expect(out).toContain('Your check-in answers and private notes: only you.');
    expect(out).toContain("not a therapist or a crisis service");
  });

  it('GIVEN /support in a US community THEN it gives 988, says the bot is not a crisis service, and points to people', async () => {
    const out = await bot.type('/support');
    expect(out).toContain('988');
    expect(out).toContain("not a crisis service");
    expect(out).toContain('call 911');
    expect(out).toContain('your supervisor');
  });

  it('GIVEN /principle with no topic THEN the member sees the list and the principle of the day', async () => {
    const out = await bot.type('/principle');
    expect(out).toContain('boundaries');
    expect(out).toContain('trauma-informed-care');
    expect(out).toContain('mistake-acting-like-a-therapist');
    expect(out).toContain('boundaries-reflection');
    expect(out).toMatch(/Principle of the day: .+ \(`\/principle today`\)/);
  });

  it('GIVEN /principle boundaries THEN the refresher is shown with its sources, and the look-up is counted without a name', async () => {
    const out = await bot.type('/principle boundaries');
    expect(out).toContain('Boundaries');
    expect(out).toContain('Sources');
    const views = await bot.app.store.database.prisma.topicView.findMany();
    expect(views.map((v) => v.topicId)).toContain('boundaries');
    expect(Object.keys(views[0]!)).not.toContain('memberId');
  });

  it('GIVEN a misspelt topic THEN the closest matches are offered', async () => {
    const out = await bot.type('/principle boundary');
    expect(out).toContain('Did you mean one of these?');
    expect(out).toContain('/principle boundaries`');
  });

  it('GIVEN nonsense THEN the member is pointed to the list, not to random topics', async () => {
    const out = await bot.type('/principle xyzzyplugh');
    expect(out).toContain(`I couldn't find a topic called "xyzzyplugh". Type \`/principle\` to see them all.`);
  });

  it('GIVEN /principle today twice THEN the same principle both times', async () => {
    const first = await bot.type('/principle today');
    const second = await bot.type('/principle today');
    expect(first).toContain('Principle of the day: ');
    expect(second).toBe(first);
  });

  it('GIVEN an unknown command THEN the closest command is suggested', async () => {
    expect(await bot.type('/chekin')).toContain("I don't know the command `/chekin`. Did you mean `/checkin`?");
    expect(await bot.type('/frobnicate')).toContain("I don't know the command `/frobnicate`. Type `/help`");
  });

  it('GIVEN free text THEN the member is shown what the bot can do and where support is', async () => {
    expect(await bot.type('the printer on floor two is out of toner')).toContain('`/support` lists people you can reach');
  });

  it('GIVEN a topic longer than any topic name THEN a kind message, no crash', async () => {
    const out = await bot.type(`/principle ${'x'.repeat(500)}`);
    expect(out).toContain('Topic names are short');
    expect(out).toContain('How to use it:');
  });
});

describe('the boundaries reflection exercise', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness();
  });
  afterAll(async () => bot.close());

  it('GIVEN a member who answers three, stops, and comes back THEN it resumes and the answers stay private to them', async () => {
    const out = await bot.type('/principle boundaries-reflection', '1', '2', '3', '4');
    expect(out).toContain('1 of 27.');
    expect(out).toContain('→ Hard limit');
    expect(out).toContain('→ Soft limit');
    expect(out).toContain('→ Fine with me');
    expect(out).toContain("Stopped. You've answered 3 of 27, saved privately.");

    const again = await bot.type('/principle boundaries-reflection');
    expect(again).toContain("Welcome back. You've answered 3 of 27");
    expect(again).toContain('4 of 27.');

    const rows = await bot.app.store.database.prisma.boundaryReflection.findMany({ orderBy: { item: 'asc' } });
    expect(rows.map((r) => [r.item, r.answer])).toEqual([[0, 'hard'], [1, 'soft'], [2, 'fine']]);
  });

  it('GIVEN all 27 answered THEN the member sees their own summary, grouped', async () => {
    const answers = Array.from({ length: 24 }, (_, i) => String((i % 3) + 1));
    const out = await bot.type('/principle boundaries-reflection', ...answers);
    expect(out).toContain('only you can see this');
    expect(out).toMatch(/Hard limits \(9\)/);
    expect(out).toMatch(/Soft limits \(9\)/);
    expect(out).toMatch(/Fine with me \(9\)/);
  });
});
