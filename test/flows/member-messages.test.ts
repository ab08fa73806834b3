import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('messages a member can trust, and their own trends, through the terminal', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness({ now: new Date('2026-11-23T17:30:00Z') });
  });
  afterAll(async () => bot.close());

  it('GIVEN quiet hours 21:00–08:00 WHEN the check-in time is set to 07:00 THEN the member is told it will come at 08:00, and why', async () => {
    const out = await bot.type('/settings quiet 21:00-08:00', '/settings time 07:00');
    expect(out).toContain('Your check-in time is set to 07:00. 07:00 is inside your quiet hours (21:00–08:00), so it will come at 08:00, when they end.');
    expect(out).not.toContain('Your check-in will come at 07:00');
  });

  it('GIVEN quiet 22-7 THEN it is read as 22:00–07:00, never "22am"', async () => {
    const out = await bot.type('/settings quiet 22-7');
    expect(out).toContain('Quiet hours set: 22:00–07:00.');
    expect(out).not.toContain('22am');
    expect(await bot.type('/settings time 22')).toContain('like 22:00.');
  });

  it('GIVEN no debrief rounds in the community THEN /debrief says so in plain words', async () => {
    const out = await bot.type('/debrief');
    expect(out).toContain('Regular rounds: your community has not started them yet');
    expect(out).not.toContain('rounds run not set up');
  });

  it('GIVEN no check-ins yet WHEN the member asks for /mytrends THEN a kind message says how to start', async () => {
    const out = await bot.typeAs('new-member', '/mytrends');
    expect(out).toContain("You haven't checked in during the last four weeks yet");
    expect(out).not.toContain('📎');
  });

  it('GIVEN every question answered but the note step not done WHEN the member asks for /mytrends THEN it says the check-in is not finished, not that they never checked in', async () => {
    const out = await bot.typeAs('half-way', '/checkin', '3', '3', '3', '3', '3', '/mytrends');
    expect(out).toContain("Today's check-in isn't finished yet");
    expect(out).not.toContain("You haven't checked in");
  });

  it('GIVEN check-ins on two days WHEN the member asks for /mytrends THEN a sparkline per question and a chart of their own, private to them', async () => {
    bot.setNow(new Date('2026-11-20T12:00:00Z'));
    await bot.type('/checkin', '2', '4', '4', '2', '1', '1');
    bot.setNow(new Date('2026-11-23T17:30:00Z'));
    await bot.type('/checkin', '5', '1', '2', '5', '4', '1');
    const out = await bot.type('/mytrends');
    expect(out).toContain('Your last four weeks (Tuesday 27 October to today): 2 check-ins. Only you see this.');
    expect(out).toContain('How is your energy today?\n`' + '·'.repeat(24) + '▃··█` average 3.5 (1 = running on empty … 5 = full of energy)');
    expect(out).toContain('How stressed do you feel?\n`' + '·'.repeat(24) + '▆··▁` average 2.5 (1 = calm … 5 = overwhelmed)');
    const saved = /Saved to (\S+mytrends-2026-11-23\.png)/.exec(out)?.[1];
    expect(saved).toBeDefined();
    expect(readFileSync(saved!).subarray(1, 4).toString()).toBe('PNG');
  });
});
