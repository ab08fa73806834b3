import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/core/errors.js';
import { direct } from '../../../src/core/messages.js';
import { OutboxDispatcher } from '../../../src/scheduling/outbox-dispatcher.js';
import { autocomplete, buttonPress, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

const supervisorsRole = '400000000000000001';
const guild = {
  id: '100000000000000001',
  name: 'Peer Circle North',
  ownerId: '200000000000000001',
  roles: [supervisorsRole],
  channels: [{ id: '700000000000000050', name: 'debriefs' }],
};
const owner: Actor = { userId: guild.ownerId, name: 'Dana', guildId: guild.id };
const supervisor: Actor = { userId: '300000000000000010', name: 'Lee', guildId: guild.id, roles: [supervisorsRole] };
const peer: Actor = { userId: '300000000000000011', name: 'Jo', guildId: guild.id };

describe('Discord: refreshers, settings, roles, escalation and debrief threads', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  it('GIVEN a member typing a topic THEN matching refreshers are suggested, and picking one shows it privately', async () => {
    const suggested = shownBy(await session.interact(autocomplete(peer, 'principle', { topic: 'bound' }, 'topic')));
    expect(suggested.callbackType).toBe(8);
    expect(suggested.choices.map((c) => c.value)).toContain('boundaries');
    expect(suggested.choices.every((c) => c.name.length <= 100)).toBe(true);
    const shown = shownBy(await session.interact(slashCommand(peer, 'principle', { topic: 'boundaries' })));
    expect(shown.text).toContain('_Sources_');
    expect(shown.ephemeral).toBe(true);
  });

  it('GIVEN a misspelt topic THEN autocomplete still finds it; GIVEN nothing typed THEN the first topics are offered', async () => {
    const misspelt = shownBy(await session.interact(autocomplete(peer, 'principle', { topic: 'listning' }, 'topic')));
    expect(misspelt.choices.map((c) => c.value)).toContain('listening');
    const empty = shownBy(await session.interact(autocomplete(peer, 'principle', { topic: '' }, 'topic')));
    expect(empty.choices.length).toBeGreaterThan(5);
    expect(empty.choices.length).toBeLessThanOrEqual(25);
  });

  it('GIVEN /settings timezone with the value being typed THEN time zones are suggested; for another setting THEN none', async () => {
    const zones = shownBy(await session.interact(autocomplete(peer, 'settings', { setting: 'timezone', value: 'europe/lon' }, 'value')));
    expect(zones.choices.map((c) => c.value)).toEqual(['Europe/London']);
    const none = shownBy(await session.interact(autocomplete(peer, 'settings', { setting: 'quiet', value: '2' }, 'value')));
    expect(none.choices).toEqual([]);
  });

  it('GIVEN /settings timezone Europe/London THEN it is saved and confirmed privately', async () => {
    const shown = shownBy(await session.interact(slashCommand(peer, 'settings', { setting: 'timezone', value: 'Europe/London' })));
    expect(shown.text).toContain('Time zone set to Europe/London.');
    expect(shown.ephemeral).toBe(true);
    const row = await session.app.store.database.prisma.member.findFirst({ where: { platformUserId: peer.userId } });
    expect(row?.timeZone).toBe('Europe/London');
  });

  it('GIVEN the server owner THEN they are an admin, and can make a Discord role the supervisors', async () => {
    const shown = shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'supervisor-group', value: supervisorsRole })));
    expect(shown.text).toContain(`Members of ${supervisorsRole} are supervisors`);
    const peerTries = shownBy(await session.interact(slashCommand(peer, 'community', { setting: 'min-group', value: '3' })));
    expect(peerTries.text).toContain("for your community's admins");
    await session.interact(slashCommand(supervisor, 'help'));
    const lee = await session.app.store.database.prisma.member.findFirst({ where: { platformUserId: supervisor.userId } });
    expect(lee?.role).toBe('supervisor');
  });

  it('GIVEN an admin typing a /community setting THEN matching settings are suggested, the views included', async () => {
    const suggested = shownBy(await session.interact(autocomplete(owner, 'community', { setting: 'me' }, 'setting')));
    // Those starting with what was typed come first, then those containing it.
    expect(suggested.choices.map((c) => c.value)).toEqual(['members', 'timezone', 'extreme']);
    const all = shownBy(await session.interact(autocomplete(owner, 'community', { setting: '' }, 'setting')));
    expect(all.choices.length).toBe(25);
    expect(shownBy(await session.interact(autocomplete(owner, 'community', { setting: 'he' }, 'setting'))).choices[0]?.value).toBe('help');
  });

  it('GIVEN the supervisor WHEN they ask for /community members THEN admins and supervisors are named, peers only counted, privately', async () => {
    const shown = shownBy(await session.interact(slashCommand(supervisor, 'community', { setting: 'members' })));
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain('Dana: admin');
    expect(shown.text).toContain('Lee: supervisor');
    expect(shown.text).not.toContain('Jo');
    expect(shown.text).toMatch(/…and \d+ (person|people) with the peer role\./);
  });

  it('GIVEN a member asks for support with their name THEN the supervisor gets a DM with Acknowledge, and pressing it in the DM records it', async () => {
    await session.interact(slashCommand(peer, 'settings', { setting: 'share-name', value: 'yes' }));
    const asked = shownBy(await session.interact(buttonPress(peer, 'support:offer|supervisor')));
    expect(asked.text).toContain("I've let Lee know");

    const { store } = session.app;
    const before = session.fake.calls.length;
    const dispatcher = new OutboxDispatcher(
      store.outbox,
      (m) => session.adapter.sendDirect({ communityExternalId: m.communityExternalId, platformUserId: m.platformUserId, deliveryId: `outbox-${m.id}` }, m.message),
      pino({ level: 'silent' }),
      { platforms: ['discord'], now: () => new Date('2026-11-23T10:00:00Z') },
    );
    expect((await dispatcher.dispatchOnce()).sent).toBe(1);
    const notice = session.fake.calls.slice(before).find((c) => c.method === 'POST' && c.path === `/channels/${supervisor.userId}0/messages`)!;
    expect(String(notice.body?.content)).toContain('**Jo** would like to talk with you');
    const ack = (notice.body?.components as { components: { label: string; custom_id: string }[] }[])[0]!.components[0]!;
    expect(ack.label).toBe('Acknowledge');

    const { guildId: _g, ...inDm } = supervisor;
    const pressed = shownBy(await session.interact(buttonPress(inDm, ack.custom_id)));
    expect(pressed.callbackType).toBe(7);
    expect(pressed.text).toContain('Acknowledged. Thank you');
    const escalation = await store.database.prisma.escalation.findFirst({ where: { member: { platformUserId: peer.userId } } });
    expect(escalation?.acknowledgedAt).not.toBeNull();
  });

  it('GIVEN /mydata export in a server channel THEN the file goes to the member by DM and the channel only says so, privately', async () => {
    const before = session.fake.calls.length;
    const shown = shownBy(await session.interact(slashCommand(peer, 'mydata', { action: 'export' })));
    expect(shown.text).toBe("I've sent it to you by direct message.");
    expect(shown.ephemeral).toBe(true);
    const dm = session.fake.calls.slice(before).find((c) => c.method === 'POST' && c.path === `/channels/${peer.userId}0/messages`);
    expect(dm?.files).toEqual([expect.stringMatching(/^peercircle-my-data-2026-11-23\.json$/)]);
  });

  it('GIVEN a pairing channel THEN a message for two members opens a private thread there with both added', async () => {
    await session.interact(slashCommand(owner, 'community', { setting: 'pairing-channel', value: guild.channels[0]!.id }));
    const before = session.fake.calls.length;
    await session.adapter.sendToGroup(
      { communityExternalId: guild.id, platformUserIds: [peer.userId, supervisor.userId], deliveryId: 'outbox-7' },
      direct('Meet your debrief partner.'),
    );
    const calls = session.fake.calls.slice(before);
    const thread = calls.find((c) => c.method === 'POST' && c.path === `/channels/${guild.channels[0]!.id}/threads`);
    expect(thread?.body).toMatchObject({ type: 12, invitable: false });
    expect(calls.filter((c) => c.method === 'PUT' && c.path.includes('/thread-members/')).map((c) => c.path.split('/').pop())).toEqual([peer.userId, supervisor.userId]);
    const posted = calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages'));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ content: 'Meet your debrief partner.', enforce_nonce: true });
  });

  it('GIVEN that delivery retried, on this process and after a restart THEN it posts in the thread the first attempt opened, and no second thread opens', async () => {
    const pair = { communityExternalId: guild.id, platformUserIds: [peer.userId, supervisor.userId], deliveryId: 'outbox-7' };
    const threadsPosted = () => session.fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/threads'));
    const [thread] = [...session.fake.threads.keys()];
    const before = session.fake.calls.length;
    const first = await session.adapter.sendToGroup(pair, direct('Meet your debrief partner.'));
    await session.restart();
    const afterRestart = await session.adapter.sendToGroup(pair, direct('Meet your debrief partner.'));
    expect(threadsPosted()).toHaveLength(1);
    const posted = session.fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.endsWith('/messages'));
    expect(posted.map((c) => [c.path, c.body?.nonce])).toEqual([
      [`/channels/${thread}/messages`, 'pcoutbox7.0'],
      [`/channels/${thread}/messages`, 'pcoutbox7.0'],
    ]);
    // Discord's enforced nonce answers with the message already posted: the pair sees it once.
    expect(afterRestart.messageId).toBe(first.messageId);
  });

  it('GIVEN the thread was deleted before a retry THEN the retry opens a new one and remembers it', async () => {
    const pair = { communityExternalId: guild.id, platformUserIds: [peer.userId, supervisor.userId], deliveryId: 'outbox-7' };
    const [gone] = [...session.fake.threads.keys()];
    session.fake.threads.delete(gone!);
    await session.restart();
    await session.adapter.sendToGroup(pair, direct('Meet your debrief partner.'));
    const [replacement] = [...session.fake.threads.keys()];
    expect(session.fake.threads.size).toBe(1);
    expect(replacement).not.toBe(gone);
    const row = await session.app.store.database.prisma.groupConversation.findFirst({ where: { deliveryId: 'outbox-7' } });
    expect(row?.conversationId).toBe(replacement);
  });
});

