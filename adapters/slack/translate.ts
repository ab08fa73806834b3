import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { choiceActionId, type FormOrigin } from './render.js';

/**
 * Bolt payloads as the core's IncomingEvents. Each function checks the fields it needs and returns
 * a Result: a payload missing them is malformed, and the caller answers it with a 4xx, not a crash.
 */

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const obj = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** Slack's command names are global to a workspace, so ours carry a prefix; the core knows bare names. */
export const DEFAULT_COMMAND_PREFIX = 'pc-';

export function commandNameOf(slashCommand: string, prefix = DEFAULT_COMMAND_PREFIX): string {
  const bare = slashCommand.replace(/^\//, '').toLowerCase();
  return bare.startsWith(prefix) ? bare.slice(prefix.length) : bare;
}

/** The workspace a payload belongs to: the team id; on Enterprise Grid, the user's own workspace. */
function communityOf(body: Json): CommunityRef | undefined {
  const team = obj(body.team);
  const user = obj(body.user);
  const teamId = str(body.team_id) ?? str(team?.id) ?? str(user?.team_id);
  if (!teamId) return undefined;
  const name = str(body.team_domain) ?? str(team?.domain);
  return { platform: 'slack', externalId: teamId, ...(name ? { name } : {}) };
}

/** Whether a channel is a direct message (Slack's DM ids start with D); the adapter checks it is the bot's own before posting there. */
export const isDirectChannel = (channelId: string | undefined): boolean => channelId?.startsWith('D') ?? false;

export function translateCommand(body: Json, receivedAt: Date, prefix = DEFAULT_COMMAND_PREFIX): Result<IncomingEvent> {
  const community = communityOf(body);
  const userId = str(body.user_id);
  const command = str(body.command);
  if (!community || !userId || !command) return err('a slash command needs team_id, user_id and command');
  const user: UserRef = { id: userId, ...(str(body.user_name) ? { displayName: str(body.user_name)! } : {}) };
  return ok({
    kind: 'command',
    name: commandNameOf(command, prefix),
    text: typeof body.text === 'string' ? withoutMentionLabels(body.text) : '',
    community,
    user,
    isDirect: isDirectChannel(str(body.channel_id)) || body.channel_name === 'directmessage',
    receivedAt,
  });
}

/** Escaped mentions carry a label (`<@U123|ana>`, `<!subteam^S1|@leads>`); the core wants the id. */
export function withoutMentionLabels(text: string): string {
  return text.replace(/<([@#!][^|>\s]+)\|[^>]*>/g, '<$1>');
}

function userOf(body: Json): UserRef | undefined {
  const user = obj(body.user);
  const id = str(user?.id);
  if (!id) return undefined;
  const name = str(user?.name) ?? str(user?.username);
  return { id, ...(name ? { displayName: name } : {}) };
}

/** A button click; `action` is the clicked element of `body.actions`. */
export function translateAction(body: Json, receivedAt: Date): Result<IncomingEvent> {
  const community = communityOf(body);
  const user = userOf(body);
  const action = obj(Array.isArray(body.actions) ? body.actions[0] : undefined);
  const actionId = str(action?.action_id);
  if (!community || !user || !action || !actionId) return err('a button click needs team, user and actions[0].action_id');
  return ok({
    kind: 'choice',
    actionId: choiceActionId(actionId),
    value: typeof action.value === 'string' ? action.value : '',
    community,
    user,
    isDirect: isDirectChannel(str(obj(body.channel)?.id)) || str(obj(body.container)?.type) === 'view',
    receivedAt,
  });
}

/** A modal submitted: every input's value by its block id, and where the form came from. */
export function translateViewSubmission(body: Json, receivedAt: Date): Result<{ event: IncomingEvent; origin: FormOrigin }> {
  const community = communityOf(body) ?? communityOf({ team_id: str(obj(body.view)?.team_id) });
  const user = userOf(body);
  const view = obj(body.view);
  const callbackId = str(view?.callback_id);
  if (!community || !user || !view || !callbackId) return err('a view submission needs team, user and view.callback_id');
  const values: Record<string, string> = {};
  for (const [blockId, inputs] of Object.entries(obj(obj(view.state)?.values) ?? {})) {
    const input = Object.values(obj(inputs) ?? {})[0];
    const value = obj(input)?.value;
    values[blockId] = typeof value === 'string' ? value : '';
  }
  const origin = parseOrigin(view.private_metadata) ?? { formId: callbackId };
  return ok({
    event: { kind: 'form', formId: callbackId, values, community, user, isDirect: isDirectChannel(origin.channelId), receivedAt },
    origin,
  });
}

function parseOrigin(metadata: unknown): FormOrigin | undefined {
  if (typeof metadata !== 'string' || metadata === '') return undefined;
  try {
    const parsed = obj(JSON.parse(metadata));
    return parsed && typeof parsed.formId === 'string' ? (parsed as unknown as FormOrigin) : undefined;
  } catch {
    return undefined;
  }
}

/** A direct message typed to the bot (not edits, not bots, not channel chatter). */
export function translateDirectMessage(event: Json, teamId: string | undefined, receivedAt: Date): Result<IncomingEvent | undefined> {
  if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return ok(undefined);
  const userId = str(event.user);
  const team = str(event.team) ?? teamId;
  if (!userId || !team) return err('a message event needs user and team');
  return ok({
    kind: 'message',
    text: typeof event.text === 'string' ? event.text : '',
    community: { platform: 'slack', externalId: team },
    user: { id: userId },
    isDirect: true,
    receivedAt,
  });
}

/** Someone joined the workspace (team_join): the bot welcomes them by DM. */
export function translateTeamJoin(event: Json, teamId: string | undefined, receivedAt: Date): Result<IncomingEvent | undefined> {
  const user = obj(event.user);
  const userId = str(user?.id);
  const team = str(user?.team_id) ?? teamId;
  if (!userId || !team) return err('a team_join event needs user.id and a team');
  if (user?.is_bot === true || user?.deleted === true) return ok(undefined);
  const name = str(user?.real_name) ?? str(user?.name);
  return ok({
    kind: 'member-joined',
    community: { platform: 'slack', externalId: team },
    user: { id: userId, ...(name ? { displayName: name } : {}) },
    isDirect: true,
    receivedAt,
  });
}
