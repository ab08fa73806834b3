import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { runTick } from '../../src/scheduling/tick.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('/mydata: a member takes their data away, or deletes it', () => {
  let app: App;
  let testDb: TestDatabase;
  const community = { platform: 'slack' as const, externalId: 'T-DATA' };
  const send = (user: string, body: Record<string, unknown>): Promise<OutgoingMessage[]> =>
    app.bot.handle({ ...body, community, user: { id: user, displayName: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);
  const checkIn = async (user: string, note: string) => {
    for (const q of ['energy', 'stress', 'load', 'boundaries', 'self']) await send(user, { kind: 'choice', actionId: `checkin:2026-11-23:${q}`, value: q === 'stress' || q === 'load' ? '5' : '1' });
    await send(user, { kind: 'form', formId: 'checkin:2026-11-23:note', values: { note } });
  };

  beforeEach(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => new Date('2026-11-23T18:00:00Z') });
    await send('SUP', { kind: 'command', name: 'help', text: '' });
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'SUP' }, data: { role: 'supervisor' } });
    for (const user of ['ANA', 'BEN']) {
      await send(user, { kind: 'choice', actionId: 'settings:share-signals', value: 'yes' });
      await send(user, { kind: 'choice', actionId: 'principle:reflect:boundaries-reflection:0', value: 'hard' });
      await checkIn(user, `${user}'s private note`);
    }
    // The supervisor acknowledges Ana's urgent signal, so the audit trail names the supervisor.
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow({ where: { member: { platformUserId: 'ANA' } } });
    await send('SUP', { kind: 'choice', actionId: `support:ack:${escalation.id}`, value: 'ack' });
  });
  afterEach(async () => {
    await app.close();
    await testDb.release();
  });

  it('GIVEN /mydata export THEN a JSON file by DM holds everything of the member and nothing of anyone else', async () => {
    const [reply] = await send('ANA', { kind: 'command', name: 'mydata', text: 'export' });
    expect(reply?.visibility).toBe('direct');
    expect(reply?.attachment?.contentType).toBe('application/json');
    const data = JSON.parse(Buffer.from(reply!.attachment!.base64, 'base64').toString('utf8'));
    expect(data.you).toMatchObject({ platformUserId: 'ANA', consentNameToSupervisor: false, consentNameOnSignal: true });
    expect(data.checkIns).toEqual([expect.objectContaining({ date: '2026-11-23', note: "ANA's private note", answers: { energy: 1, stress: 5, load: 5, boundaries: 1, self: 1 } })]);
    expect(data.boundariesReflection).toEqual([{ item: 1, answer: 'hard' }]);
    expect(data.supportSignals[0]).toMatchObject({ rule: 'extreme-day', level: 'urgent', status: 'acknowledged', namedToSupervisors: true });
    const text = JSON.stringify(data);
    expect(text).not.toContain('BEN');
    expect(text).not.toContain('SUP');
  });

  it('GIVEN /mydata delete and a confirmation THEN nothing of the member is left, and others are untouched', async () => {
    // A platform adapter noted that Ana's DMs were closed: that note is about her too.
    await app.store.database.prisma.dmsClosedNotice.create({ data: { platform: 'slack', platformUserId: 'ANA' } });
    const ask = await send('ANA', { kind: 'command', name: 'mydata', text: 'delete' });
    expect(ask[0]?.text).toContain('It cannot be undone.');
    expect((await send('ANA', { kind: 'choice', actionId: 'mydata:delete', value: 'cancel' }))[0]?.text).toBe('Cancelled. Nothing was deleted.');
    const done = await send('ANA', { kind: 'choice', actionId: 'mydata:delete', value: 'confirm' });
    expect(done[0]?.text).toContain('I deleted everything I kept about you:');
    // Exactly what went: her check-in and note, her reflection answer, the urgent signal.
    expect(done[0]?.text).toContain('- 1 check-in (1 with a private note)');
    expect(done[0]?.text).toContain('- 1 boundaries reflection answer');
    expect(done[0]?.text).toContain('- 1 support signal and the notices about them');
    expect(done[0]?.text).toContain('A data export I sent you earlier stays in our direct messages');

    const { prisma } = app.store.database;
    expect(await prisma.member.count({ where: { platformUserId: 'ANA' } })).toBe(0);
    expect(await prisma.checkIn.count({ where: { note: { contains: 'ANA' } } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { platformUserId: 'ANA' } })).toBe(0);
    // Nothing anywhere still mentions Ana: the supervisor's notice about her is gone with the rest.
    const dump = JSON.stringify({
      members: await prisma.member.findMany(),
      checkIns: await prisma.checkIn.findMany(),
      outbox: await prisma.outboxMessage.findMany(),
      escalations: await prisma.escalation.findMany(),
      events: await prisma.escalationEvent.findMany(),
      reflections: await prisma.boundaryReflection.findMany(),
      prompts: await prisma.checkInPrompt.findMany(),
    }, (key, value) => (typeof value === 'bigint' ? String(value) : key === 'base64' ? '(a file, e.g. the digest chart)' : value));
    expect(dump).not.toContain('ANA');
    // And no table at all, including ones added later, holds her platform id.
    const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    for (const { table_name } of tables) {
      const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
      expect(rows.filter((r) => r.row.includes('ANA')), table_name).toEqual([]);
    }
    expect(await prisma.checkIn.count()).toBe(1); // Ben's
    expect(await prisma.boundaryReflection.count()).toBe(1);
  });

  it('GIVEN debrief pairings THEN export holds my rounds, my private list and my requests without partners\' names, and delete removes every trace', async () => {
    const command = (user: string, name: string, text: string) => send(user, { kind: 'command', name, text });
    const { prisma } = app.store.database;
    const c = await prisma.community.findFirstOrThrow();
    await prisma.pairingSettings.create({ data: { communityId: c.id, weekday: 1, time: '10:00' } });
    await command('DEV', 'settings', 'pairings off');
    await command('CAL', 'debrief', 'on-demand on');
    await command('ANA', 'debrief', 'avoid DEV');
    await runTick(app.store, new Date('2026-11-23T18:00:00Z'));
    await command('ANA', 'debrief', 'swap');
    await command('ANA', 'debrief', 'now');
    const ana = await prisma.member.findFirstOrThrow({ where: { platformUserId: 'ANA' } });
    expect(await prisma.outboxMessage.count({ where: { dedupeKey: { contains: ana.id } } })).toBeGreaterThan(0);

    const [reply] = await command('ANA', 'mydata', 'export');
    const data = JSON.parse(Buffer.from(reply!.attachment!.base64, 'base64').toString('utf8'));
    expect(data.debriefPairings).toMatchObject({
      dontPairWith: ['DEV'],
      rounds: [expect.objectContaining({ roundDate: '2026-11-23', groupSize: 3, leftRound: expect.any(String) })],
      debriefsYouAskedFor: [expect.objectContaining({ status: 'open' })],
    });
    expect(JSON.stringify(data)).not.toMatch(/BEN|CAL/);

    await send('ANA', { kind: 'choice', actionId: 'mydata:delete', value: 'confirm' });
    const dump = JSON.stringify({
      outbox: await prisma.outboxMessage.findMany(),
      groups: await prisma.pairingGroupMember.findMany(),
      avoids: await prisma.pairingAvoid.findMany(),
      requests: await prisma.debriefRequest.findMany(),
      offers: await prisma.debriefOffer.findMany(),
      profiles: await prisma.pairingProfile.findMany(),
    }, (key, value) => (typeof value === 'bigint' ? String(value) : key === 'base64' ? '(a file, e.g. the digest chart)' : value));
    expect(dump).not.toContain('ANA');
    expect(dump).not.toContain(ana.id);
    expect(await prisma.pairingGroupMember.count()).toBe(2); // Ben and Cal's places in the round stay
  });
});
