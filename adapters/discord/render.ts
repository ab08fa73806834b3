import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Form, OutgoingMessage } from '../../src/core/messages.js';
import { splitText } from '../../src/core/split-text.js';
import { choiceId, formId, openFormId } from './custom-id.js';

/**
 * Discord's limits: message content 2,000 characters
 * (https://discord.com/developers/docs/resources/message#create-message); 5 action rows of 5
 * buttons, a button label 80 characters, a custom_id 100
 * (https://discord.com/developers/docs/interactions/message-components#buttons); a modal's title
 * 45, a text input's label 45, placeholder 100, value 4,000
 * (https://discord.com/developers/docs/interactions/message-components#text-inputs). Embeds are
 * not used.
 */
const CONTENT_MAX = 2000;
const EMBED_DESCRIPTION_MAX = 4096;
const BUTTONS_PER_ROW = 5;
const ROWS_MAX = 5;
const BUTTON_LABEL_MAX = 80;
const MODAL_TITLE_MAX = 45;
const INPUT_LABEL_MAX = 45;
const PLACEHOLDER_MAX = 100;
const INPUT_VALUE_MAX = 4000;

export interface DiscordPayload {
  content: string;
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  files: { attachment: Buffer; name: string; description: string }[];
  /** Always present, so editing a message in place also clears an earlier message's embed. */
  embeds: APIEmbed[];
  flags?: MessageFlags.Ephemeral;
}

export interface RenderContext {
  /** Only the member sees it (a reply in a server channel). DMs are private already. */
  ephemeral: boolean;
  /** Carried in custom_ids of messages sent by DM, where the interaction will have no guild. */
  guildId?: string;
  /**
   * The stored forms' keys, by form id: the button that opens a form carries its key, so whichever
   * process gets the press can open it. A form without a key gets no button.
   */
  formKeys?: ReadonlyMap<string, string>;
  /** Told of a button left out because its id would not fit Discord's 100 characters (a bug to report). */
  onDropped?: (actionId: string) => void;
}

/**
 * One OutgoingMessage as Discord messages: the text (split at paragraph or line breaks when longer
 * than Discord allows), buttons for choices and a button that opens the form, the attachment as a
 * file. Buttons and files go on the last part, right under the question they belong to.
 */
export function renderMessage(message: OutgoingMessage, context: RenderContext): DiscordPayload[] {
  // With a preview, the content (what a push notification shows) is that neutral line and the text
  // goes in an embed, which notifications leave out; the member still reads it all in the chat.
  const discreet = message.preview !== undefined;
  const parts = splitContent(message.text || '\u200b', discreet ? EMBED_DESCRIPTION_MAX : CONTENT_MAX);
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const row of message.choices ?? []) {
    for (const option of row.options) {
      const id = choiceId(row.actionId, option.value, context.guildId);
      if (id) buttons.push(button(id, option.label, ButtonStyle.Secondary));
      else context.onDropped?.(row.actionId);
    }
  }
  if (message.form) {
    const key = context.formKeys?.get(message.form.id);
    const id = key === undefined ? undefined : openFormId(key, context.guildId);
    if (id) buttons.unshift(button(id, message.form.openLabel, ButtonStyle.Primary));
    else context.onDropped?.(message.form.id);
  }
  const allRows = chunk(buttons, BUTTONS_PER_ROW);
  for (const left of allRows.slice(ROWS_MAX).flat()) context.onDropped?.(left.custom_id);
  const rows = allRows.slice(0, ROWS_MAX).map((components) => ({ type: ComponentType.ActionRow as const, components }));
  const { attachment } = message;
  return parts.map((content, index) => {
    const last = index === parts.length - 1;
    return {
      content: discreet ? (index === 0 ? message.preview! : '') : content,
      embeds: discreet ? [{ description: content }] : [],
      components: last ? rows : [],
      files: last && attachment ? [{ attachment: Buffer.from(attachment.base64, 'base64'), name: attachment.filename, description: attachment.altText.slice(0, 1024) }] : [],
      ...(context.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
    };
  });
}

/** The form as a Discord modal; each field a text input whose custom_id is the field's id. */
export function renderModal(form: Form, guildId?: string): APIModalInteractionResponseCallbackData | undefined {
  const id = formId(form.id, guildId);
  if (!id) return undefined;
  return {
    custom_id: id,
    title: clip(form.title, MODAL_TITLE_MAX),
    components: form.fields.slice(0, ROWS_MAX).map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field.id,
          label: clip(field.label, INPUT_LABEL_MAX),
          style: field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: !field.optional,
          // One more than the core's limit, so an over-long note reaches the core and gets its
          // kind explanation instead of being silently cut.
          max_length: Math.min(INPUT_VALUE_MAX, (field.maxLength ?? INPUT_VALUE_MAX - 1) + 1),
          // The current text, when editing; one longer than the box is left out (the core says so), never cut.
          ...(field.value && field.value.length <= Math.min(INPUT_VALUE_MAX, field.maxLength ?? INPUT_VALUE_MAX) ? { value: field.value } : {}),
          ...(field.placeholder ? { placeholder: clip(field.placeholder, PLACEHOLDER_MAX) } : {}),
        },
      ],
    })),
  };
}

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label: clip(label, BUTTON_LABEL_MAX), style };
}

/** Splits at paragraph, line or word boundaries, never inside a Markdown marker or an emoji (see splitText). */
export function splitContent(text: string, max = CONTENT_MAX): string[] {
  return splitText(text, max);
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
