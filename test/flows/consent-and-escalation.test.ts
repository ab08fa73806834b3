import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { runTick } from '../../src/scheduling/tick.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

/**
 * Issue 14's leaks C1, C3 and C4, played as written: several members of one local community, each
 * at their own terminal (TERMINAL_USER), an admin, supervisors and a crisis contact.
 */
describe('consent and escalation, through the terminal with several members', () => {
  let bot: TerminalHarness;
  const start = new Date('2026-11-23T18:00:00Z');

  beforeAll(async () => {
    bot = await startTerminalHarness({ now: start, env: { COMMANDS_PER_MINUTE: '0' } });
    for (const user of ['ada', 'sam', 'lee', 'dana', 'bob']) await bot.typeAs(user, '/help');
    // ada runs the place (TERMINAL_ROLE=admin); everyone else is named by her commands.
    await bot.app.store.database.prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
    await bot.typeAs('ada', '/community role @sam supervisor', '/community role @lee supervisor');
  });
  afterAll(async () => bot.close());

  const prisma = () => bot.app.store.database.prisma;
  const outboxFor = (user: string) => prisma().outboxMessage.findMany({ where: { platformUserId: user }, orderBy: { id: 'asc' } });
  const textOf = (row: { payload: unknown } | undefined) => (row?.payload as OutgoingMessage | undefined)?.text ?? '';
  const disclosures = () => prisma().auditEntry.findMany({ where: { action: 'member.name-disclosed' }, orderBy: { id: 'asc' } });

  it('C1 GIVEN alex said yes only to "my name with my request" WHEN one very heavy first check-in and a scheduler tick THEN no supervisor hears alex’s name; alex is asked first, naming who would be told', async () => {
    const out = await bot.typeAs('alex', '/settings share-name yes', '/checkin', '1', '5', '5', '1', '1', 'a hard shift');
    await runTick(bot.app.store, new Date(start.getTime() + 5 * 3_600_000));
    expect(out).toContain("Today's check-in looks very heavy.");
    expect(out).not.toContain('last few check-ins');
    expect(out).toContain('Would you like me to let sam and lee know?');
    expect(out).toContain('[1] Yes, let them know  [2] No, thanks');
    for (const supervisor of ['sam', 'lee']) expect((await outboxFor(supervisor)).map(textOf).join('\n')).not.toContain('alex');
    expect(await disclosures()).toEqual([]);
    const escalation = await prisma().escalation.findFirstOrThrow({ where: { member: { platformUserId: 'alex' } } });
    expect(escalation).toMatchObject({ rule: 'extreme-day', named: false });

    // Supervisors see it only as a team count: never in /escalations, never by name in /digest.
    expect(await bot.typeAs('sam', '/escalations')).toContain('Nothing is waiting for you.');
    expect(await bot.typeAs('sam', '/digest')).not.toContain('alex');
    // /support offers help without claiming anything about anyone's check-ins.
    const support = await bot.typeAs('alex', '/support');
    expect(support).toContain('Would any of these help?');
    expect(support).not.toContain('look heavy');
    expect(await bot.typeAs('alex', '/mydata')).toContain('Nobody: your name has never been passed on to anyone.');
  });

  it('C1 GIVEN alex then says yes to that offer THEN sam and lee hear alex’s name, each disclosure audited, and /mydata shows alex who was told and when', async () => {
    const escalation = await prisma().escalation.findFirstOrThrow({ where: { member: { platformUserId: 'alex' } } });
    const out = await bot.typeAs('alex', '/checkin', '1', '5', '5', '1', '1', 'still hard');
    expect(out).not.toContain('Would you like me to let'); // the same condition is not raised again
    // The terminal keeps no button once a later answer moved on: the offer's button, as a platform would send it.
    const shared = await bot.app.bot.handle({
      kind: 'choice', actionId: `support:share:${escalation.id}`, value: 'yes',
      community: { platform: 'terminal', externalId: 'local' }, user: { id: 'alex', displayName: 'alex' }, isDirect: true, receivedAt: start,
    });
    expect(shared.at(-1)?.text).toContain("I've let sam and lee know it's you");
    expect(textOf((await outboxFor('sam')).at(-1))).toContain('**alex** had a very heavy check-in today');
    const rows = await disclosures();
    expect(rows.map((r) => [r.recipientId !== null, (r.details as { as: string }).as])).toEqual([[true, 'supervisor'], [true, 'supervisor']]);
    // Each audit row sits beside its outbox message, written in the same transaction.
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: { startsWith: `escalation:${escalation.id}:` } } })).toBe(2);
    const mydata = await bot.typeAs('alex', '/mydata');
    expect(mydata).toContain('Who was told about you');
    expect(mydata).toMatch(/23 Nov 2026, 18:00: sam \(supervisor\), because you said yes when I asked about your check-ins/);
    expect(mydata).toContain('lee (supervisor)');

    // sam lists and acknowledges it by number; alex is told someone answered.
    expect(await bot.typeAs('sam', '/escalations')).toMatch(/1\. alex had a very heavy check-in today · urgent/);
    expect(await bot.typeAs('sam', '/escalations ack 1')).toContain("Acknowledged. Thank you for reaching out to them. I've told them you've seen it.");
    expect(textOf((await outboxFor('alex')).at(-1))).toContain('sam has seen that your check-ins have been heavy (at 18:00)');
    expect(await bot.typeAs('lee', '/escalations ack 1')).toContain("Number 1 isn't open for you");
  });

  it('C3 GIVEN no crisis contact WHEN kim asks for one THEN kim is told honestly and shown lines, the admin hears one is missing, and nobody hears kim’s name', async () => {
    // The crisis route asks plainly first (yes), then whether kim is safe (safe for now), then offers a person (yes).
    const out = await bot.typeAs('kim', 'I want to die', '1', '1', '1');
    expect(out).toContain('[1] Yes, ask someone to reach out to me');
    expect(out).toContain("your community hasn't named a crisis contact in peercircle, so there is nobody I can ask for you");
    expect(out).toContain('988');
    expect(textOf((await outboxFor('ada')).at(-1))).toContain('none is set, so nobody could be asked');
    expect(textOf((await outboxFor('ada')).at(-1))).not.toContain('kim');
    expect((await disclosures()).filter((d) => (d.details as { as: string }).as !== 'supervisor')).toEqual([]);
    expect(await bot.typeAs('ada', '/community')).toContain('Crisis contact: nobody yet');
  });

  it('C3 GIVEN dana is the crisis contact WHEN kim asks THEN only dana hears kim’s name, with Acknowledge; after the time limit the backup supervisor is asked; kim is told who was asked and when someone answered', async () => {
    const set = await bot.typeAs('ada', '/community crisis-contact Dana, our clinical lead', '/community crisis-contact @dana Dana, our clinical lead', '/community backup @lee');
    expect(set).toContain('Please name a person (`@dana`) or a private channel');
    expect(set).toContain('Crisis contact is now dana (members see "Dana, our clinical lead"): a member\'s crisis request goes to them alone, by direct message');
    expect(set).toContain('Backup supervisor is now lee');
    const before = await prisma().outboxMessage.count();
    const at = new Date('2026-11-24T09:00:00Z');
    bot.setNow(at);

    const out = await bot.typeAs('kim', 'I want to die', '1', '1', '1');
    expect(out).toContain('[1] Yes, ask Dana, our clinical lead to reach out to me');
    expect(out).toContain("I've asked Dana, our clinical lead to reach out to you, and nobody else");
    const sent = (await prisma().outboxMessage.findMany({ orderBy: { id: 'asc' } })).slice(before);
    expect(sent.map((m) => m.platformUserId)).toEqual(['dana']);
    expect(textOf(sent[0])).toContain('**kim** asked for someone to reach out to them now');
    expect(textOf(sent[0])).not.toContain('want to die');
    expect((sent[0]?.payload as unknown as OutgoingMessage).choices?.[0]?.options[0]?.label).toBe('Acknowledge');

    expect((await runTick(bot.app.store, new Date(at.getTime() + 29 * 60_000))).backupNotified).toBe(0);
    expect((await runTick(bot.app.store, new Date(at.getTime() + 30 * 60_000))).backupNotified).toBe(1);
    const backup = (await outboxFor('lee')).at(-1);
    expect(textOf(backup)).toContain("You're the backup supervisor: a request to be contacted now (a crisis) from **kim**");
    expect((backup?.payload as unknown as OutgoingMessage).choices?.[0]?.options[0]?.label).toBe('Acknowledge');
    expect(textOf((await outboxFor('kim')).at(-1))).toContain("I've also asked lee, the backup supervisor");
    // Nobody else: not sam, not the admin, not the digest.
    expect((await outboxFor('sam')).map(textOf).join('\n')).not.toContain('kim');
    expect(await bot.typeAs('sam', '/digest')).not.toContain('kim');
    expect((await outboxFor('ada')).map(textOf).join('\n')).not.toContain('kim');

    const waiting = await bot.typeAs('dana', '/escalations');
    expect(waiting).toMatch(/1\. kim asked for someone to reach out to them now · urgent · since 24 Nov 09:00/);
    expect(waiting).toContain('Waiting for you (times in UTC)');
    expect(waiting).toContain('To acknowledge one, type `/escalations ack 1`');
    bot.setNow(new Date(at.getTime() + 35 * 60_000));
    expect(await bot.typeAs('dana', '/escalations ack 1')).toContain('Acknowledged.');
    expect(textOf((await outboxFor('kim')).at(-1))).toBe('dana has seen your request (at 09:35) and is reaching out to you.');
    const mydata = await bot.typeAs('kim', '/mydata');
    expect(mydata).toContain('dana (crisis contact), because you asked for the crisis contact to reach out');
    expect(mydata).toContain('lee (backup supervisor), because nobody acknowledged your crisis request in time');
  });

  it('C4 GIVEN a peer THEN they cannot be the backup supervisor; GIVEN the backup loses the supervisor role THEN the setting is cleared and admins are told', async () => {
    const refused = await bot.typeAs('ada', '/community backup @bob');
    expect(refused).toContain("bob is a peer, not a supervisor, so they can't be the backup supervisor");
    expect((await prisma().community.findFirstOrThrow()).backupSupervisorId).toBe((await prisma().member.findFirstOrThrow({ where: { platformUserId: 'lee' } })).id);

    // A second admin, who hears about it without having made the change.
    await bot.app.store.database.prisma.member.updateMany({ where: { platformUserId: 'dana' }, data: { role: 'admin' } });
    const demoted = await bot.typeAs('ada', '/community role @lee peer');
    expect(demoted).toContain('lee is no longer a supervisor, so they are no longer the backup supervisor');
    expect(await bot.typeAs('ada', '/community')).toContain('Backup supervisor: nobody yet');
    expect((await prisma().community.findFirstOrThrow()).backupSupervisorId).toBeNull();
    expect(textOf((await outboxFor('dana')).at(-1))).toContain('lee is no longer a supervisor');

    // Even a stale setting pointing at a peer (a role changed outside the bot) sends them no name.
    const lee = await prisma().member.findFirstOrThrow({ where: { platformUserId: 'lee' } });
    await prisma().community.updateMany({ data: { backupSupervisorId: lee.id } });
    const before = await prisma().outboxMessage.count({ where: { platformUserId: 'lee' } });
    await bot.typeAs('bob', '/settings share-signals yes', '/checkin', '1', '5', '5', '1', '1', 'x');
    expect(await prisma().escalation.count({ where: { member: { platformUserId: 'bob' }, named: true, level: 'urgent' } })).toBe(1);
    expect((await runTick(bot.app.store, new Date('2026-11-25T09:00:00Z'))).backupNotified).toBe(0);
    expect((await outboxFor('lee')).slice(before).filter((m) => m.kind !== 'checkin-prompt').map(textOf)).toEqual([]);
  });
});
