import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { exited, migratedDataDir, startPeercircle, waitFor } from '../../helpers/processes.js';
import pino from 'pino';
import { Events } from 'discord.js';
import { DiscordAdapter, discordIntents } from '../../../adapters/discord/discord-adapter.js';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { runBot, type Running } from '../../../src/runtime.js';
import { AdapterMemory } from '../../../src/storage/adapter-memory.js';
import { homeCommunityOf, pairingChannelOf } from '../../../src/storage/platform-directory.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { isPeercircleError } from '../../../src/core/errors.js';
import { slashCommand } from '../../helpers/discord-interactions.js';
import { startDiscordSession, unusedMemory, type DiscordSession } from '../../helpers/discord-session.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };

describe('Discord: login, ready and a first command', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  it('GIVEN the bot starts THEN it identifies with only the Guilds and DirectMessages intents and sees the server', () => {
    expect(session.fake.identified).toHaveLength(1);
    expect(session.fake.identified[0]!.intents).toBe(discordIntents.reduce((a, b) => a | b, 0));
    expect(session.adapter.client.guilds.cache.get(guild.id)?.name).toBe('Peer Circle North');
    expect(session.fake.calls.find((c) => c.path === '/gateway/bot')?.auth).toBe('Bot test-token');
  });

  it('GIVEN /help in a server channel THEN the member gets a private (ephemeral) answer with the welcome', async () => {
    const calls = await session.interact(slashCommand({ userId: '300000000000000001', name: 'Robin', guildId: guild.id }, 'help'));
    const callback = calls.find((c) => c.path.endsWith('/callback'));
    expect(callback?.body?.type).toBe(4);
    const data = callback?.body?.data as { content: string; flags: number };
    expect(data.flags & 64).toBe(64);
    const all = calls.map((c) => JSON.stringify(c.body)).join('\n');
    expect(all).toContain('peercircle');
    const community = await session.app.store.database.prisma.community.findFirst({ where: { platform: 'discord', externalId: guild.id } });
    expect(community?.name).toBe('Peer Circle North');
  });
});

describe('Discord: several servers on two shards', () => {
  // Shard of a guild = (id >> 22) % count: these two land on shards 0 and 1.
  const east = { id: String(4n << 22n), name: 'East', ownerId: '200000000000000001' };
  const west = { id: String(5n << 22n), name: 'West', ownerId: '200000000000000001' };
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [east, west], shards: { shards: [0, 1], shardCount: 2 } });
  });
  afterAll(() => session.close());

  it('GIVEN DISCORD_SHARDS=2 THEN both shards identify, and each server is its own community answered on its shard', async () => {
    expect(session.fake.identified.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    for (const guild of [east, west]) {
      const calls = await session.interact(slashCommand({ userId: '300000000000000001', name: 'Robin', guildId: guild.id }, 'settings'));
      expect(JSON.stringify(calls)).toContain('Your settings');
    }
    const communities = await session.app.store.database.prisma.community.findMany({ where: { platform: 'discord' }, orderBy: { name: 'asc' } });
    expect(communities.map((c) => [c.externalId, c.name])).toEqual([[east.id, 'East'], [west.id, 'West']]);
  });
});

describe('Discord: DISCORD_SHARDS=auto', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild], recommendedShards: 2, shards: { shards: 'auto' } });
  });
  afterAll(() => session.close());

  it("GIVEN Discord recommends two shards THEN both are run, as discord.js's own sharding decides", () => {
    expect(session.fake.identified.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
  });
});

describe('peercircle start with DISCORD_TOKEN', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ guilds: [guild] });
    dataDir = migratedDataDir('peercircle-discord-');
  });
  afterAll(async () => {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('GIVEN a token and the API URL THEN the real binary connects to Discord, answers a command, and stops cleanly on SIGTERM', async () => {
    const child = startPeercircle(['start'], { DISCORD_TOKEN: 'MTAwMDAwMDAwMDAw.GaBcDe.abcdefghijklmnopqrstuvwxyz', DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir });
    try {
      await waitFor(() => fake.identified.length === 1 || child.exitCode !== null, 60_000, 'the bot to identify');
      expect(child.exitCode).toBeNull();
      const payload = slashCommand({ userId: '300000000000000001', name: 'Robin', guildId: guild.id }, 'help');
      fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, guild.id);
      // On a busy machine the bot defers first and edits the answer in: the member sees the welcome either way.
      await fake.waitForCall((c) => c.path.includes(payload.token) && c.path.endsWith('/callback'));
      const welcome = await fake.waitForCall((c) => c.path.includes(payload.token) && JSON.stringify(c.body).includes("I'm peercircle"));
      expect(JSON.stringify(welcome.body)).toContain("I'm peercircle");
      // The help itself follows the welcome on the same interaction.
      await fake.waitForCall((c) => c.path.includes(payload.token) && JSON.stringify(c.body).includes('/checkin'));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
    expect(child.output() + child.errors()).not.toContain('abcdefghijklmnopqrstuvwxyz');
  }, 120_000); // a real process: start, log in, answer, stop
});

