import { DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { topicsOfCommunity } from '../content/community-library.js';
import { parseShards } from '../../adapters/discord/shards.js';
import { createApp } from '../app.js';
import type { Config } from '../config/env.js';
import { PeercircleError } from '../core/errors.js';
import { runBot } from '../runtime.js';
import { homeCommunityOf, pairingChannelOf } from '../storage/platform-directory.js';
import { AdapterMemory } from '../storage/adapter-memory.js';
import { stopOnSignal } from './stop-on-signal.js';

/** `peercircle start` with DISCORD_TOKEN set: the bot on every Discord server it has been added to. */
export async function startDiscord(config: Config & { DISCORD_TOKEN: string }, progress?: (line: string) => void): Promise<void> {
  const shards = parseShards(config.DISCORD_SHARDS);
  if (!shards.ok) throw new PeercircleError('CONFIG_INVALID', `DISCORD_SHARDS: expected ${shards.error}.`);
  const app = await createApp(config, progress ? { progress } : {});
  const adapter = new DiscordAdapter({
    token: config.DISCORD_TOKEN,
    api: config.DISCORD_API_URL,
    shards: shards.value,
    commands: app.bot.commands,
    content: app.services.content,
    topicsOf: (guildId) => topicsOfCommunity(app.store, app.services.content, { platform: 'discord', externalId: guildId }),
    homeGuildOf: (userId) => homeCommunityOf(app.store.database.prisma, 'discord', userId),
    pairingChannelOf: (guildId) => pairingChannelOf(app.store.database.prisma, 'discord', guildId),
    memory: new AdapterMemory(app.store.database.prisma, 'discord'),
    seenInteractions: app.store.seenDeliveries,
    logger: app.services.logger,
  });
  let running;
  try {
    progress?.('Connecting to Discord…');
    running = await runBot(app, adapter, config);
    progress?.('Connected to Discord: peercircle is running. Stop it with Ctrl+C.');
  } catch (error) {
    // The caller prints why; a half-open gateway socket must not keep the process alive after.
    setTimeout(() => process.exit(process.exitCode ?? 1), 1000).unref();
    await app.close().catch(() => {});
    throw error;
  }
  stopOnSignal(() => running.shutdown());
}
