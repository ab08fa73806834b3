import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordIntents } from '../../../adapters/discord/discord-adapter.js';
import { slashCommand } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

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
