import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { runTick } from '../../src/scheduling/tick.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('burnout escalation: consent first, supervisors acknowledge, a backup steps in', () => {
  let app: App;
  let testDb: TestDatabase;
  let now: Date;
  const community = { platform: 'slack' as const, externalId: 'T-ESC', name: 'Harbour Peers' };

  beforeEach(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    now = new Date('2026-11-23T18:00:00Z');
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
    // A supervisor and a backup supervisor, designated by the admin (here: directly).
    for (const id of ['SUP', 'BACKUP']) await send(id, { kind: 'command', name: 'help', text: '' });
    const { prisma } = app.store.database;
    await prisma.member.updateMany({ where: { platformUserId: { in: ['SUP', 'BACKUP'] } }, data: { role: 'supervisor' } });
    const backup = await prisma.member.findFirstOrThrow({ where: { platformUserId: 'BACKUP' } });
    await prisma.community.updateMany({ data: { backupSupervisorId: backup.id, backupAfterHours: 4 } });
  });
  afterEach(async () => {
    await app.close();
    await testDb.release();
  });

  function send(userId: string, body: Record<string, unknown>): Promise<OutgoingMessage[]> {
    return app.bot.handle({ ...body, community, user: { id: userId, displayName: userId === 'JO' ? 'Jo' : userId }, isDirect: true, receivedAt: now } as IncomingEvent);
  }
  async function checkIn(userId: string, date: string, answers: number[]): Promise<OutgoingMessage[]> {
    now = new Date(`${date}T18:00:00Z`);
    const ids = ['energy', 'stress', 'load', 'boundaries', 'self'];
    for (const [i, id] of ids.entries()) await send(userId, { kind: 'choice', actionId: `checkin:${date}:${id}`, value: String(answers[i]) });
    return send(userId, { kind: 'choice', actionId: `checkin:${date}:skip-note`, value: 'skip' });
  }
  const heavy = [2, 4, 4, 2, 2]; // score 2.0: a low day, not extreme
  const toSupervisor = () => app.store.database.prisma.outboxMessage.findMany({ where: { platformUserId: 'SUP' } });

  it('GIVEN a member who consented to named signals WHEN three low days in a row THEN the supervisors are told their name once, with an Acknowledge button', async () => {
    await send('JO', { kind: 'choice', actionId: 'settings:share-signals', value: 'yes' });
    await checkIn('JO', '2026-11-23', heavy);
    await checkIn('JO', '2026-11-24', heavy);
    const third = await checkIn('JO', '2026-11-25', heavy);
    expect(third.map((m) => m.text).join('\n')).toContain("Your last 3 check-ins look heavy. That's worth taking seriously");
    expect(third.map((m) => m.text).join('\n')).toContain("As you agreed, I've let SUP and BACKUP know it's you");
    const [notice, ...others] = await toSupervisor();
    expect(others).toEqual([]);
    const payload = notice?.payload as unknown as OutgoingMessage;
    expect(payload.text).toContain('**Jo** has had several heavy check-ins in a row');
    expect(payload.text).toContain('No answers or notes are shared');
    expect(payload.text).not.toMatch(/[1-5]\/5|stress: \d/);

    // The condition persists on day four: not raised again.
    await checkIn('JO', '2026-11-26', heavy);
    expect(await toSupervisor()).toHaveLength(1);

    // The supervisor acknowledges; a peer cannot.
    const ack = payload.choices![0]!.actionId;
    expect((await send('JO', { kind: 'choice', actionId: ack, value: 'ack' })).at(-1)?.text).toBe('This button is for supervisors.');
    expect((await send('SUP', { kind: 'choice', actionId: ack, value: 'ack' })).at(-1)?.text).toContain('Acknowledged.');
    // Jo hears that someone has seen it.
    const [seen] = await app.store.database.prisma.outboxMessage.findMany({ where: { platformUserId: 'JO', kind: 'escalation-update' } });
    expect((seen?.payload as unknown as OutgoingMessage).text).toContain('SUP has seen that your check-ins have been heavy');
    expect((await send('SUP', { kind: 'choice', actionId: ack, value: 'ack' })).at(-1)?.text).toContain('Already acknowledged');
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow({ where: { rule: 'low-streak' } });
    expect(escalation).toMatchObject({ status: 'acknowledged', level: 'reach_out', named: true });
    expect((await app.store.escalations.events(escalation.id)).map((e) => e.event)).toEqual(['raised', 'supervisors-notified', 'acknowledged']);
  });

  it('GIVEN a member who did not consent to named signals THEN they are asked first, and without a yes no supervisor hears a name', async () => {
    await send('AL', { kind: 'choice', actionId: 'settings:share-name', value: 'yes' });
    await checkIn('AL', '2026-11-23', heavy);
    await checkIn('AL', '2026-11-24', heavy);
    const third = await checkIn('AL', '2026-11-25', heavy);
    const offer = third.at(-1)!;
    expect(offer.text).toContain('Would you like me to let SUP and BACKUP know?');
    expect(offer.choices?.[0]?.options.map((o) => o.label)).toEqual(['Yes, let them know', 'No, thanks']);
    await send('AL', { kind: 'choice', actionId: offer.choices![0]!.actionId, value: 'no' });
    expect(await toSupervisor()).toEqual([]);
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow({ where: { rule: 'low-streak' } });
    expect(escalation.named).toBe(false);
    expect((await app.store.escalations.events(escalation.id)).map((e) => e.event)).toEqual(['raised', 'offered-to-member']);
  });

  it('GIVEN a member asked first WHEN they say yes THEN the supervisors hear their name then, with the disclosure audited', async () => {
    for (const date of ['2026-11-23', '2026-11-24']) await checkIn('AL', date, heavy);
    const offer = (await checkIn('AL', '2026-11-25', heavy)).at(-1)!;
    const yes = await send('AL', { kind: 'choice', actionId: offer.choices![0]!.actionId, value: 'yes' });
    expect(yes.at(-1)?.text).toContain("I've let SUP and BACKUP know it's you");
    const [notice] = await toSupervisor();
    expect((notice?.payload as unknown as OutgoingMessage).text).toContain('**AL** has had several heavy check-ins in a row');
    const audit = await app.store.database.prisma.auditEntry.findMany({ where: { action: 'member.name-disclosed' } });
    expect(audit).toHaveLength(2);
  });

  it('GIVEN an anonymous member who asks to talk THEN they are asked once for their OK, and only then is the supervisor told', async () => {
    await send('AL', { kind: 'command', name: 'help', text: '' });
    const ask = await send('AL', { kind: 'choice', actionId: 'support:offer', value: 'supervisor' });
    expect(ask.at(-1)?.text).toContain('I need your OK');
    expect(await toSupervisor()).toEqual([]);
    const done = await send('AL', { kind: 'choice', actionId: 'support:name-once', value: 'yes' });
    expect(done.at(-1)?.text).toContain("I've let SUP and BACKUP know");
    const [notice] = await toSupervisor();
    expect((notice?.payload as unknown as OutgoingMessage).text).toContain('**AL** would like to talk with you');
  });

  it('GIVEN an urgent, named escalation nobody acknowledges THEN the backup supervisor is told after the community’s limit, once', async () => {
    await send('JO', { kind: 'choice', actionId: 'settings:share-signals', value: 'yes' });
    await checkIn('JO', '2026-11-23', [1, 5, 5, 1, 1]);
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow({ where: { rule: 'extreme-day' } });
    expect(escalation.level).toBe('urgent');
    expect((await runTick(app.store, new Date('2026-11-23T21:59:00Z'))).backupNotified).toBe(0);
    expect((await runTick(app.store, new Date('2026-11-23T22:00:00Z'))).backupNotified).toBe(1);
    expect((await runTick(app.store, new Date('2026-11-23T23:00:00Z'))).backupNotified).toBe(0);
    const [backup] = await app.store.database.prisma.outboxMessage.findMany({ where: { platformUserId: 'BACKUP', kind: 'escalation-backup' } });
    expect((backup?.payload as unknown as OutgoingMessage).text).toContain("hasn't been acknowledged yet");
    expect((backup?.payload as unknown as OutgoingMessage).choices?.[0]?.options[0]?.label).toBe('Acknowledge');
    expect((await app.store.escalations.events(escalation.id)).map((e) => e.event)).toContain('backup-notified');
  });

  it('GIVEN words that point to risk WHEN the member says yes to the offer THEN the crisis contact, and only them, is asked to reach out, without the words', async () => {
    await send('DANA', { kind: 'command', name: 'help', text: '' });
    const dana = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'DANA' } });
    await app.store.database.prisma.community.updateMany({ data: { crisisContactMemberId: dana.id, crisisContactName: 'Dana, our clinical lead' } });
    const crisis = await send('JO', { kind: 'message', text: 'I keep thinking everyone would be better off without me' });
    expect(crisis[0]?.choices?.[0]?.actionId).toBe('support:asked:en');
    await send('JO', { kind: 'choice', actionId: 'support:asked:en', value: 'yes' });
    const offer = await send('JO', { kind: 'choice', actionId: 'support:safe:en', value: 'safe' });
    expect(offer[1]?.choices?.[0]).toMatchObject({ actionId: 'support:crisis', options: [{ label: 'Yes, ask Dana, our clinical lead to reach out to me', value: 'yes' }, { value: 'no' }] });
    await send('JO', { kind: 'choice', actionId: 'support:crisis', value: 'yes' });
    expect(await toSupervisor()).toEqual([]);
    const [notice] = await app.store.database.prisma.outboxMessage.findMany({ where: { platformUserId: 'DANA' } });
    const text = (notice?.payload as unknown as OutgoingMessage).text;
    expect(text).toContain('asked for someone to reach out to them now');
    expect(text).not.toContain('better off without me');
  });
});
