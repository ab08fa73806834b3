import type { Form, OutgoingMessage } from '../../src/core/messages.js';
import { formButtonValue } from './form-button.js';
import { SLACK_LIMITS } from './limits.js';
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

/** The action id of the button that opens a form; its value carries the form (see formButtonValue). */
export const OPEN_FORM_ACTION = 'peercircle:open-form';

/**
 * Slack needs every action id in a message to be unique, while a row of choices shares one id:
 * each button gets `<actionId>#<index>`, and `choiceActionId` takes the suffix off again.
 */
export const buttonActionId = (actionId: string, index: number): string => `${actionId}#${index}`;
export const choiceActionId = (slackActionId: string): string => slackActionId.replace(/#\d+$/, '');

/**
 * A message as Block Kit: text as mrkdwn sections, each row of choices as buttons, a form as a
 * button that opens it. A message longer than one Slack message holds (50 blocks, about 12,000
 * characters of text) becomes several, in order, with the buttons on the last, right under the
 * question they answer.
 */
export function renderMessages(message: OutgoingMessage, naming: CommandNaming = noNaming, formKeys?: ReadonlyMap<string, string>): RenderedMessage[] {
  const source = prefixCommands(message.text, naming.names, naming.prefix);
  const sections = splitForSections(toMrkdwn(source)).map(section);
  const actions = actionBlocks(message, formKeys);
  return packMessages(sections, actions).map((blocks, index) => ({
    // A preview keeps notifications neutral (a crisis reply on a lock screen); the blocks carry the message.
    text: message.preview ?? (index === 0 ? clip(toPlain(source), SLACK_LIMITS.sectionText) : clip(fallbackOf(blocks), SLACK_LIMITS.sectionText)),
    blocks,
  }));
}

/** All of a message's blocks as one list, for a surface that pages them itself (the App Home). */
export function renderBlocks(message: OutgoingMessage, naming: CommandNaming = noNaming): Block[] {
  const source = prefixCommands(message.text, naming.names, naming.prefix);
  return [...splitForSections(toMrkdwn(source)).map(section), ...actionBlocks(message)];
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Buttons in rows of at most 25: the form's button first, then each row of choices. */
function actionBlocks(message: OutgoingMessage, formKeys?: ReadonlyMap<string, string>): Block[] {
  const buttons: Block[][] = [];
  for (const row of message.choices ?? []) {
    buttons.push(
      row.options.map((option, index) => ({
        type: 'button',
        action_id: buttonActionId(row.actionId, index),
        text: { type: 'plain_text', text: clip(option.label, SLACK_LIMITS.buttonText) },
        value: option.value,
      })),
    );
  }
  if (message.form) {
    const open: Block = {
      type: 'button',
      style: 'primary',
      action_id: OPEN_FORM_ACTION,
      text: { type: 'plain_text', text: clip(message.form.openLabel, SLACK_LIMITS.buttonText) },
      value: formButtonValue(message.form, formKeys?.get(message.form.id)),
    };
    // The form's button joins the last row of choices when there is room, else has its own row.
    const last = buttons.at(-1);
    if (last && last.length < SLACK_LIMITS.actionsElements) last.unshift(open);
    else buttons.push([open]);
  }
  return buttons.flatMap((row) => chunk(row, SLACK_LIMITS.actionsElements)).map((elements) => ({ type: 'actions', elements }));
}

/**
 * Sections into messages, each within Slack's block count and text budget; the action rows go on
 * the last message, with at least the section just above them.
 */
function packMessages(sections: Block[], actions: Block[]): Block[][] {
  const messages: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of sections) {
    const length = textLength(block);
    if (current.length > 0 && (current.length + 1 > SLACK_LIMITS.messageBlocks || size + length > SLACK_LIMITS.messageText)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += length;
  }
  const actionsSize = actions.reduce((sum, block) => sum + textLength(block), 0);
  if (current.length + actions.length <= SLACK_LIMITS.messageBlocks && size + actionsSize <= SLACK_LIMITS.messageText) {
    messages.push([...current, ...actions]);
  } else {
    // The buttons stay under the text they answer: the last section moves with them.
    const last = current.pop();
    messages.push(current, [...(last ? [last] : []), ...actions]);
  }
  return messages.filter((blocks) => blocks.length > 0);
}

/** The characters of text a block shows: what Slack counts towards `msg_blocks_too_long`. */
export function textLength(block: Block): number {
  if (block.type === 'section') return (block.text as { text: string }).text.length;
  if (block.type === 'actions') return (block.elements as { text: { text: string } }[]).reduce((sum, element) => sum + element.text.text.length, 0);
  return 0;
}

/** A later part's notification text: its sections, unescaped. */
function fallbackOf(blocks: Block[]): string {
  const text = blocks
    .filter((block) => block.type === 'section')
    .map((block) => (block.text as { text: string }).text)
    .join('\n');
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') || ' ';
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** What travels with a form's modal, so its submission comes back to the right message. */
export interface FormOrigin {
  formId: string;
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
  isEphemeral?: boolean;
}

/**
 * A form as a Slack modal: one plain-text input per field, labelled, limited and filled in as the
 * core asks. A text box holds at most 3,000 characters; a starting value longer than its box is
 * left out (the core says so in its message), never cut.
 */
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
        ...(field.maxLength ? { max_length: Math.min(field.maxLength, SLACK_LIMITS.inputText) } : {}),
        ...(field.value && field.value.length <= Math.min(field.maxLength ?? SLACK_LIMITS.inputText, SLACK_LIMITS.inputText) ? { initial_value: field.value } : {}),
        ...(field.placeholder ? { placeholder: { type: 'plain_text', text: clip(field.placeholder, 150) } } : {}),
      },
    })),
  };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
