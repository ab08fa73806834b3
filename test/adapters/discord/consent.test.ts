import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../../../src/scheduling/outbox-dispatcher.js';
import { runTick } from '../../../src/scheduling/tick.js';
import { buttonPress, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';
import type { RecordedCall } from '../../helpers/fake-discord.js';

const supervisorsRole = '400000000000000001';
const crisisChannel = '700000000000000077';
const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001', roles: [supervisorsRole], channels: [{ id: crisisChannel, name: 'crisis-team' }] };
const owner: Actor = { userId: guild.ownerId, name: 'Ada', guildId: guild.id };
const sam: Actor = { userId: '300000000000000010', name: 'Sam', guildId: guild.id, roles: [supervisorsRole] };
const lee: Actor = { userId: '300000000000000012', name: 'Lee', guildId: guild.id, roles: [supervisorsRole] };
const jo: Actor = { userId: '300000000000000011', name: 'Jo', guildId: guild.id };
const kim: Actor = { userId: '300000000000000013', name: 'Kim', guildId: guild.id };
const bob: Actor = { userId: '300000000000000014', name: 'Bob', guildId: guild.id };

/**
 * Issue 14's C1, C3 and C4 on one Discord server with several members: the real discord.js
 * client against a fake Discord, the outbox delivered through the adapter.
 */
describe('Discord: consent, the crisis contact and the backup supervisor, with several members', () => {
  let session: DiscordSession;
  let dispatcher: OutboxDispatcher;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
    dispatcher = new OutboxDispatcher(
      session.app.store.outbox,
      (m) =>
        m.channelId
          ? session.adapter.sendToChannel({ communityExternalId: m.communityExternalId, channelId: m.channelId, deliveryId: `outbox-${m.id}` }, m.message)
          : session.adapter.sendDirect({ communityExternalId: m.communityExternalId, platformUserId: m.platformUserId, deliveryId: `outbox-${m.id}` }, m.message),
      pino({ level: 'silent' }),
      { platforms: ['discord'], now: () => new Date('2026-11-23T23:00:00Z') },
    );
    await session.interact(slashCommand(owner, 'community', { setting: 'supervisor-group', value: supervisorsRole }));
    for (const actor of [sam, lee, jo, kim, bob]) await session.interact(slashCommand(actor, 'help'));
  });
  afterAll(() => session.close());

  /** Delivers what is queued and returns the messages posted, with where they went. */
  async function deliver(): Promise<{ to: string; content: string; buttons: { label: string; customId: string }[] }[]> {
    const before = session.fake.calls.length;
    await dispatcher.dispatchOnce();
    return session.fake.calls
      .slice(before)
      .filter((c: RecordedCall) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path))
      .map((c) => ({
        to: c.path.split('/')[2]!,
        content: String(c.body?.content ?? ''),
        buttons: ((c.body?.components as { components: { label: string; custom_id: string }[] }[] | undefined) ?? []).flatMap((r) => r.components.map((b) => ({ label: b.label, customId: b.custom_id }))),
      }));
  }
  const dmOf = (actor: Actor) => `${actor.userId}0`;
  const inDm = ({ guildId: _g, ...actor }: Actor): Actor => actor;

  it('C1 GIVEN Jo agreed only to her name with her requests WHEN one very heavy check-in THEN no supervisor hears her name until she says yes to the offer naming them', async () => {
    await session.interact(slashCommand(jo, 'settings', { setting: 'share-name', value: 'yes' }));
    await deliver();
    const date = '2026-11-23';
    for (const [q, v] of [['energy', 1], ['stress', 5], ['load', 5], ['boundaries', 1], ['self', 1]] as const) await session.interact(buttonPress(inDm(jo), `checkin:${date}:${q}|${v}`));
    const finished = shownBy(await session.interact(buttonPress(inDm(jo), `checkin:${date}:skip-note|skip`)));
    expect(finished.text).toContain("Today's check-in looks very heavy.");
    expect(finished.text).toContain('Would you like me to let Sam and Lee know?');
    await runTick(session.app.store, new Date('2026-11-23T22:00:00Z'));
    const meanwhile = await deliver();
    expect(meanwhile.filter((m) => /\bJo\b/.test(m.content))).toEqual([]);

    const yes = finished.buttons.find((b) => b.label === 'Yes, let them know')!;
    expect(shownBy(await session.interact(buttonPress(inDm(jo), yes.customId))).text).toContain("I've let Sam and Lee know it's you");
    const notices = await deliver();
    expect(notices.map((n) => n.to).sort()).toEqual([dmOf(sam), dmOf(lee)].sort());
    const toSam = notices.find((n) => n.to === dmOf(sam))!;
    expect(toSam.content).toContain('**Jo** had a very heavy check-in today');
    expect(shownBy(await session.interact(buttonPress(inDm(sam), toSam.buttons[0]!.customId))).text).toContain('Acknowledged.');
    const told = await deliver();
    expect(told).toEqual([expect.objectContaining({ to: dmOf(jo), content: expect.stringContaining('Sam has seen that your check-ins have been heavy') })]);
    // Lee's list no longer holds it; /mydata shows Jo who was told.
    expect(shownBy(await session.interact(slashCommand(lee, 'escalations'))).text).toContain('Nothing is waiting for you.');
    expect(shownBy(await session.interact(slashCommand(jo, 'mydata'))).text).toMatch(/Sam \(supervisor\)[\s\S]*Lee \(supervisor\)/);
  });

  it('C3 GIVEN a private channel is the crisis contact WHEN Kim asks THEN only that channel hears Kim’s name, someone there acknowledges, and Kim is told', async () => {
    const set = shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'crisis-contact', value: `<#${crisisChannel}> the crisis team` })));
    expect(set.text).toContain(`Crisis contact is now the channel ${crisisChannel} (members see "the crisis team")`);
    const asked = shownBy(await session.interact(buttonPress(inDm(kim), 'support:crisis|yes')));
    expect(asked.text).toContain("I've asked the crisis team to reach out to you, and nobody else");
    const sent = await deliver();
    expect(sent.map((m) => m.to)).toEqual([crisisChannel]);
    expect(sent[0]!.content).toContain('**Kim** asked for someone to reach out to them now');
    expect(sent[0]!.buttons.map((b) => b.label)).toEqual(['Acknowledge']);
    expect(shownBy(await session.interact(buttonPress(lee, sent[0]!.buttons[0]!.customId))).text).toContain('Acknowledged.');
    expect(await deliver()).toEqual([expect.objectContaining({ to: dmOf(kim), content: expect.stringContaining('Lee has seen your request') })]);
  });

  it('C4 GIVEN a peer THEN refused as backup; GIVEN the backup leaves the supervisors’ Discord role THEN the setting is cleared and the admin is told', async () => {
    expect(shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'backup', value: `<@${bob.userId}>` }))).text).toContain(
      "Bob is a peer, not a supervisor, so they can't be the backup supervisor",
    );
    expect(shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'backup', value: `<@${lee.userId}>` }))).text).toContain(
      'Backup supervisor is now Lee',
    );
    await deliver();
    // Lee's Discord role is taken away; the bot learns it from Lee's next interaction.
    await session.interact(slashCommand({ ...lee, roles: [] }, 'help'));
    const { prisma } = session.app.store.database;
    expect((await prisma.member.findFirstOrThrow({ where: { platformUserId: lee.userId } })).role).toBe('peer');
    expect((await prisma.community.findFirstOrThrow()).backupSupervisorId).toBeNull();
    expect(await deliver()).toEqual([expect.objectContaining({ to: dmOf(owner), content: expect.stringContaining('Lee is no longer a supervisor, so they are no longer the backup supervisor') })]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'community.setting', actorRole: 'platform' } });
    expect(audit.details).toMatchObject({ setting: 'backup', reason: 'no longer a supervisor' });
  });
});
