/** A member or a channel as an admin types it after a command, on any platform. */
export type Reference = { kind: 'member'; id: string } | { kind: 'channel'; id: string } | { kind: 'bare'; id: string };

const patterns: [RegExp, Reference['kind']][] = [
  // Slack (escaped): <@U123|dana>, <#C123|crisis>; Discord: <@123>, <@!123>, <#123>.
  [/^<@!?([\w-]{1,80})(?:\|[^>]*)?>/, 'member'],
  [/^<#([\w-]{1,80})(?:\|[^>]*)?>/, 'channel'],
  // Typed by hand, as in the terminal: @dana, #crisis-team.
  [/^@([\w.-]{1,80})/, 'member'],
  [/^#([\w-]{1,80})/, 'channel'],
  [/^([\w.-]{1,80})(?=\s|$)/, 'bare'],
];

/**
 * Reads the reference at the start of `text` and returns it with the rest (e.g. a display label).
 * A bare word may be a member's id; the caller decides.
 */
export function parseReference(text: string): { reference: Reference; rest: string } | null {
  const trimmed = text.trim();
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(trimmed);
    if (match) return { reference: { kind, id: match[1]! }, rest: trimmed.slice(match[0].length).trim() };
  }
  return null;
}
