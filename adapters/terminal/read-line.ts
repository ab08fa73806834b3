import { fieldPrompt, type PendingInput } from './render.js';

type EventBody =
  | { kind: 'command'; name: string; text: string }
  | { kind: 'choice'; actionId: string; value: string }
  | { kind: 'form'; formId: string; values: Record<string, string> }
  | { kind: 'message'; text: string }
  /** One field of a longer form answered: the answers so far, and the line asking for the next. */
  | { kind: 'form-step'; values: Record<string, string>; prompt: string };

/**
 * What one typed line means, given what the bot last asked: "/cmd args" is a command, a number
 * or letter picks a shown choice, other text fills the open form, and anything else is a message.
 */
export function readLine(line: string, pending: PendingInput): EventBody | null {
  const text = line.trim();
  if (text === '') return pending.form ? keepValue(pending.form) : null;
  if (text.startsWith('/')) {
    const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    return { kind: 'command', name, text: rest };
  }
  const choice = pending.choices.find((c) => c.key === text.toLowerCase());
  if (choice) return { kind: 'choice', actionId: choice.actionId, value: choice.value };
  if (pending.form) {
    const { fields, values = {} } = pending.form;
    const index = Object.keys(values).length;
    const field = fields[index];
    if (!field) return { kind: 'form', formId: pending.form.id, values };
    // "-" empties an optional field; on a required one that holds a value it keeps the value, as Enter does.
    const answer = text === '-' ? (field.optional ? '' : (field.value ?? text)) : text;
    return nextStep(pending.form, { ...values, [field.id]: answer });
  }
  return { kind: 'message', text };
}

type OpenForm = NonNullable<PendingInput['form']>;

/**
 * Enter alone keeps what a field holds, leaves an optional empty field empty, and on a required
 * empty field is nothing (the question stays open).
 */
function keepValue(form: OpenForm): EventBody | null {
  const values = form.values ?? {};
  const field = form.fields[Object.keys(values).length];
  const kept = field?.value ?? (field?.optional ? '' : undefined);
  return field === undefined || kept === undefined ? null : nextStep(form, { ...values, [field.id]: kept });
}

function nextStep(form: OpenForm, filled: Record<string, string>): EventBody {
  const next = form.fields[Object.keys(filled).length];
  return next ? { kind: 'form-step', values: filled, prompt: fieldPrompt(next) } : { kind: 'form', formId: form.id, values: filled };
}

