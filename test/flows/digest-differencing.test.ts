import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteMemberData } from '../../src/storage/member-data.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

/** The digest section of a terminal transcript: from its title to its closing line. */
const digestOf = (transcript: string) => {
  const start = transcript.indexOf('Team digest for');
  const end = transcript.indexOf('No one’s answers, notes or crisis messages', start);
  expect(start, transcript).toBeGreaterThanOrEqual(0);
  return transcript.slice(start, end);
};

const calm = ['4', '2', '2', '4', '4', 'A steady day.'];
const heavy = ['1', '5', '5', '1', '1', 'Everything at once today.'];

// Issue 14, leak C2: five members check in, a supervisor runs /digest; a sixth checks in, the
// supervisor runs /digest again. The difference must not give the sixth member's answers, nor their
// anonymous urgent signal.
describe('C2: a supervisor cannot difference two digests taken either side of one check-in', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness({ user: 'sup', now: new Date('2026-11-25T17:00:00Z') });
    await bot.typeAs('sup', '/help');
    await bot.app.store.database.prisma.member.updateMany({ where: { platformUserId: 'sup' }, data: { role: 'supervisor' } });
  });
  afterAll(async () => bot.close());

  let first = '';
  let second = '';

  it('GIVEN five members checked in on Wednesday WHEN the supervisor runs /digest THEN this week is not shown, and the reply says when it will be', async () => {
    for (const peer of ['ana', 'ben', 'cas', 'dev', 'eli']) expect(await bot.typeAs(peer, '/checkin', ...calm)).toContain('Thank you for checking in.');
    first = digestOf(await bot.typeAs('sup', '/digest'));
    expect(first).toContain('Weeks that have ended, 26 Oct to 22 Nov.');
    expect(first).toContain('The current week (from 23 Nov) is not shown yet: it appears once it ends.');
  });

  it('WHEN a sixth member checks in with a very heavy day and the supervisor runs /digest again THEN the two digests are identical', async () => {
    expect(await bot.typeAs('fay', '/checkin', ...heavy)).toContain('today asked a lot of you');
    second = digestOf(await bot.typeAs('sup', '/digest'));
    expect(second).toBe(first);
    expect(second).not.toMatch(/\d+ urgent/);
  });

  it('WHEN the week has ended THEN it is shown once, as ranges, and never changes again, not even when the sixth member deletes their data', async () => {
    bot.setNow(new Date('2026-11-30T12:00:00Z'));
    const closed = digestOf(await bot.typeAs('sup', '/digest'));
    expect(closed).toContain('Weeks that have ended, 2 Nov to 29 Nov.');
    expect(closed).toContain('Checked in: 5–9 people; check-in days: 5–9');
    // Energy: five 4s and one 1 average 3.5; the digest says only "3.5–4.0".
    expect(closed).toMatch(/How is your energy today\? .* → 3\.5–4\.0( _?\(hidden: not enough responses to show this\)_?)?\n/);
    expect(closed).not.toMatch(/3\.50|3\.5 |\b6 people/);
    // The sixth member's heavy day is one of six, and so no more than "up to a third".
    expect(closed).toContain('Heavy days: up to a third of check-in days');
    expect(closed).toContain('Support signals: none to show. A count appears only when at least 5 people had a signal and at least 5 had none.');
    expect(closed).toContain('`/escalations`');

    // What `/mydata delete` does once the member confirms.
    const fay = await bot.app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'fay' } });
    await deleteMemberData(bot.app.store.database.prisma, fay.id);
    await bot.typeAs('ana', '/checkin', ...heavy); // and a late answer changes nothing either
    expect(digestOf(await bot.typeAs('sup', '/digest'))).toBe(closed);
  });
});
