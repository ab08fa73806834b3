import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

/**
 * Every supervisor and admin path, tried by someone without the role: each is refused with a kind
 * word on where to go instead, and changes nothing (no setting, no role, no acknowledgement, no
 * audit row).
 */
describe('role checks on every supervisor and admin action', () => {
  let app: App;
  let testDb: TestDatabase;
  const community = { platform: 'slack' as const, externalId: 'T-ROLES' };
  const send = (user: string, body: Record<string, unknown>): Promise<OutgoingMessage[]> =>
    app.bot.handle({ ...body, community, user: { id: user, displayName: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);
  const text = async (user: string, body: Record<string, unknown>) => (await send(user, body)).map((m) => m.text).join('\n');
  let escalationId = '';

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', COMMANDS_PER_MINUTE: '0' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => new Date('2026-11-23T18:00:00Z') });
    for (const user of ['PEER', 'SUP', 'NAMED']) await text(user, { kind: 'command', name: 'help', text: '' });
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'SUP' }, data: { role: 'supervisor' } });
    await text('NAMED', { kind: 'choice', actionId: 'support:offer', value: 'supervisor' });
    await text('NAMED', { kind: 'choice', actionId: 'support:name-once', value: 'yes' });
    escalationId = (await app.store.database.prisma.escalation.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await app.close();
    await testDb.release();
  });

  const snapshot = async () => {
    const { prisma } = app.store.database;
    const { updatedAt: _u, ...settings } = await prisma.community.findFirstOrThrow();
    return {
      settings,
      roles: (await prisma.member.findMany({ orderBy: { platformUserId: 'asc' } })).map((m) => [m.platformUserId, m.role]),
      escalation: (await prisma.escalation.findFirstOrThrow()).status,
      audit: await prisma.auditEntry.count(),
    };
  };

  const communityCommand = commands.find((c) => c.name === 'community')!;
  const adminOnly = communityCommand.usage.map((line) => line.replace(/^community ?/, ''));

  it.each(['PEER', 'SUP'])('GIVEN %s (not an admin) THEN every /community form is refused kindly and nothing changes', async (user) => {
    const before = await snapshot();
    // `/community members` is the one form a supervisor may use (tested below).
    const forms = [...adminOnly, 'role PEER admin', 'admin-group S1', 'audit 365'].filter((form) => user === 'PEER' || !form.startsWith('members'));
    for (const commandText of forms) {
      const reply = await text(user, { kind: 'command', name: 'community', text: commandText });
      expect(reply, `/community ${commandText}`).toBe(
        user === 'SUP'
          ? "Changing community settings is for your community's admins. As a supervisor, `/community members` shows who holds a role; your own settings are in `/settings`."
          : "This command is for your community's admins. Your own settings are in `/settings`.",
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('GIVEN a supervisor WHEN they ask for /community members THEN supervisors and admins are named, peers only counted, and nothing changes', async () => {
    const before = await snapshot();
    const reply = await text('SUP', { kind: 'command', name: 'community', text: 'members' });
    expect(reply).toContain('**Members and roles**: 3 people');
    expect(reply).toContain('- SUP: supervisor');
    expect(reply).toContain('…and 2 people with the peer role.');
    expect(reply).not.toMatch(/PEER|NAMED/);
    expect(await snapshot()).toEqual(before);
  });

  it('GIVEN a peer THEN /digest is refused kindly, shows no figures and records no view', async () => {
    const before = await snapshot();
    const [reply] = await send('PEER', { kind: 'command', name: 'digest', text: '' });
    expect(reply?.text).toContain('Digests are for supervisors');
    expect(reply?.attachment).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('GIVEN a peer pressing a supervisor\'s Acknowledge button THEN it is refused kindly and the escalation stays open', async () => {
    const before = await snapshot();
    const reply = await text('PEER', { kind: 'choice', actionId: `support:ack:${escalationId}`, value: 'ack' });
    expect(reply).toBe('This button is for supervisors.');
    // Even the member the signal is about cannot acknowledge it.
    expect(await text('NAMED', { kind: 'choice', actionId: `support:ack:${escalationId}`, value: 'ack' })).toBe('This button is for supervisors.');
    expect(await snapshot()).toEqual(before);
    expect(before.escalation).toBe('open');
  });

  it('GIVEN the supervisor THEN the same actions work, so the refusals above are about the role', async () => {
    expect(await text('SUP', { kind: 'choice', actionId: `support:ack:${escalationId}`, value: 'ack' })).toContain('Acknowledged.');
    expect(await text('SUP', { kind: 'command', name: 'digest', text: '' })).toContain('not enough responses');
    // The name NAMED asked to share (recorded before), the acknowledgement and the digest view.
    expect((await snapshot()).audit).toBe(3);
  });
});
