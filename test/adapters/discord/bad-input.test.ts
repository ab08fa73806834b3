import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/core/errors.js';
import { direct } from '../../../src/core/messages.js';
import type { EventHandler } from '../../../src/core/adapter.js';
import { buttonPress, modalSubmit, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

const north = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };
const south = { id: '100000000000000002', name: 'Peer Circle South', ownerId: '200000000000000001' };
const robin: Actor = { userId: '300000000000000001', name: 'Robin', guildId: north.id };
const closed: Actor = { userId: '300000000000000002', name: 'Ash', guildId: north.id };
const stranger: Actor = { userId: '300000000000000003', name: 'Kit' };
const unlucky: Actor = { userId: '300000000000000004', name: 'Sol', guildId: north.id };

describe('Discord: bad input gets a clear private answer, and nothing crashes', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [north, south], closedDms: new Set([closed.userId]), brokenDms: new Set([unlucky.userId]) });
  });
  afterAll(() => session.close());

  it('GIVEN a button this bot never made THEN a private "that button is no longer usable" reply', async () => {
    const shown = shownBy(await session.interact(buttonPress(robin, 'someone-elses-button')));
    expect(shown.callbackType).toBe(4);
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain("That button isn't one I can use any more");
  });

  it('GIVEN a custom id with extra parts or a fake server id THEN the same kind reply', async () => {
    for (const id of ['checkin:2026-11-23:energy|3|notaguild', 'a|b|100000000000000001|extra']) {
      const shown = shownBy(await session.interact(buttonPress(robin, id)));
      expect(shown.text).toContain("isn't one I can use any more");
    }
  });

  it("GIVEN yesterday's check-in button THEN it says that check-in is closed and how to start today's", async () => {
    const shown = shownBy(await session.interact(buttonPress(robin, 'checkin:2026-11-20:energy|3')));
    expect(shown.text).toContain('is closed now');
    expect(shown.text).toContain('/checkin');
    expect(shown.ephemeral).toBe(true);
  });

  it('GIVEN a form button whose form this process never showed (after a restart) THEN it says to start again, nothing lost', async () => {
    const shown = shownBy(await session.interact(buttonPress(robin, '~form|checkin:2026-11-23:note')));
    expect(shown.text).toContain('That form has closed');
    expect(shown.text).toContain('your saved answers are safe');
  });

  it('GIVEN a modal submitted with an unknown id THEN a kind reply, and an over-long note is refused with its length and nothing lost', async () => {
    expect(shownBy(await session.interact(modalSubmit(robin, '~form', { note: 'x' }, false))).text).toContain('That form has closed');
    const long = shownBy(await session.interact(modalSubmit(robin, 'checkin:2026-11-23:note', { note: 'a'.repeat(1001) })));
    expect(long.text).toContain('the limit is 1,000');
    expect(long.text).toContain('Nothing was lost');
  });

  it('GIVEN an unknown command and a too-long option THEN each gets a private answer saying what to do', async () => {
    expect(shownBy(await session.interact(slashCommand(robin, 'chekin'))).text).toContain('Did you mean `/checkin`?');
    const long = shownBy(await session.interact(slashCommand(robin, 'principle', { topic: 'x'.repeat(150) })));
    expect(long.text).toContain('Topic names are short');
    expect(long.ephemeral).toBe(true);
  });

  it('GIVEN a malformed gateway payload THEN the bot carries on and answers the next interaction', async () => {
    session.fake.dispatch('INTERACTION_CREATE', { id: '1', type: 2, data: { name: 'help' } }, north.id);
    session.fake.dispatch('INTERACTION_CREATE', { id: '2', type: 3, token: 't', application_id: '1', data: {} }, north.id);
    const shown = shownBy(await session.interact(slashCommand(robin, 'help')));
    expect(shown.text).toContain('/checkin');
  });

  it('GIVEN a member whose DMs are closed THEN a scheduled DM fails permanently, and their next interaction tells them once how to open DMs', async () => {
    await session.interact(slashCommand(closed, 'help'));
    const failure = await session.adapter.sendDirect({ communityExternalId: north.id, platformUserId: closed.userId }, direct('Time for your check-in.')).catch((e: unknown) => e);
    expect(failure instanceof DeliveryError && failure.permanent).toBe(true);
    const told = shownBy(await session.interact(slashCommand(closed, 'settings')));
    expect(told.text).toContain('**Privacy Settings**');
    expect(told.ephemeral).toBe(true);
    const again = shownBy(await session.interact(slashCommand(closed, 'settings')));
    expect(again.text).not.toContain('Privacy Settings');
  });

  it('GIVEN a member with DMs closed asks for their data export THEN the file comes privately in the channel instead, with how to open DMs', async () => {
    const calls = await session.interact(slashCommand(closed, 'mydata', { action: 'export' }));
    const shown = shownBy(calls);
    expect(shown.text).toContain('everything I keep about you');
    expect(shown.text).toContain('**Privacy Settings**');
    expect(calls.some((c) => c.files.some((f) => f.startsWith('peercircle-my-data-')))).toBe(true);
    expect(shown.ephemeral).toBe(true);
  });

  it('GIVEN a data export whose DM fails for another reason THEN the file is shown privately in place, without advice about DM settings', async () => {
    const calls = await session.interact(slashCommand(unlucky, 'mydata', { action: 'export' }));
    const shown = shownBy(calls);
    expect(shown.text).toContain("couldn't send it by direct message just now");
    expect(shown.text).not.toContain('Privacy Settings');
    expect(calls.some((c) => c.files.some((f) => f.startsWith('peercircle-my-data-')))).toBe(true);
    expect(shown.ephemeral).toBe(true);
  });

  it('GIVEN a DM command from someone the bot has never seen in any of its servers THEN it says to use a command in the server first', async () => {
    const shown = shownBy(await session.interact(slashCommand(stranger, 'checkin')));
    expect(shown.text).toContain("I don't know which server you're with yet");
    expect(await session.app.store.database.prisma.member.count({ where: { platformUserId: stranger.userId } })).toBe(0);
  });

  it('GIVEN a DM command from a member seen in a server THEN it belongs to that server\'s community', async () => {
    const { guildId: _guild, ...inDm } = robin;
    const shown = shownBy(await session.interact(slashCommand(inDm, 'settings')));
    expect(shown.text).toContain('**Your settings**');
    expect(shown.ephemeral).toBe(false);
  });
});

