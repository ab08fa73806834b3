import { describePlan, registerCommands } from '../../adapters/discord/command-registration.js';
import { inviteLink } from '../../adapters/discord/invite-link.js';
import { commands } from '../../commands/index.js';
import type { Config } from '../config/env.js';
import { PeercircleError } from '../core/errors.js';

/** `peercircle discord-register [--guild <id>]`: compares with Discord and sends only the differences. */
export async function registerDiscordCommands(config: Config, guildId: string | undefined): Promise<void> {
  if (!config.DISCORD_TOKEN) {
    throw new PeercircleError('CONFIG_INVALID', 'DISCORD_TOKEN: expected the bot token from the Bot page of your application in the Discord Developer Portal.');
  }
  if (guildId !== undefined && !/^\d{5,22}$/.test(guildId)) {
    throw new PeercircleError('CONFIG_INVALID', '--guild: expected a server id, a number such as 123456789012345678 (Server Settings → Widget, or Copy Server ID in developer mode).');
  }
  try {
    const plan = await registerCommands(commands, { token: config.DISCORD_TOKEN, api: config.DISCORD_API_URL, ...(guildId ? { guildId } : {}) });
    console.log(describePlan(plan, guildId ? `in server ${guildId}` : 'globally'));
    if (!guildId && plan.create.length + plan.update.length > 0) console.log('Global commands can take up to an hour to appear in every server.');
    if (plan.applicationId) console.log(`To add the bot to a server, open:\n  ${inviteLink(plan.applicationId)}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 401 ? 'Discord refused the token: check DISCORD_TOKEN.' : `Discord could not be reached at ${config.DISCORD_API_URL} (${status ? `HTTP ${status}` : 'no answer'}).`;
    throw new PeercircleError('ADAPTER_FAILED', `Commands were not registered. ${hint}`, { cause: error });
  }
}
