import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { renderMessage, type DiscordPayload, type RenderContext } from './render.js';

/**
 * Answers one interaction with the core's replies: the reply the core marks `replacesPrompt` takes
 * the place of the pressed message (the answer shown where the question was); the others come as
 * the interaction's reply and follow-ups, in order. Works the same after a defer.
 */
export async function respondWith(
  interaction: RepliableInteraction,
  replies: OutgoingMessage[],
  guildId: string | undefined,
  render: Omit<RenderContext, 'ephemeral' | 'guildId'> = {},
): Promise<void> {
  const inGuild = interaction.inGuild();
  // DM messages carry their server in button ids; in a server the interaction already has it.
  const context: RenderContext = { ...render, ephemeral: inGuild, ...(inGuild ? {} : { guildId }) };
  const parts = replies.flatMap((message) => renderMessage(message, context).map((payload, index) => ({ payload, replaces: index === 0 && message.replacesPrompt === true })));
  if (parts.length === 0) {
    await acknowledge(interaction);
    return;
  }
  const canUpdate = interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage());
  const inPlace = canUpdate ? parts.find((p) => p.replaces) : undefined;
  if (inPlace) await updateInPlace(interaction, inPlace.payload);
  for (const part of parts) {
    if (part !== inPlace) await replyOrFollow(interaction, part.payload);
  }
}

/** Interactions deferred with a "thinking…" reply, which the first answer fills in. */
const placeholders = new WeakSet<RepliableInteraction>();

/**
 * Tells Discord an answer is coming, when the core takes longer than Discord's 3 seconds allow:
 * a button (or a form opened from one) keeps its message for now; a command shows "thinking…",
 * privately in a server.
 */
export async function defer(interaction: RepliableInteraction): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage())) {
    await interaction.deferUpdate();
    return;
  }
  placeholders.add(interaction);
  await interaction.deferReply(interaction.inGuild() ? { flags: MessageFlags.Ephemeral } : {});
}

/** Answers within Discord's 3 seconds: if `work` takes longer than `deferAfterMs`, defer, then answer when it is done. */
export async function answerWithin<T>(interaction: RepliableInteraction, work: Promise<T>, deferAfterMs: number, onDeferFailed: (error: unknown) => void): Promise<T> {
  let deferring: Promise<void> | undefined;
  const timer = setTimeout(() => {
    deferring = defer(interaction).catch(onDeferFailed);
  }, deferAfterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    await deferring;
  }
}

/** A short private answer, whatever state the interaction is in. */
export async function tell(interaction: RepliableInteraction, text: string): Promise<void> {
  await replyOrFollow(interaction, { content: text, components: [], files: [], embeds: [], flags: MessageFlags.Ephemeral });
}

async function updateInPlace(interaction: RepliableInteraction, payload: DiscordPayload): Promise<void> {
  // Updating keeps the message's own flags; sending the ephemeral flag again is refused.
  const { flags: _flags, ...update } = payload;
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(update);
    return;
  }
  if (interaction.isMessageComponent()) await interaction.update(update);
  else if (interaction.isModalSubmit() && interaction.isFromMessage()) await interaction.update(update);
}

async function replyOrFollow(interaction: RepliableInteraction, payload: DiscordPayload): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(payload as InteractionReplyOptions);
    return;
  }
  // After deferReply the placeholder "thinking…" message is the reply: fill it in. After
  // deferUpdate (a button) or a reply, a new message follows.
  if (placeholders.has(interaction) && !interaction.replied) {
    const { flags: _flags, ...edit } = payload;
    await interaction.editReply(edit);
  }
  else await interaction.followUp(payload as InteractionReplyOptions);
}

/** Nothing to say: a button just acknowledges; a command gets a brief private word. */
async function acknowledge(interaction: RepliableInteraction): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.isMessageComponent()) await interaction.deferUpdate();
  else await tell(interaction, 'Done.');
}