describe('Discord: a slow answer is deferred within 3 seconds, then filled in', () => {
  let session: DiscordSession;
  let gate: Promise<void> = Promise.resolve();
  beforeAll(async () => {
    session = await startDiscordSession({
      guilds: [north],
      deferAfterMs: 0,
      // Holds the core until a test opens the gate, so the slow path is taken without timing.
      wrap: (bot): EventHandler => ({ handle: async (event) => (await gate, bot.handle(event)) }),
    });
  });
  afterAll(() => session.close());

  it('GIVEN the core is slow THEN the command is deferred privately at once and the answer fills it in', async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const payload = slashCommand(robin, 'settings');
    const answered = session.interact(payload);
    const deferred = await session.fake.waitForCall((c) => c.path.includes(payload.token) && c.path.endsWith('/callback'));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    open();
    const calls = await answered;
    // The first reply (here the welcome) fills in the placeholder; the settings follow it, both private.
    expect(calls.some((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'))).toBe(true);
    const shown = shownBy(calls);
    expect(shown.text).toContain('**Your settings**');
    expect(shown.ephemeral).toBe(true);
  });

  it('GIVEN the core is slow on a button THEN the button is acknowledged at once and its message updated after', async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const payload = buttonPress(robin, 'settings:share-name|yes');
    const answered = session.interact(payload);
    const deferred = await session.fake.waitForCall((c) => c.path.includes(payload.token) && c.path.endsWith('/callback'));
    expect(deferred.body).toEqual({ type: 6 });
    open();
    const calls = await answered;
    // The welcome asks two questions, so the answer to one follows it rather than replacing it.
    const followUp = calls.find((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'));
    expect(String(followUp?.body?.content)).toContain('your supervisor may be told your name');
  });
});

describe("Discord: Discord's 3 seconds count from when the interaction was made", () => {
  let session: DiscordSession;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  beforeAll(async () => {
    // A long budget: an interaction older than it must be deferred at once, or this test times out.
    session = await startDiscordSession({ guilds: [north], deferAfterMs: 60_000, wrap: (bot): EventHandler => ({ handle: async (event) => (await gate, bot.handle(event)) }) });
  });
  afterAll(() => session.close());

  it('GIVEN an interaction made longer ago than the budget THEN it is deferred at once, not a budget later', async () => {
    const madeEarlier = String((BigInt(Date.now() - 61_000) - 1_420_070_400_000n) << 22n);
    const payload = { ...slashCommand(robin, 'help'), id: madeEarlier };
    const answered = session.interact(payload);
    const deferred = await session.fake.waitForCall((c) => c.path.includes(payload.token) && c.path.endsWith('/callback'));
    expect(deferred.body?.type).toBe(5);
    open();
    expect(shownBy(await answered).text).toContain('/checkin');
  });
});

describe('Discord: closed DMs are told once, however many shard processes there are', () => {
  // Shard of a server = (id >> 22) % 2: east is on shard 0, west on shard 1, each its own process.
  const east = { id: String(4n << 22n), name: 'East', ownerId: '200000000000000001' };
  const west = { id: String(5n << 22n), name: 'West', ownerId: '200000000000000001' };
  const ash = { userId: closed.userId, name: 'Ash' };
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [east, west], closedDms: new Set([ash.userId]), shards: { shards: [0], shardCount: 2 } });
    await session.startAnotherProcess({ shards: [1], shardCount: 2 });
  });
  afterAll(() => session.close());

  it('GIVEN the shard-0 process cannot DM a member THEN their next interaction, on the shard-1 process, tells them, and neither process tells them again', async () => {
    // Two discord.js clients, one shard each, so west's interactions reach only the second process.
    expect(session.fake.identified.map((i) => i.shard)).toEqual([[0, 2], [1, 2]]);
    await session.interact(slashCommand({ ...ash, guildId: east.id }, 'help'));
    const failure = await session.adapter.sendDirect({ communityExternalId: east.id, platformUserId: ash.userId }, direct('Time for your check-in.')).catch((e: unknown) => e);
    expect(failure instanceof DeliveryError && failure.permanent).toBe(true);

    const told = shownBy(await session.interact(slashCommand({ ...ash, guildId: west.id }, 'settings')));
    expect(told.text).toContain('**Privacy Settings**');
    expect(told.ephemeral).toBe(true);
    for (const guildId of [east.id, west.id]) {
      const again = shownBy(await session.interact(slashCommand({ ...ash, guildId }, 'settings')));
      expect(again.text).toContain('Your settings');
      expect(again.text).not.toContain('Privacy Settings');
    }
  });
});