describe('Discord: a wrong token, or a gateway that never gets ready', () => {
  it('GIVEN Discord refuses the token THEN start fails with a message naming DISCORD_TOKEN, not the token', async () => {
    const fake = await FakeDiscord.start({ token: 'the-right-token' });
    const adapter = new DiscordAdapter({
      token: 'MTAw.wrong.token-value',
      api: fake.apiUrl,
      commands: [],
      content: { topics: [], exercises: [] },
      homeGuildOf: async () => undefined,
      pairingChannelOf: async () => undefined,
      memory: unusedMemory,
      logger: pino({ level: 'silent' }),
    });
    try {
      const failure = await adapter.start({ handle: async () => [] }).catch((e: unknown) => e);
      expect(isPeercircleError(failure)).toBe(true);
      expect((failure as Error).message).toContain('check DISCORD_TOKEN');
      expect((failure as Error).message).not.toContain('wrong');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it('GIVEN a gateway that never says READY THEN start gives up with a message naming what to check, and does not hang', async () => {
    const fake = await FakeDiscord.start({ silentGateway: true });
    const adapter = new DiscordAdapter({
      token: 'MTAw.right.token-value',
      api: fake.apiUrl,
      commands: [],
      content: { topics: [], exercises: [] },
      homeGuildOf: async () => undefined,
      pairingChannelOf: async () => undefined,
      memory: unusedMemory,
      logger: pino({ level: 'silent' }),
      readyTimeoutMs: 200,
    });
    try {
      const failure = await adapter.start({ handle: async () => [] }).catch((e: unknown) => e);
      expect((failure as Error).message).toContain('did not become ready; check DISCORD_API_URL');
    } finally {
      await fake.close();
    }
  });
});

describe('Discord: /readyz follows the gateway connection', () => {
  let fake: FakeDiscord;
  let testDb: TestDatabase;
  let app: App;
  let adapter: DiscordAdapter;
  let running: Running;
  let readyz: () => Promise<{ status: number; body: { status: string; reason?: string } }>;
  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', PORT: '0', SCHEDULER: 'off' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    fake = await FakeDiscord.start({ guilds: [guild] });
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
    adapter = new DiscordAdapter({
      token: 'test-token',
      api: fake.apiUrl,
      commands: app.bot.commands,
      content: app.services.content,
      homeGuildOf: (userId) => homeCommunityOf(app.store.database.prisma, 'discord', userId),
      pairingChannelOf: (guildId) => pairingChannelOf(app.store.database.prisma, 'discord', guildId),
      memory: new AdapterMemory(app.store.database.prisma, 'discord'),
      logger: pino({ level: 'silent' }),
    });
    running = await runBot(app, adapter, config.value);
    readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${running.opsPort}/readyz`);
      return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
    };
  });
  afterAll(async () => {
    await running.shutdown();
    await fake.close();
    await testDb.release();
  });

  it('GIVEN the gateway drops the connection THEN /readyz is 503 until discord.js has resumed, then 200, and interactions are answered again', async () => {
    expect((await readyz()).status).toBe(200);
    expect(adapter.connected()).toBe(true);

    const reconnecting = once(adapter.client, Events.ShardReconnecting);
    fake.dropGateway();
    await reconnecting;
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body.reason).toContain('lost its connection');

    const resumed = once(adapter.client, Events.ShardResume);
    fake.restoreGateway();
    await resumed;
    expect((await readyz()).status).toBe(200);

    const help = slashCommand({ userId: '300000000000000001', name: 'Robin', guildId: guild.id }, 'help');
    fake.dispatch('INTERACTION_CREATE', help as unknown as Record<string, unknown>, guild.id);
    const answered = await fake.waitForCall((c) => c.path.endsWith(`/${help.token}/callback`));
    expect(answered.body?.type).toBe(4);
  });

  it('GIVEN the bot shutting down THEN /readyz no longer says ready (the adapter reports itself disconnected)', async () => {
    await adapter.stop();
    expect(adapter.connected()).toBe(false);
    expect((await readyz()).status).toBe(503);
  });
});
