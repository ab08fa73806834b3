import type { Client, RepliableInteraction } from 'discord.js';
import type { CommunityRef } from '../../src/core/events.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { BoundedMap } from './bounded-map.js';
import { copy } from './copy.js';
import { guildOfComponent } from './translate.js';

/**
 * Which community an interaction or DM belongs to. Each server is its own community. A DM has no
 * server: a button in a DM carries the one its message came from; otherwise it is the server the
 * member last used the bot in (remembered here, else from the database), or the only server the
 * bot is in.
 */
export class CommunityFinder {
  private readonly lastGuild = new BoundedMap<string, string>(100_000);

  constructor(
    private readonly client: Client,
    private readonly homeGuildOf: (userId: string) => Promise<string | undefined>,
  ) {}

  async of(interaction: RepliableInteraction): Promise<Result<CommunityRef>> {
    if (interaction.inGuild()) {
      this.lastGuild.set(interaction.user.id, interaction.guildId);
      return ok(this.ref(interaction.guildId));
    }
    const fromComponent =
      interaction.isButton() || interaction.isModalSubmit() ? guildOfComponent(interaction.customId, interaction.isModalSubmit()) : undefined;
    const guildId = fromComponent ?? (await this.homeOf(interaction.user.id));
    return guildId ? ok(this.ref(guildId)) : err(copy.noHomeServer);
  }

  async homeOf(userId: string): Promise<string | undefined> {
    const remembered = this.lastGuild.get(userId) ?? (await this.homeGuildOf(userId));
    if (remembered) return remembered;
    const guilds = [...this.client.guilds.cache.keys()];
    return guilds.length === 1 ? guilds[0] : undefined;
  }

  ref(guildId: string): CommunityRef {
    const name = this.client.guilds.cache.get(guildId)?.name;
    return { platform: 'discord', externalId: guildId, ...(name ? { name } : {}) };
  }
}
