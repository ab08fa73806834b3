import { afterEach, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('the crisis route, through the terminal', () => {
  let bot: TerminalHarness;
  afterEach(async () => bot.close());

  it('GIVEN a member writing passive ideation in a direct message THEN crisis lines, a plain "not a crisis service", and no menu of commands', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type("honestly I don't want to be here anymore");
    expect(out).toContain("I'm really glad you told me.");
    expect(out).toContain("I'm a bot, not a crisis service");
    expect(out).toContain('call 911');
    expect(out).toContain('988 Suicide & Crisis Lifeline');
    expect(out).not.toContain('I work through commands');
  });

  it('GIVEN a UK community THEN the lines are the UK ones (Samaritans 116 123, 999)', async () => {
    bot = await startTerminalHarness({ env: { DEFAULT_LOCALE: 'en-GB' } });
    const out = await bot.type('i might kms');
    expect(out).toContain('Samaritans');
    expect(out).toContain('116 123');
    expect(out).toContain('call 999');
  });

  it('GIVEN risk words in a private check-in note THEN the crisis reply comes first and the note is still saved', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('/checkin', '1', '5', '5', '1', '1', 'everyone would be better off without me');
    expect(out.indexOf("I'm a bot, not a crisis service")).toBeLessThan(out.indexOf('Thank you for checking in.'));
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(bot.app.store.cipher.decrypt(row!.note!)).toBe('everyone would be better off without me');
  });

  it('GIVEN a peer specialist describing a client’s crisis THEN secondary trauma is acknowledged and a debrief offered', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('a client told me she is thinking about suicide and it stays with me');
    expect(out).toContain('secondary trauma');
    expect(out).toContain('debrief');
    expect(out).toContain('not responsible for anyone else’s safety on your own');
  });

  it('GIVEN an everyday idiom THEN no alarm', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('this deadline is killing me');
    expect(out).not.toContain("I'm a bot, not a crisis service");
    expect(out).toContain('I work through commands');
  });
});
