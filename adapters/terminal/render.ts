import type { OutgoingMessage } from '../../src/core/messages.js';

/** What the member can answer next in the terminal: labelled choices and, at most, one form. */
export interface PendingInput {
  choices: { key: string; actionId: string; value: string }[];
  form?: { id: string; fields: { id: string; label: string }[] };
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
      pending.form = { id: message.form.id, fields: message.form.fields.map(({ id, label }) => ({ id, label })) };
      const first = message.form.fields[0];
      const orChoice = message.choices?.length ? ', or pick one above' : '';
      if (first) lines.push(`  ✎ ${first.label}: type it and press Enter${orChoice}.`);
    }
    return lines.join('\n');
  });
  return { text: blocks.join('\n\n'), pending };
}

function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|[\s(])_(\S[^_]*?)_(?=[\s).,:;!?]|$)/gm, '$1$2');
}
