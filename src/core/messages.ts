/**
 * What the core hands adapters to render. Text uses a tiny Markdown subset every platform can show:
 * `**bold**`, `_italic_`, `` `code` ``, `- ` bullets and blank-line paragraphs.
 */

/**
 * `ephemeral`: only the member who acted sees it, where they acted.
 * `direct`: sent to the member in a direct message.
 */
export type Visibility = 'ephemeral' | 'direct';

export interface ChoiceOption {
  label: string;
  value: string;
}

/** A row of buttons; picking one comes back as a ChoiceEvent with `actionId` and the option's value. */
export interface Choices {
  /**
   * `<command>:<what>[:<short parts>]`, at most 64 characters, with answers' values of a few
   * characters: platforms carry both in ids of 100 characters or less. Never put content in it
   * (a title, an admin's id of any length): carry `shortKey(id)` instead.
   */
  actionId: string;
  options: ChoiceOption[];
}

export interface FormField {
  id: string;
  label: string;
  multiline?: boolean;
  optional?: boolean;
  maxLength?: number;
  placeholder?: string;
  /**
   * What the field starts with (the current text, when editing). Never longer than `maxLength`:
   * a value that doesn't fit is left out and the message says so, rather than cut.
   */
  value?: string;
}

/** A form (modal) the member fills in; submitting it comes back as a FormEvent with `formId`. */
export interface Form {
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
  /** Shown as a button that opens the form, where a platform needs one (Slack, Discord). */
  openLabel: string;
}

/** A file sent with a message, such as the digest's chart. Base64 so the outbox can store it. */
export interface Attachment {
  filename: string;
  contentType: 'image/png' | 'application/json';
  base64: string;
  /** Describes the picture for screen readers; the message text carries the same numbers. */
  altText: string;
}

export interface OutgoingMessage {
  visibility: Visibility;
  text: string;
  attachment?: Attachment;
  choices?: Choices[];
  form?: Form;
  /**
   * Replace the message whose button was just pressed (the answer is shown in place of the
   * question) instead of posting a new one. Adapters without editing post it anew.
   */
  replacesPrompt?: boolean;
  /**
   * What a push notification or lock screen shows instead of the text: a neutral line such as "A
   * message from peercircle", so a crisis is never spelled out on a locked phone. Adapters that
   * notify render the text where a preview doesn't reach (Slack blocks, a Discord embed).
   */
  preview?: string;
}

export const ephemeral = (text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  visibility: 'ephemeral',
  text,
  ...extra,
});

export const direct = (text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  visibility: 'direct',
  text,
  ...extra,
});
