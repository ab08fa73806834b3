/**
 * Bot scopes the app asks for, each for something it does: slash commands, posting and updating
 * its messages, opening DMs and group DMs (debrief pairs), reading admins and user groups (roles),
 * reading DMs sent to it (the crisis route reads every word it is sent), uploading the digest chart.
 */
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'im:history', 'mpim:write', 'users:read', 'usergroups:read', 'files:write'];
