/**
 * The core's small Markdown subset in Slack's mrkdwn: `**bold**` becomes `*bold*`, `- ` bullets
 * become `•`, and the three characters Slack treats as markup (&, <, >) are escaped so member-typed
 * text can never ping @channel or forge a link.
 */
export function toMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^- /gm, '• ');
}

/** Plain text for notifications and screen readers: the markers dropped. */
export function toPlain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1');
}

/** Slack caps a section's text at 3,000 characters: split on paragraph, then line, boundaries. */
export function splitForSections(text: string, limit = 3000): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current !== '') parts.push(current);
    // A single line longer than the limit is cut hard; real copy never has one.
    let rest = line;
    while (rest.length > limit) {
      parts.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    current = rest;
  }
  if (current !== '') parts.push(current);
  return parts.length > 0 ? parts : [' '];
}

/**
 * The core writes commands by their bare names (`/checkin`); in Slack they carry the app's prefix
 * (`/pc-checkin`), so every mention of a known command is rewritten to what the member can type.
 */
export function prefixCommands(text: string, names: ReadonlySet<string>, prefix: string): string {
  if (prefix === '') return text;
  return text.replace(/(^|[\s`(])\/([a-z][a-z-]*)/g, (whole, before: string, name: string) => (names.has(name) ? `${before}/${prefix}${name}` : whole));
}
