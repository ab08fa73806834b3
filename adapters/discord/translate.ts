import { PermissionFlagsBits } from 'discord.js';
import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Message,
  ModalSubmitInteraction,
  RepliableInteraction,
} from 'discord.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { parseChoiceId, parseFormId } from './custom-id.js';

/** The parts of an event every interaction shares: who, where, when. */
export function eventBase(interaction: RepliableInteraction, community: CommunityRef, now: Date) {
  return { community, user: userOf(interaction), isDirect: !interaction.inGuild(), receivedAt: now };
}

/**
 * Who acted. In a server: their display name, their role ids (the core maps the community's chosen
 * Discord roles to supervisor and admin), and whether they own the server or hold Administrator.
 * In a DM Discord sends neither, so both stay unknown and the stored role holds.
 */
export function userOf(interaction: RepliableInteraction): UserRef {
  const { user } = interaction;
  const member = interaction.inCachedGuild() ? interaction.member : undefined;
  const displayName = member?.displayName ?? user.globalName ?? user.username;
  // The member's own Discord language (e.g. "en-GB", "de"): crisis lines for where they are.
  const ref: UserRef = { id: user.id, ...(displayName ? { displayName } : {}), ...(interaction.locale ? { locale: interaction.locale } : {}) };
  if (!interaction.inGuild()) return ref;
  const roles = interaction.member.roles;
  // The @everyone role shares the server's id and says nothing about anyone.
  ref.groups = (Array.isArray(roles) ? roles : [...roles.cache.keys()]).filter((id) => id !== interaction.guildId);
  ref.isPlatformAdmin =
    interaction.guild?.ownerId === user.id || (interaction.memberPermissions?.has(PermissionFlagsBits.Administrator) ?? false);
  return ref;
}

/** A slash command with Discord's parsed options; the core reads them by name. */
export function commandEvent(interaction: ChatInputCommandInteraction, community: CommunityRef, now: Date): IncomingEvent {
  const options: Record<string, string> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) options[option.name] = String(option.value);
  }
  return { ...eventBase(interaction, community, now), kind: 'command', name: interaction.commandName, text: Object.values(options).join(' '), options };
}

/** A pressed button; an id this bot did not make is an error. */
export function choiceEvent(interaction: ButtonInteraction, community: CommunityRef, now: Date): Result<IncomingEvent> {
  const id = parseChoiceId(interaction.customId);
  if (!id.ok || id.value.kind !== 'choice') return err('unknown component');
  return ok({ ...eventBase(interaction, community, now), kind: 'choice', actionId: id.value.actionId, value: id.value.value });
}

/** A submitted modal: each text input's value under its custom_id (the form field's id). */
export function formEvent(interaction: ModalSubmitInteraction, community: CommunityRef, now: Date): Result<IncomingEvent> {
  const id = parseFormId(interaction.customId);
  if (!id.ok || id.value.kind !== 'form') return err('unknown form');
  const values: Record<string, string> = {};
  for (const [fieldId, field] of interaction.fields.fields) {
    if ('value' in field && typeof field.value === 'string') values[fieldId] = field.value;
  }
  return ok({ ...eventBase(interaction, community, now), kind: 'form', formId: id.value.formId, values });
}

/** Free text in a DM with the bot: read by the core (and for risk) like any message. */
export function messageEvent(message: Message, community: CommunityRef, now: Date): IncomingEvent {
  const name = message.author.globalName ?? message.author.username;
  return {
    community,
    user: { id: message.author.id, ...(name ? { displayName: name } : {}) },
    isDirect: true,
    receivedAt: now,
    kind: 'message',
    text: message.content,
  };
}

/** The guild a DM component was sent from, when its custom_id carries one. */
export function guildOfComponent(customId: string, isModal: boolean): string | undefined {
  const id = isModal ? parseFormId(customId) : parseChoiceId(customId);
  return id.ok ? id.value.guildId : undefined;
}
