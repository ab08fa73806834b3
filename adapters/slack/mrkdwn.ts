import { splitText } from '../../src/core/split-text.js';
import { SLACK_LIMITS } from './limits.js';

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

/**
 * Slack caps a section's text at 3,000 characters: split at paragraph, line or word boundaries,
 * never inside an escaped entity (`&amp;`) or a marker (see splitText).
 */
export function splitForSections(text: string, limit = SLACK_LIMITS.sectionText): string[] {
  const parts = splitText(text, limit).filter((part) => part.trim() !== '');
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
