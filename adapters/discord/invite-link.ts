import { PermissionFlagsBits } from 'discord.js';

/** What the bot does in a server: read and post, attach digest charts, open debrief threads. */
export const botPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.SendMessagesInThreads;

/** The link a server admin opens to add the bot, with the scopes and only the permissions it uses. */
export function inviteLink(applicationId: string): string {
  const query = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: String(botPermissions) });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
