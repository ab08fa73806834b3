import type { Form, OutgoingMessage } from '../../src/core/messages.js';
import { prefixCommands, splitForSections, toMrkdwn, toPlain } from './mrkdwn.js';

/** Block Kit as plain data: the adapter hands these to the Web API unchanged. */
export type Block = Record<string, unknown>;

export interface RenderedMessage {
  /** The notification and fallback text. */
  text: string;
  blocks: Block[];
}

/** How commands are called in this workspace: the core's names with the app's prefix. */
export interface CommandNaming {
  prefix: string;
  names: ReadonlySet<string>;
}

const noNaming: CommandNaming = { prefix: '', names: new Set() };

/** The action id of the button that opens a form; its value carries the form. */
export const OPEN_FORM_ACTION = 'peercircle:open-form';

/**
 * Slack needs every action id in a message to be unique, while a row of choices shares one id:
 * each button gets `<actionId>#<index>`, and `choiceActionId` takes the suffix off again.
 */
export const buttonActionId = (actionId: string, index: number): string => `${actionId}#${index}`;
export const choiceActionId = (slackActionId: string): string => slackActionId.replace(/#\d+$/, '');

/** A message as Block Kit: text as mrkdwn sections, each row of choices as buttons, a form as a button that opens it. */
export function renderMessage(message: OutgoingMessage, naming: CommandNaming = noNaming): RenderedMessage {
  const source = prefixCommands(message.text, naming.names, naming.prefix);
  const blocks: Block[] = splitForSections(toMrkdwn(source)).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
  const buttons: Block[] = [];
  if (message.form) {
    buttons.push({
      type: 'button',
      style: 'primary',
      action_id: OPEN_FORM_ACTION,
      text: { type: 'plain_text', text: clip(message.form.openLabel, 75) },
      value: JSON.stringify(message.form),
    });
  }
  for (const row of message.choices ?? []) {
    const rowButtons = row.options.map((option, index) => ({
      type: 'button',
      action_id: buttonActionId(row.actionId, index),
      text: { type: 'plain_text', text: clip(option.label, 75) },
      value: option.value,
    }));
    // A 1–5 scale stays on one row; other rows follow the form's button.
    blocks.push({ type: 'actions', elements: rowButtons.slice(0, 25) });
  }
  if (buttons.length > 0) {
    const last = blocks.at(-1);
    if (last?.type === 'actions' && (last.elements as Block[]).length < 25) (last.elements as Block[]).unshift(...buttons);
    else blocks.push({ type: 'actions', elements: buttons });
  }
  // A preview keeps notifications neutral; the blocks carry the message itself.
  return { text: message.preview ?? clip(toPlain(source), 3000), blocks };
}

/** What travels with a form's modal, so its submission comes back to the right message. */
export interface FormOrigin {
  formId: string;
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
  isEphemeral?: boolean;
}

/** A form as a Slack modal: one plain-text input per field, labelled and limited as the core asks. */
export function renderModal(form: Form, origin: FormOrigin): Block {
  return {
    type: 'modal',
    callback_id: form.id,
    title: { type: 'plain_text', text: clip(form.title, 24) },
    submit: { type: 'plain_text', text: clip(form.submitLabel, 24) },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(origin),
    blocks: form.fields.map((field) => ({
      type: 'input',
      block_id: field.id,
      optional: field.optional ?? false,
      label: { type: 'plain_text', text: clip(field.label, 2000) },
      element: {
        type: 'plain_text_input',
        action_id: field.id,
        multiline: field.multiline ?? false,
        ...(field.maxLength ? { max_length: field.maxLength } : {}),
        ...(field.placeholder ? { placeholder: { type: 'plain_text', text: clip(field.placeholder, 150) } } : {}),
      },
    })),
  };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
