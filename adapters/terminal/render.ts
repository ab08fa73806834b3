import type { OutgoingMessage } from '../../src/core/messages.js';

/** What the member can answer next in the terminal: labelled choices and, at most, one form. */
export interface PendingInput {
  choices: { key: string; actionId: string; value: string }[];
  /** A form asks its fields one line at a time; `values` holds the answers given so far. */
  form?: { id: string; fields: PendingField[]; values?: Record<string, string> };
}

/** One field of a form as the terminal asks it; `value` is what it holds now (when editing). */
export interface PendingField {
  id: string;
  label: string;
  optional?: boolean;
  value?: string;
}

/** The line asking for one field of a form; a field with a value shows it, and Enter alone keeps it. */
export function fieldPrompt(field: Omit<PendingField, 'id'>, orChoice = ''): string {
  if (field.value) return `  ✎ ${field.label}, now "${glimpse(field.value)}": type a new one, or press Enter to keep it${field.optional ? ' ("-" leaves it empty)' : ''}${orChoice}.`;
  return `  ✎ ${field.label}: type it and press Enter${field.optional ? ' (Enter alone or "-" leaves it empty)' : ''}${orChoice}.`;
}

/** A long value's start on one line, so the prompt stays readable; the message above shows it whole. */
function glimpse(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? line : `${line.slice(0, 59).trimEnd()}…`;
}

export const nothingPending: PendingInput = { choices: [] };

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Plain text for a terminal: Markdown markers dropped, choices keyed for typing. The newest
 * question gets numbers (so a 1–5 scale is answered with 1–5); choices in earlier messages of the
 * same reply, such as the welcome's consent question, get letters.
 */
export function renderReplies(messages: OutgoingMessage[]): { text: string; pending: PendingInput } {
  const pending: PendingInput = { choices: [] };
  const newest = messages.findLastIndex((m) => (m.choices?.length ?? 0) > 0);
  let letter = 0;
  const blocks = messages.map((message, index) => {
    const lines = [plain(message.text)];
    let number = 0;
    for (const row of message.choices ?? []) {
      const keyed = row.options.map((option) => {
        const key = index === newest ? String(++number) : (letters[letter++] ?? '?');
        pending.choices.push({ key, actionId: row.actionId, value: option.value });
        // A 1–5 scale reads "[1] [2] …", not "[1] 1 [2] 2 …".
        return option.label === key ? `[${key}]` : `[${key}] ${option.label}`;
      });
      lines.push(`  ${keyed.join('  ')}`);
    }
    if (message.form) {
      const { fields } = message.form;
      pending.form = { id: message.form.id, fields: fields.map(({ id, label, optional, value }) => ({ id, label, ...(optional ? { optional } : {}), ...(value ? { value } : {}) })) };
      const first = fields[0];
      const orChoice = message.choices?.length ? ', or pick one above' : '';
      if (fields.length > 1) lines.push(`  ${message.form.title}: ${fields.length} answers, one line each. A command instead leaves it.`);
      if (first) lines.push(fieldPrompt(first, orChoice));
    }
    return lines.join('\n');
  });
  return { text: blocks.join('\n\n'), pending };
}

function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|[\s(])_(\S[^_]*?)_(?=[\s).,:;!?]|$)/gm, '$1$2');
}
