import { afterEach, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

const askedDirectly = 'are you thinking about suicide?';
const emergencyFirst = 'call 911';

describe('a disclosure sent in pieces, through the terminal', () => {
  let bot: TerminalHarness;
  afterEach(async () => bot.close());

  it('GIVEN "im so tired" then "of being alive" THEN the second message gets the direct question, though neither alone says it', async () => {
    bot = await startTerminalHarness();
    const first = await bot.type('im so tired');
    expect(first).not.toContain(askedDirectly);
    const second = await bot.type('of being alive');
    expect(second).toContain(askedDirectly);
  });

  it('GIVEN "i have a plan" then "for ending it" THEN the emergency number and lines come with the second', async () => {
    bot = await startTerminalHarness();
    await bot.type('i have a plan');
    const second = await bot.type('for ending it');
    expect(second).toContain(emergencyFirst);
    expect(second).toContain('Are you safe right now?');
  });

  it('GIVEN a burst already answered THEN a message that adds nothing more urgent does not repeat the reply', async () => {
    bot = await startTerminalHarness();
    const first = await bot.type("honestly i don't want to be here anymore");
    expect(first).toContain(askedDirectly);
    const second = await bot.type('idk');
    expect(second).not.toContain(askedDirectly);
  });

  it('GIVEN pieces that together are everyday talk THEN nothing alarming', async () => {
    bot = await startTerminalHarness();
    await bot.type('i could kill');
    const second = await bot.type('for a burrito rn');
    expect(second).not.toContain(askedDirectly);
    expect(second).not.toContain(emergencyFirst);
  });

  it('GIVEN the pieces more than five minutes apart THEN each is read alone', async () => {
    bot = await startTerminalHarness({ now: new Date('2026-11-23T10:00:00Z') });
    await bot.type('im so tired');
    bot.setNow(new Date('2026-11-23T10:06:00Z'));
    const second = await bot.type('of being alive');
    expect(second).not.toContain(askedDirectly);
  });

  it('GIVEN another member finishing the sentence THEN it is never read as the first member’s', async () => {
    bot = await startTerminalHarness();
    await bot.type('im so tired');
    const other = await bot.typeAs('someone-else', 'of being alive');
    expect(other).not.toContain(askedDirectly);
  });
});
