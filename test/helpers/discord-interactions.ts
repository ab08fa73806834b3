import { FAKE_APP_ID } from './fake-discord.js';

/** Gateway payloads for interactions, shaped as Discord sends them (only what discord.js reads). */

let counter = 0;
const DISCORD_EPOCH = 1_420_070_400_000n;
/** A snowflake made now, as Discord's are: its top bits are the creation time. */
const nextId = () => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(++counter % 4096));

export interface Actor {
  userId: string;
  name?: string;
  /** Absent: a DM with the bot. */
  guildId?: string;
  roles?: string[];
  /** Permission bits as Discord's decimal string; "8" is Administrator. */
  permissions?: string;
  /** The member's Discord language, sent with every interaction; en-US unless said. */
  locale?: string;
}

function base(type: number, actor: Actor, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const id = nextId();
  const user = { id: actor.userId, username: actor.name ?? `user${actor.userId}`, global_name: actor.name ?? null, discriminator: '0', avatar: null };
  const where = actor.guildId
    ? {
        guild_id: actor.guildId,
        channel_id: '700000000000000001',
        channel: { id: '700000000000000001', type: 0, guild_id: actor.guildId, name: 'general' },
        member: { user, roles: actor.roles ?? [], permissions: actor.permissions ?? '0', joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        context: 0,
      }
    : {
        channel_id: `${actor.userId}0`,
        channel: { id: `${actor.userId}0`, type: 1, recipients: [user] },
        user,
        context: 1,
      };
  return {
    id,
    token: `token-${id}`,
    type,
    application_id: FAKE_APP_ID,
    version: 1,
    locale: actor.locale ?? 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': actor.guildId ?? actor.userId },
    data,
    ...where,
    ...extra,
  };
}

export function slashCommand(actor: Actor, name: string, options: Record<string, string> = {}) {
  return base(2, actor, {
    id: nextId(),
    name,
    type: 1,
    options: Object.entries(options).map(([key, value]) => ({ name: key, type: 3, value })),
  });
}

export function autocomplete(actor: Actor, name: string, options: Record<string, string>, focused: string) {
  return base(4, actor, {
    id: nextId(),
    name,
    type: 1,
    options: Object.entries(options).map(([key, value]) => ({ name: key, type: 3, value, ...(key === focused ? { focused: true } : {}) })),
  });
}

/** A message as the interaction carries it: the one whose button was pressed. */
export function messageOf(channelId: string, content = '', components: unknown[] = []) {
  return {
    id: nextId(),
    channel_id: channelId,
    type: 0,
    content,
    author: { id: '900000000000000002', username: 'peercircle', discriminator: '0', bot: true, avatar: null },
    components,
    embeds: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
}

export function buttonPress(actor: Actor, customId: string) {
  const channelId = actor.guildId ? '700000000000000001' : `${actor.userId}0`;
  return base(3, actor, { custom_id: customId, component_type: 2 }, { message: messageOf(channelId) });
}

export function modalSubmit(actor: Actor, customId: string, values: Record<string, string>, fromMessage = true) {
  const channelId = actor.guildId ? '700000000000000001' : `${actor.userId}0`;
  return base(
    5,
    actor,
    {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
    },
    fromMessage ? { message: messageOf(channelId) } : {},
  );
}

export interface Shown {
  /** Discord's callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  callbackType: number | undefined;
  /** Every message's content and embed text, in order. */
  text: string;
  /** Each message's plain content: what a push notification shows. */
  previews: string[];
  buttons: { label: string; customId: string }[];
  ephemeral: boolean;
  modal?: { customId: string; title: string; inputs: string[] };
  choices: { name: string; value: string }[];
}

type Body = Record<string, unknown> | undefined;

/** What the member saw from an interaction's answer: the callback, edits and follow-ups in order. */
export function shownBy(calls: { method: string; path: string; body: Body }[]): Shown {
  const callback = calls.find((c) => c.path.endsWith('/callback'))?.body;
  // Filling in a deferred reply keeps the placeholder's privacy.
  const deferredFlags = callback?.type === 5 ? Number((callback.data as Body)?.flags ?? 0) : 0;
  const messages = calls.flatMap((c) => {
    if (c.path.endsWith('/callback')) return callback?.type === 5 ? [] : [(callback?.data as Body) ?? {}];
    if (c.method === 'PATCH' && c.path.endsWith('/@original')) return [{ ...c.body, flags: Number(c.body?.flags ?? 0) | deferredFlags }];
    return c.path.startsWith('/webhooks/') ? [c.body ?? {}] : [];
  });
  const rows = messages.flatMap((m) => (m.components as { components?: { label?: string; custom_id?: string; type: number }[] }[] | undefined) ?? []);
  const type = callback?.type as number | undefined;
  const data = (callback?.data ?? {}) as Record<string, unknown>;
  return {
    callbackType: type,
    text: messages
      .map((m) => [String(m.content ?? ''), ...((m.embeds as { description?: string }[] | undefined) ?? []).map((e) => e.description ?? '')].filter(Boolean).join('\n'))
      .join('\n\n'),
    previews: messages.map((m) => String(m.content ?? '')),
    buttons: rows.flatMap((r) => r.components ?? []).filter((c) => c.type === 2).map((c) => ({ label: c.label ?? '', customId: c.custom_id ?? '' })),
    ephemeral: messages.length > 0 && messages.every((m) => ((Number(m.flags ?? 0)) & 64) === 64),
    ...(type === 9
      ? {
          modal: {
            customId: String(data.custom_id),
            title: String(data.title),
            inputs: (data.components as { components: { custom_id: string }[] }[]).map((r) => r.components[0]!.custom_id),
          },
        }
      : {}),
    choices: type === 8 ? ((data.choices as { name: string; value: string }[]) ?? []) : [],
  };
}
