import type { PendingInput } from './render.js';

type EventBody =
  | { kind: 'command'; name: string; text: string }
  | { kind: 'choice'; actionId: string; value: string }
  | { kind: 'form'; formId: string; values: Record<string, string> }
  | { kind: 'message'; text: string };

/**
 * What one typed line means, given what the bot last asked: "/cmd args" is a command, a number
 * or letter picks a shown choice, other text fills the open form, and anything else is a message.
 */
export function readLine(line: string, pending: PendingInput): EventBody | null {
  const text = line.trim();
  if (text === '') return null;
  if (text.startsWith('/')) {
    const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    return { kind: 'command', name, text: rest };
  }
  const choice = pending.choices.find((c) => c.key === text.toLowerCase());
  if (choice) return { kind: 'choice', actionId: choice.actionId, value: choice.value };
  if (pending.form) {
    const [field] = pending.form.fields;
    return { kind: 'form', formId: pending.form.id, values: field ? { [field.id]: line.trim() } : {} };
  }
  return { kind: 'message', text };
}

