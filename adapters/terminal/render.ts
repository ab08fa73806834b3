import type { OutgoingMessage } from '../../src/core/messages.js';

/** What the member can answer next in the terminal: numbered choices and, at most, one form. */
export interface PendingInput {
  choices: { number: number; actionId: string; value: string }[];
  form?: { id: string; fields: { id: string; label: string }[] };
}

export const nothingPending: PendingInput = { choices: [] };

/** Plain text for a terminal: Markdown markers dropped, choices numbered across the whole reply. */
export function renderReplies(messages: OutgoingMessage[]): { text: string; pending: PendingInput } {
  const pending: PendingInput = { choices: [] };
  const blocks: string[] = [];
  for (const message of messages) {
    const lines = [plain(message.text)];
    for (const row of message.choices ?? []) {
      const numbered = row.options.map((option) => {
        const number = pending.choices.length + 1;
        pending.choices.push({ number, actionId: row.actionId, value: option.value });
        // A 1–5 scale reads "[1] [2] …", not "[1] 1 [2] 2 …".
        return option.label === String(number) ? `[${number}]` : `[${number}] ${option.label}`;
      });
      lines.push(`  ${numbered.join('  ')}`);
    }
    if (message.form) {
      pending.form = { id: message.form.id, fields: message.form.fields.map(({ id, label }) => ({ id, label })) };
      const first = message.form.fields[0];
      const orNumber = message.choices?.length ? ', or pick a number above' : '';
      if (first) lines.push(`  ✎ ${first.label}: type it and press Enter${orNumber}.`);
    }
    blocks.push(lines.join('\n'));
  }
  return { text: blocks.join('\n\n'), pending };
}

function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|[\s(])_(\S[^_]*?)_(?=[\s).,:;!?]|$)/gm, '$1$2');
}
