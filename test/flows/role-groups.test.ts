import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { IncomingEvent, UserRef } from '../../src/core/events.js';
import { useTestApp } from '../helpers/test-app.js';

/** Events as a platform adapter hands them over, with what the platform knows of the user's groups. */
describe('roles designated by platform groups', () => {
  const testApp = useTestApp();
  let app: App;
  const community = { platform: 'discord' as const, externalId: 'G1' };
  const command = (user: UserRef, text: string): IncomingEvent => {
    const [name = '', ...rest] = text.replace(/^\//, '').split(' ');
    return { kind: 'command', name, text: rest.join(' '), community, user, isDirect: false, receivedAt: new Date() };
  };
  const say = async (user: UserRef, text: string) => (await app.bot.handle(command(user, text))).map((m) => m.text).join('\n');
  const roleOf = async (id: string) => (await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: id } })).role;

  beforeAll(async () => {
    app = testApp.app;
  });

  it('GIVEN the server owner on a fresh install THEN they are an admin without typing anything', async () => {
    await say({ id: 'owner', isPlatformAdmin: true, groups: [] }, '/help');
    expect(await roleOf('owner')).toBe('admin');
  });

  it('GIVEN an admin mapping supervisors to a role THEN members of that role become supervisors, and leaving it takes that away', async () => {
    const owner = { id: 'owner', isPlatformAdmin: true, groups: [] };
    expect(await say(owner, '/community supervisor-group <@&R-SUP>')).toContain('Members of R-SUP are supervisors');
    await say({ id: 'sam', groups: ['R-SUP'] }, '/help');
    expect(await roleOf('sam')).toBe('supervisor');
    expect(await say({ id: 'sam', groups: ['R-SUP'] }, '/digest')).not.toContain('for supervisors');

    // In a DM the platform does not say which roles sam has: the stored role stands.
    await say({ id: 'sam' }, '/help');
    expect(await roleOf('sam')).toBe('supervisor');

    await say({ id: 'sam', groups: [] }, '/help');
    expect(await roleOf('sam')).toBe('peer');
    expect(await say({ id: 'sam', groups: [] }, '/digest')).toContain('for supervisors');
  });

  it('GIVEN an admin mapping admins to a group they are not in THEN they are told kindly and nothing changes', async () => {
    const { prisma } = app.store.database;
    await prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
    await say({ id: 'ada', groups: [] }, '/help');
    await prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
    const reply = await say({ id: 'ada', groups: ['R-OTHER'] }, '/community admin-group R-ADM');
    expect(reply).toContain("You aren't in that group yourself");
    expect((await prisma.community.findFirstOrThrow()).adminGroupId).toBeNull();
    expect(await say({ id: 'ada', groups: ['R-ADM'] }, '/community admin-group R-ADM')).toContain('Members of R-ADM are admins');
    expect(await roleOf('ada')).toBe('admin');
  });

  it('GIVEN a bad group id THEN the admin is told what to type', async () => {
    expect(await say({ id: 'owner', isPlatformAdmin: true }, '/community supervisor-group !!!')).toContain('Please give the id of the group');
    expect(await say({ id: 'owner', isPlatformAdmin: true }, '/community pairing-channel <#C42|debriefs>')).toContain('private threads in C42');
  });
});
