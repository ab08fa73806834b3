import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../../src/core/events.js';
import { runTick } from '../../src/scheduling/tick.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('debrief pairing rounds, through the terminal and the scheduler', () => {
  let h: TerminalHarness;
  const monday10 = new Date('2026-11-23T10:00:00Z');
  const prisma = () => h.app.store.database.prisma;
  const intros = () => prisma().outboxMessage.findMany({ where: { kind: 'pairing-intro' }, orderBy: { id: 'asc' } });
  const text = (row: { payload: unknown }) => (row.payload as { text: string }).text;
  const choose = async (user: string, actionId: string, value: string) =>
    h.app.bot.handle({ kind: 'choice', actionId, value, community: { platform: 'terminal', externalId: 'local' }, user: { id: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);

  beforeAll(async () => {
    h = await startTerminalHarness({ user: 'ada', now: new Date('2026-11-23T09:00:00Z') });
    await h.type('/help');
    await prisma().member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
  });
  afterAll(async () => h.close());

  it('GIVEN an admin THEN rounds are set up with a cadence, day and time, and bad input says what to type', async () => {
    const early = await h.type('/community pairing repeat 4');
    expect(early).toContain('Rounds are not running yet');
    expect(await prisma().pairingSettings.findFirstOrThrow()).toMatchObject({ enabled: false, repeatWindow: 4 });
    const out = await h.type('/community pairing sometimes', '/community pairing weekly mon 10:00', '/community pairing repeat 4');
    expect(out).toContain(`I couldn't read "sometimes"`);
    expect(out).not.toContain('Rounds are not running yet');
    expect(out).toContain('/community pairing weekly mon 10:00');
    expect(out).toContain('Debrief rounds run every Mon at 10:00 (UTC)');
    expect(out).toContain('within 4 round(s)');
    expect(await h.typeAs('alex', '/community pairing off')).toContain("for your community's admins");
  });

  it('GIVEN odd or hostile input THEN each gets a kind reply that says what to type, and nothing changes', async () => {
    const out = await h.type(
      '/debrief dance',
      `/debrief avoid ${'x'.repeat(300)}`,
      '/debrief on-demand sometimes',
      '/debrief swap',
      '/community pairing weekly funday 10:00',
      '/community pairing weekly mon 25:00',
      '/community pairing repeat 99',
      '/community pairing cross-group maybe',
      '/community attribute nobody newer',
      '/community attribute',
    );
    expect(out).toContain('I can do `now`, `swap`, `leave`, `avoid` or `on-demand` after `/debrief`.');
    expect(out).toContain('How to use it:');
    expect(out).toContain('That is longer than a member name or an on/off needs.');
    expect(out).toContain('Please say `/debrief on-demand on`');
    expect(out).toContain("You're not in a debrief group this round");
    expect(out).toContain('Please give one day, like mon.');
    expect(out).toContain('from 1 to 26');
    expect(out).toContain('Please say `/community pairing cross-group on` or `off`.');
    expect(out).toContain(`I don't know a member "nobody" here yet.`);
    expect(out).toContain('Please give a member and a value');
    const settings = await prisma().pairingSettings.findFirstOrThrow();
    expect(settings).toMatchObject({ cadence: 'weekly', weekday: 1, time: '10:00', repeatWindow: 4, crossGroup: false });
  });

  it('GIVEN a member THEN they can keep a private don\'t-pair list that the other person never sees', async () => {
    for (const user of ['bo', 'cy', 'dee', 'fin', 'eve']) await h.typeAs(user, '/debrief');
    const out = await h.typeAs('alex', '/debrief avoid bo', '/debrief avoid <@cy|Cy>', '/debrief avoid remove cy', '/debrief avoid alex', '/debrief avoid nobody', '/debrief avoid');
    expect(out).toContain("I won't pair you with bo");
    expect(out).toContain("I won't pair you with cy");
    expect(out).toContain("cy is off your don't-pair list.");
    expect(out).not.toMatch(/list \(only you see it\)\n- bo\n- cy/);
    expect(out).toContain('they are never told');
    expect(out).toContain("That's you.");
    expect(out).toContain(`I don't know a member "nobody" here yet.`);
    expect(out).toMatch(/Your private don't-pair list.*\n- bo/);
    const bo = await h.typeAs('bo', '/debrief', '/debrief avoid');
    expect(bo).not.toContain('alex');
    expect(bo).toContain("Your don't-pair list is empty.");
  });

  it('GIVEN five members, one paused and the admin opted out THEN at 10:00 one round starts: a pair and a trio, with the guide, the boundary kept, and only once', async () => {
    await h.typeAs('eve', '/settings pause 2 weeks');
    await h.typeAs('dee', '/settings quiet 22:00-10:30');
    await h.type('/settings pairings off');
    const store = h.app.store;
    expect((await runTick(store, new Date('2026-11-23T09:59:00Z'))).pairingRounds).toBe(0);
    expect((await runTick(store, monday10)).pairingRounds).toBe(1);
    expect((await runTick(store, new Date('2026-11-23T10:05:00Z'))).pairingRounds).toBe(0);

    const rows = await intros();
    const groups = rows.map((r) => [...r.platformUserIds].sort());
    expect(groups.map((g) => g.length).sort()).toEqual([2, 3]);
    expect(groups.flat().sort()).toEqual(['alex', 'bo', 'cy', 'dee', 'fin']);
    expect(groups.some((g) => g.includes('alex') && g.includes('bo'))).toBe(false);
    // Dee's quiet hours run to 10:30: her group's conversation opens then, the other at once.
    expect(rows.map((r) => [r.platformUserIds.includes('dee'), r.nextAttemptAt.toISOString()]).sort()).toEqual([
      [false, '2026-11-23T10:00:00.000Z'],
      [true, '2026-11-23T10:30:00.000Z'],
    ]);
    for (const row of rows) {
      expect(text(row)).toContain('What went well');
      expect(text(row)).toContain('What was hard');
      expect(text(row)).toContain('Boundaries check');
      expect(text(row)).toContain('One self-care step');
      expect(text(row)).toContain("neither of you is responsible for the other's safety");
      expect(text(row)).toContain('`/support`');
      expect(text(row)).not.toMatch(/avoid|don't-pair/i);
    }
    const status = await h.typeAs('alex', '/debrief');
    expect(status).toMatch(/This round: with (cy|dee|fin)/);
    expect(status).toContain('So far: 1 round');
  });

  it("GIVEN a member of the pair can't make it THEN their partner is re-matched with someone from the trio, and the round stays whole", async () => {
    const pair = (await intros()).find((r) => r.platformUserIds.length === 2)!;
    const [leaver, partner] = pair.platformUserIds as [string, string];
    const out = await h.typeAs(leaver, '/debrief swap');
    expect(out).toContain("you're out of this round");
    expect(out).toContain('I found your partner someone else');
    const rematch = (await intros()).at(-1)!;
    expect(rematch.platformUserIds).toContain(partner);
    expect(rematch.platformUserIds).toHaveLength(2);
    expect(text(rematch)).toContain('A new debrief partner this round');
    const mover = rematch.platformUserIds.find((id) => id !== partner)!;
    const told = await prisma().outboxMessage.findMany({ where: { kind: 'pairing-change', dedupeKey: { startsWith: 'pairing-moved:' } } });
    expect(told).toHaveLength(2);
    expect(told.every((m) => text(m).startsWith(`${mover} is debriefing with someone`))).toBe(true);
    expect(await h.typeAs(leaver, '/debrief')).toContain("you're not in a debrief group right now");
  });

  it('GIVEN the round is halfway THEN each member still in a group is asked "Did you meet?" once, and the answers are recorded', async () => {
    const report = await runTick(h.app.store, new Date('2026-11-26T10:00:00Z'));
    expect(report.pairingChecks).toBe(4);
    expect((await runTick(h.app.store, new Date('2026-11-26T11:00:00Z'))).pairingChecks).toBe(0);
    const checks = await prisma().outboxMessage.findMany({ where: { kind: 'pairing-check' } });
    const first = checks[0]!;
    const actionId = (first.payload as { choices: { actionId: string }[] }).choices[0]!.actionId;
    const replies = await choose(first.platformUserId, actionId, 'met');
    expect(replies.at(-1)?.text).toContain('Glad you found the time');
    expect(await prisma().pairingGroupMember.count({ where: { outcome: 'met' } })).toBe(1);
  });

  it('GIVEN a day after "Did you meet?" THEN those who have not answered get one gentle reminder, with the same buttons', async () => {
    expect((await runTick(h.app.store, new Date('2026-11-27T10:00:00Z'))).pairingCheckReminders).toBe(3);
    expect((await runTick(h.app.store, new Date('2026-11-27T11:00:00Z'))).pairingCheckReminders).toBe(0);
    const reminders = await prisma().outboxMessage.findMany({ where: { kind: 'pairing-check-reminder' } });
    const answered = (await prisma().pairingGroupMember.findFirstOrThrow({ where: { outcome: 'met' }, include: { member: true } })).member.platformUserId;
    expect(reminders.map((r) => r.platformUserId)).not.toContain(answered);
    const first = reminders[0]!;
    expect(text(first)).toContain("I won't ask again");
    const actionId = (first.payload as { choices: { actionId: string }[] }).choices[0]!.actionId;
    expect((await choose(first.platformUserId, actionId, 'skipped')).at(-1)?.text).toContain('Some weeks are like that');
    expect(await prisma().pairingGroupMember.count({ where: { outcome: { not: null } } })).toBe(2);
  });

  it('GIVEN the next week THEN nobody is paired again with someone they were with last round', async () => {
    await h.typeAs('eve', '/settings resume');
    expect((await runTick(h.app.store, new Date('2026-11-30T10:00:00Z'))).pairingRounds).toBe(1);
    const rounds = await prisma().pairingRound.findMany({
      orderBy: { roundDate: 'asc' },
      include: { groups: { include: { members: { where: { leftAt: null }, include: { member: true } } } } },
    });
    const ids = (round: (typeof rounds)[number]) => round.groups.map((g) => g.members.map((m) => m.member.platformUserId));
    const latest = ids(rounds.at(-1)!);
    // Who was together at the end of last round (after the swap): someone who left did not meet.
    const met = new Set(ids(rounds[0]!).flatMap((group) => group.flatMap((a) => group.filter((b) => b !== a).map((b) => `${a}|${b}`))));
    const repeats = latest.flatMap((ids) => ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}|${b}`))).filter((e) => met.has(e));
    expect(latest.flat()).toContain('eve');
    expect(repeats).toEqual([]);
  });
});
