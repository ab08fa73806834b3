import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('the audit log of admin and supervisor actions', () => {
  let app: App;
  let testDb: TestDatabase;
  const community = { platform: 'slack' as const, externalId: 'T-AUDIT' };
  const send = (user: string, body: Record<string, unknown>): Promise<OutgoingMessage[]> =>
    app.bot.handle({ ...body, community, user: { id: user, displayName: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);
  const command = async (user: string, name: string, text = '') => (await send(user, { kind: 'command', name, text })).map((m) => m.text).join('\n');
  const audit = () => app.store.database.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
  const policy = 'Our safeguarding lead may be told your name if you are in immediate danger; we tell you first whenever we can.';

  beforeEach(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => new Date('2026-11-23T18:00:00Z') });
    for (const user of ['ADA', 'SUP', 'PAT']) await command(user, 'help');
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'ADA' }, data: { role: 'admin' } });
  });
  afterEach(async () => {
    await app.close();
    await testDb.release();
  });

  it('GIVEN an admin changing settings and roles, and a supervisor viewing a digest THEN each is recorded, old → new, with free text cut short', async () => {
    await command('ADA', 'community', 'days mon-thu');
    await command('ADA', 'community', `crisis-policy ${policy}`);
    await command('ADA', 'community', 'role SUP supervisor');
    await command('ADA', 'community', 'days someday'); // refused: nothing changed, nothing recorded
    await command('ADA', 'community', 'pairing weekly tue 11:00');
    await command('SUP', 'digest');

    const rows = await audit();
    expect(rows.map((r) => [r.action, r.actorRole])).toEqual([
      ['community.setting', 'admin'],
      ['community.setting', 'admin'],
      ['member.role', 'admin'],
      ['community.setting', 'admin'],
      ['digest.view', 'supervisor'],
    ]);
    expect(rows[3]!.details).toEqual({ setting: 'pairing', value: 'weekly tue 11:00' });
    expect(rows[0]!.details).toEqual({ setting: 'days', checkinWeekdays: '1,2,3,4,5 → 1,2,3,4' });
    const policyChange = String((rows[1]!.details as Record<string, string>).crisisPolicy);
    expect(policyChange).toMatch(/^null → Our safeguarding lead may be told your n… \(\d+ chars\)$/);
    expect(JSON.stringify(rows.map((r) => r.details))).not.toContain('immediate danger');
    const sup = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'SUP' } });
    expect(rows[2]).toMatchObject({ subjectId: sup.id, details: { from: 'peer', to: 'supervisor' } });

    const shown = await command('ADA', 'community', 'audit 7');
    expect(shown).toContain('**What admins and supervisors did, last 7 days** (times in UTC)');
    expect(shown).toContain("- 23 Nov 18:00 — ADA changed SUP's role from peer to supervisor.");
    expect(shown).toContain('SUP looked at the team digest.');
    expect(shown).toContain('ADA changed the check-in days to Mon, Tue, Wed, Thu.');
    expect(shown).toContain('ADA published a new crisis policy.');
    expect(shown).toContain('ADA changed the debrief rounds to weekly tue 11:00.');
    expect(shown).not.toMatch(/null|community\.setting|digest\.view|checkinWeekdays/);
    expect((await audit()).at(-1)).toMatchObject({ action: 'audit.view', details: { days: 7 } });
    expect(await command('ADA', 'community', 'audit forever')).toContain('a whole number from 1 to 365');
  });

  it('GIVEN a supervisor acknowledging a named escalation THEN the acknowledgement is in the audit log too', async () => {
    await command('ADA', 'community', 'role SUP supervisor');
    await send('PAT', { kind: 'choice', actionId: 'support:offer', value: 'supervisor' });
    await send('PAT', { kind: 'choice', actionId: 'support:name-once', value: 'yes' });
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow();
    await send('SUP', { kind: 'choice', actionId: `support:ack:${escalation.id}`, value: 'ack' });
    expect((await audit()).at(-1)).toMatchObject({ action: 'escalation.acknowledge', actorRole: 'supervisor', details: { escalationId: escalation.id } });
  });

  it('GIVEN a member deletes their data THEN the audit rows stay but no longer point to them, and the deletion itself is recorded', async () => {
    await command('ADA', 'community', 'role SUP supervisor');
    await command('ADA', 'community', 'backup SUP');
    await command('SUP', 'digest');
    const sup = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'SUP' } });
    expect((await audit())[1]).toMatchObject({ subjectId: sup.id, details: { setting: 'backup', backupSupervisorId: 'none → a member' } });

    // Their export carries what they did as a supervisor, and what was done about them.
    const [file] = await send('SUP', { kind: 'command', name: 'mydata', text: 'export' });
    const exported = JSON.parse(Buffer.from(file!.attachment!.base64, 'base64').toString('utf8'));
    expect(exported.auditLog.map((a: { action: string; byYou: boolean; aboutYou: boolean }) => [a.action, a.byYou, a.aboutYou])).toEqual([
      ['member.role', false, true],
      ['community.setting', false, true],
      ['digest.view', true, false],
    ]);

    await send('SUP', { kind: 'choice', actionId: 'mydata:delete', value: 'confirm' });
    const rows = await audit();
    expect(rows.map((r) => r.action)).toEqual(['member.role', 'community.setting', 'digest.view', 'member.data-deleted']);
    expect(rows[0]).toMatchObject({ subjectId: null });
    expect(rows[1]).toMatchObject({ subjectId: null });
    expect(rows[2]).toMatchObject({ actorId: null, actorRole: 'supervisor' });
    expect(rows[3]).toMatchObject({ actorId: null, subjectId: sup.id, details: {} });
    expect(JSON.stringify(rows.slice(0, 3).map((r) => r.details))).not.toContain(sup.id);
    const shown = await command('ADA', 'community', 'audit');
    expect(shown).toContain('A deleted supervisor looked at the team digest.');
    expect(shown).not.toContain('SUP');
  });

  it('GIVEN the platform makes someone an admin or a mapped group a supervisor THEN the role change is recorded as the platform\'s', async () => {
    await command('ADA', 'community', 'supervisor-group S-SUPS');
    await send('PAT', { kind: 'command', name: 'help', text: '' });
    await app.bot.handle({ kind: 'command', name: 'help', text: '', community, user: { id: 'PAT', groups: ['S-SUPS'] }, isDirect: true, receivedAt: new Date() });
    await app.bot.handle({ kind: 'command', name: 'help', text: '', community, user: { id: 'OWN', isPlatformAdmin: true }, isDirect: true, receivedAt: new Date() });
    const roles = (await audit()).filter((r) => r.action === 'member.role');
    expect(roles.map((r) => [r.actorRole, r.details])).toEqual([
      ['platform', { from: 'peer', to: 'supervisor', source: 'platform group' }],
      ['platform', { from: 'peer', to: 'admin', source: 'platform admin' }],
    ]);
    const shown = await command('ADA', 'community', 'audit');
    expect(shown).toContain('PAT became a supervisor through a platform group (was a peer).');
    expect(shown).toContain('OWN became an admin as a workspace or server admin (was a peer).');
  });

  it('GIVEN the audit table THEN the database refuses to delete or rewrite a row', async () => {
    await command('ADA', 'community', 'days mon');
    const { prisma } = app.store.database;
    await expect(prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.updateMany({ data: { action: 'nothing happened' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.updateMany({ data: { actorId: '00000000-0000-0000-0000-000000000000' } })).rejects.toThrow(/append-only/);
    expect(await audit()).toHaveLength(1);
  });
});