describe('Discord: posting on the bot\'s own initiative', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild], closedDms: new Set([supervisor.userId]) });
  });
  afterAll(() => session.close());

  it('GIVEN a digest with a chart for a private channel THEN the text and the PNG go to that channel, with the alt text as its description', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const receipt = await session.adapter.sendToChannel(
      { communityExternalId: guild.id, channelId: guild.channels[0]!.id, deliveryId: 'outbox-9' },
      direct('**Team digest**', { attachment: { filename: 'digest.png', contentType: 'image/png', base64: png, altText: 'Four-week trend of the team averages' } }),
    );
    const posted = session.fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${guild.channels[0]!.id}/messages`)!;
    expect(posted.files).toEqual(['digest.png']);
    expect(posted.body).toMatchObject({ content: '**Team digest**', nonce: 'pcoutbox9.0', enforce_nonce: true });
    expect((posted.body?.attachments as { description: string }[])[0]?.description).toBe('Four-week trend of the team averages');
    expect(receipt.messageId).toBeDefined();
  });

  it('GIVEN no pairing channel and one of two members with DMs closed THEN the other still gets the introduction, and the send does not fail', async () => {
    const before = session.fake.calls.length;
    await session.adapter.sendToGroup({ communityExternalId: guild.id, platformUserIds: [peer.userId, supervisor.userId] }, direct('Meet your debrief partner.'));
    const posted = session.fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.endsWith('/messages'));
    expect(posted.map((c) => c.path)).toEqual([`/channels/${peer.userId}0/messages`, `/channels/${supervisor.userId}0/messages`]);
  });

  it('GIVEN a channel the bot cannot see THEN the delivery fails for good, with a reason the outbox records', async () => {
    const failure = await session.adapter.sendToChannel({ communityExternalId: guild.id, channelId: '799999999999999999' }, direct('x')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect((failure as DeliveryError).permanent).toBe(true);
  });
});

describe('Discord: free text sent to the bot by DM', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  it('GIVEN a member DMs words that point to risk THEN the crisis reply comes at once in the DM, and the words never reach Discord again', async () => {
    await session.interact(slashCommand(peer, 'help'));
    const before = session.fake.calls.length;
    session.fake.dispatch('MESSAGE_CREATE', {
      id: '600000000000000001',
      channel_id: `${peer.userId}0`,
      // Discord marks a DM's messages with the channel type, which is how the client knows it is a DM.
      channel_type: 1,
      author: { id: peer.userId, username: 'jo', global_name: 'Jo', discriminator: '0', avatar: null },
      content: 'honestly no one would notice if I was not here',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      type: 0,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
    });
    const reply = await session.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${peer.userId}0/messages`, before);
    // What a push notification shows is neutral; the reply itself is in the embed.
    expect(reply.body?.content).toBe('A message from peercircle');
    expect((reply.body?.embeds as { description: string }[])[0]?.description).toContain('not a crisis service');
    expect(JSON.stringify(session.fake.calls)).not.toContain('no one would notice');
  });
});
