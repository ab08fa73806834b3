import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('/settings, through the terminal', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  const member = async () => (await bot.app.store.database.prisma.member.findMany())[0]!;

  it('GIVEN no arguments THEN the member sees every setting and how to change each', async () => {
    const out = await bot.type('/settings');
    expect(out).toContain('Your settings');
    expect(out).toContain("Time zone: UTC (your community's default)");
    expect(out).toContain('Check-in time: 09:00');
    expect(out).toContain('`/settings quiet 21:00-08:00`');
  });

  it('GIVEN valid changes THEN each is confirmed and stored', async () => {
    const out = await bot.type(
      '/settings timezone america/new_york',
      '/settings time 7:45am',
      '/settings days mon,wed,fri',
      '/settings quiet 10pm-7am',
      '/settings pause 2 weeks',
      '/settings pairings off',
      '/settings share-name yes',
    );
    expect(out).toContain('Time zone set to America/New_York.');
    expect(out).toContain('Your check-in will come at 07:45, your time.');
    expect(out).toContain('Check-ins on: Mon, Wed, Fri (only on days your community has them too).');
    expect(out).toContain("Quiet hours set: 22:00–07:00. I'll stay silent then.");
    expect(out).toContain('Check-ins and pairings start again on Monday 7 December.');
    expect(out).toContain("You're out of debrief pairings.");
    expect(out).toContain('your supervisor may be told your name');
    expect(await member()).toMatchObject({
      timeZone: 'America/New_York',
      checkinTime: '07:45',
      checkinWeekdays: [1, 3, 5],
      quietStart: '22:00',
      quietEnd: '07:00',
      pairingsOptIn: false,
      consentNameToSupervisor: true,
    });
    expect((await member()).pausedUntil?.toISOString().slice(0, 10)).toBe('2026-12-07');
    await bot.type('/settings resume');
    expect((await member()).pausedUntil).toBeNull();
  });

  it.each([
    ['/settings timezone Europe/Berln', 'Did you mean Europe/Berlin?'],
    ['/settings timezone EST', 'changes meaning with daylight saving'],
    ['/settings time 25:00', `"25:00" isn't a time of day. Times look like 08:30`],
    ['/settings quiet 22:00-22:00', "Quiet hours can't start and end at the same time."],
    ['/settings pause 2020-01-01', 'That date has already passed.'],
    ['/settings pause 2026-11-23', 'That date has already passed.'],
    ['/settings checkins maybe', 'Please say on or off'],
    ['/settings colour blue', "I don't know that setting. You can change: timezone, time, days, quiet"],
    ['/settings timezone', 'Please add a time zone'],
  ])('GIVEN "%s" THEN the reply says what to do and nothing changes', async (line, expected) => {
    const before = await member();
    const out = await bot.type(line);
    expect(out).toContain(expected);
    expect(out).toMatch(/For example: `\/settings|How to use it/);
    expect(await member()).toEqual(before);
  });
});

describe('onboarding consent, through the terminal', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness();
  });
  afterAll(async () => bot.close());

  it('GIVEN a first contact THEN the crisis policy is published and the member makes two separate choices, each off until they say yes', async () => {
    const out = await bot.type('/help', '1');
    expect(out).toContain('Crisis policy');
    expect(out).toContain('I never contact anyone on my own');
    expect(out).toContain('[1] Yes, when I ask for support  [2] No, ask me each time');
    expect(out).toContain('[3] Yes, for heavy check-ins too  [4] No, ask me first');
    expect(out).toContain('Okay: when you ask for support, your supervisor may be told your name.');
    const [member] = await bot.app.store.database.prisma.member.findMany();
    // Yes to asking for support by name says nothing about signals from check-ins.
    expect(member).toMatchObject({ consentNameToSupervisor: true, consentNameOnSignal: false });
    await bot.type('/settings share-name no', '/settings share-signals yes');
    const [after] = await bot.app.store.database.prisma.member.findMany();
    expect(after).toMatchObject({ consentNameToSupervisor: false, consentNameOnSignal: true });
    expect(await bot.type('/settings')).toContain('Your name goes with a signal from heavy check-ins: yes');
  });
});
