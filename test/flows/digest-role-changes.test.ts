import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

/** The digest section of a terminal transcript: from its title to its closing line. */
const digestOf = (transcript: string) => {
  const start = transcript.indexOf('Team digest for');
  const end = transcript.indexOf('No one’s answers, notes or crisis messages', start);
  expect(start, transcript).toBeGreaterThanOrEqual(0);
  return transcript.slice(start, end);
};
// The trend's figures, without the note on hidden ones that may follow the last.
const energyTrend = (digest: string) => /How is your energy today\? (.*)\n/.exec(digest)?.[1]?.replace(/ _?\(hidden: [^)]*\)_?$/, '');

const calm = ['4', '2', '2', '4', '4', 'A steady day.'];
const heavy = ['1', '5', '5', '1', '1', 'Everything at once today.'];
const peers = ['ana', 'ben', 'cas', 'dev', 'eli'];

// Issue 14: whoever reads a digest must never be inside it, whatever role they held when. A
// supervisor demoted to peer never counts again; a peer promoted after a week was shown stays in
// that frozen week as shown (its figures were checked against later insiders when it was frozen)
// and counts in no later week.
describe('digests and role changes', () => {
  let bot: TerminalHarness;
  beforeAll(async () => {
    bot = await startTerminalHarness({ user: 'adm', now: new Date('2026-11-25T17:00:00Z') });
    await bot.typeAs('adm', '/help');
    const adm = await bot.app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'adm' } });
    await bot.app.store.members.setRole(adm.id, 'admin'); // the first admin, as the platform's owner would be
    for (const name of ['sam', 'fay']) await bot.typeAs(name, '/help');
  });
  afterAll(async () => bot.close());

  let shownWeek = '';

  it('GIVEN a supervisor demoted to peer WHEN they check in with a very heavy day THEN the digest of that week is unchanged by their check-in', async () => {
    expect(await bot.typeAs('adm', '/community role sam supervisor')).toContain('sam is now a supervisor.');
    expect(await bot.typeAs('adm', '/community role sam peer')).toContain('sam is now a peer.');
    for (const peer of peers) expect(await bot.typeAs(peer, '/checkin', ...calm)).toContain('Thank you for checking in.');
    expect(await bot.typeAs('sam', '/checkin', ...heavy)).toContain('today asked a lot of you');
    // fay is still a peer, and counts.
    expect(await bot.typeAs('fay', '/checkin', ...heavy)).toContain('today asked a lot of you');

    bot.setNow(new Date('2026-11-30T12:00:00Z'));
    shownWeek = digestOf(await bot.typeAs('adm', '/digest'));
    expect(shownWeek).toContain('Weeks that have ended, 2 Nov to 29 Nov.');
    // Five 4s and fay's 1 average 3.5: "3.5–4.0". With sam's 1 as well it would read "3.0–3.5".
    expect(energyTrend(shownWeek)).toMatch(/→ 3\.5–4\.0$/);
    expect(shownWeek).toContain('Heavy days: up to a third of check-in days');
  });

  it('WHEN a peer who counted in that shown week is promoted THEN the week stays exactly as shown', async () => {
    expect(await bot.typeAs('adm', '/community role fay supervisor')).toContain('fay is now a supervisor.');
    expect(digestOf(await bot.typeAs('fay', '/digest'))).toBe(shownWeek);
  });

  it('WHEN both check in again the next week THEN neither counts in it: the week reads as the five peers alone', async () => {
    for (const peer of peers) expect(await bot.typeAs(peer, '/checkin', ...calm)).toContain('Thank you for checking in.');
    await bot.typeAs('fay', '/checkin', ...heavy);
    await bot.typeAs('sam', '/checkin', ...heavy);

    bot.setNow(new Date('2026-12-07T12:00:00Z'));
    const next = digestOf(await bot.typeAs('fay', '/digest'));
    expect(next).toContain('Weeks that have ended, 9 Nov to 6 Dec.');
    // The week of 23 Nov as first shown, then five 4s alone: "4.0–4.5".
    expect(energyTrend(next)).toMatch(/→ 3\.5–4\.0 → 4\.0–4\.5$/);
    expect(next).toContain('Heavy days: up to a third of check-in days');
  });
});
