import type { Form, OutgoingMessage } from '../../src/core/messages.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { SLACK_LIMITS } from './limits.js';

/** Where forms too long for a button wait until opened: the project database, shared by every process. */
export interface FormShelf {
  saveForm(form: Form, now: Date): Promise<string>;
  formOf(key: string, now: Date): Promise<Form | undefined>;
}

/** What an open-form button carries: the form itself, or the key of a form kept on the shelf. */
export type FormButton = { form: Form } | { key: string };

const STORED = 'stored:';

/**
 * The value of the button that opens a form. A form fits in it whole (2,000 characters) unless its
 * fields start filled in with long text, such as a principle being edited: then the button carries
 * the key of the form kept on the shelf. Without a key (no shelf), such a form goes without its
 * starting values, and those fields become optional (a blank one keeps what is there).
 */
export function formButtonValue(form: Form, key?: string): string {
  const whole = JSON.stringify(form);
  if (whole.length <= SLACK_LIMITS.buttonValue) return whole;
  if (key) return `${STORED}${key}`;
  return JSON.stringify({ ...form, fields: form.fields.map(({ value, ...field }) => (value === undefined ? field : { ...field, optional: true })) });
}

/** Keys for the forms among these messages that are too long for a button, each kept on the shelf. */
export async function shelveLongForms(messages: OutgoingMessage[], shelf: FormShelf | undefined, now: Date): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  if (!shelf) return keys;
  for (const { form } of messages) {
    if (form && !keys.has(form.id) && JSON.stringify(form).length > SLACK_LIMITS.buttonValue) keys.set(form.id, await shelf.saveForm(form, now));
  }
  return keys;
}

/** Reads an open-form button's value: a form's JSON, or `stored:<key>`. */
export function parseFormButton(value: unknown): Result<FormButton> {
  if (typeof value !== 'string') return err('the form button carries no form');
  if (value.startsWith(STORED)) {
    const key = value.slice(STORED.length);
    return /^[\w-]{1,64}$/.test(key) ? ok({ key }) : err('the form button carries no form');
  }
  try {
    const form = JSON.parse(value) as unknown;
    if (!form || typeof form !== 'object' || typeof (form as Form).id !== 'string' || !Array.isArray((form as Form).fields)) return err('the form button carries no form');
    return ok({ form: form as Form });
  } catch {
    return err('the form button carries no form');
  }
}
