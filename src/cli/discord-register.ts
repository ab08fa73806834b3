import { commandJson, describePlan, registerCommands } from '../../adapters/discord/command-registration.js';
import { inviteLink } from '../../adapters/discord/invite-link.js';
import { commands } from '../../commands/index.js';
import type { Config } from '../config/env.js';
import { PeercircleError } from '../core/errors.js';

/** `peercircle discord-register --dry-run [--guild <id>]`: what would be registered, with no network call and no token. */
export function describeRegistration(guildId: string | undefined): void {
  checkGuild(guildId);
  const desired = commands.map(commandJson);
  console.log(`Would register ${desired.length} slash commands ${scope(guildId)} (dry run: Discord was not contacted):`);
  for (const command of desired) console.log(`  /${command.name}  ${command.description}`);
  console.log('Run it without --dry-run to register them; only the commands that differ from what Discord has are sent.');
}

/** `peercircle discord-register [--guild <id>]`: compares with Discord and sends only the differences. */
export async function registerDiscordCommands(config: Config, guildId: string | undefined): Promise<void> {
  if (!config.DISCORD_TOKEN) {
    throw new PeercircleError('CONFIG_INVALID', 'DISCORD_TOKEN: expected the bot token from the Bot page of your application in the Discord Developer Portal.');
  }
  checkGuild(guildId);
  try {
    const plan = await registerCommands(commands, { token: config.DISCORD_TOKEN, api: config.DISCORD_API_URL, ...(guildId ? { guildId } : {}) });
    console.log(describePlan(plan, scope(guildId)));
    if (!guildId && plan.create.length + plan.update.length > 0) console.log('Global commands can take up to an hour to appear in every server.');
    if (plan.applicationId) console.log(`To add the bot to a server, open:\n  ${inviteLink(plan.applicationId)}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 401 ? 'Discord refused the token: check DISCORD_TOKEN.' : `Discord could not be reached at ${config.DISCORD_API_URL} (${status ? `HTTP ${status}` : 'no answer'}).`;
    throw new PeercircleError('ADAPTER_FAILED', `Commands were not registered. ${hint}`, { cause: error });
  }
}

const scope = (guildId: string | undefined) => (guildId ? `in server ${guildId}` : 'globally');

function checkGuild(guildId: string | undefined): void {
  if (guildId !== undefined && !/^\d{5,22}$/.test(guildId)) {
    throw new PeercircleError('CONFIG_INVALID', '--guild: expected a server id, a number such as 123456789012345678 (Server Settings → Widget, or Copy Server ID in developer mode).');
  }
}
