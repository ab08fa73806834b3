import type { z } from 'zod';

/** An example line for each front-matter field, shown when it is missing or of the wrong kind. */
const examples: Record<string, string> = {
  id: 'id: team-rituals',
  title: 'title: Our team rituals',
  summary: 'summary: How we close a hard week together.',
  sources: 'sources:\n  - "Our team handbook, 2025"',
  tags: 'tags: [boundaries, self-care]',
  aliases: 'aliases: [rituals]',
  intro: 'intro: A few questions to look back on the week.',
  items: 'items:\n  - "What helped this week?"',
  outro: 'outro: Thank you for taking the time.',
  ideas: 'ideas:\n  - "A short walk outside"',
};

const kinds: Record<string, string> = { string: 'text', array: 'a list (one "- item" per line)', number: 'a number', object: 'a set of "key: value" lines' };

/**
 * A schema problem in words an author can act on: which field, what is wrong, what to write
 * instead. Messages the schema itself words (such as "cite at least one source") are kept as written.
 */
export function readableIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.') || 'the front-matter';
  const name = `"${field}"`;
  // The schema's own wording (such as 'kind is "suicide" or "violence"') already says what to do.
  if (!/^(Invalid|Too (big|small)|Unrecognized)/.test(issue.message)) return issue.path.length > 0 ? `${name}: ${issue.message}` : issue.message;
  const example = examples[String(issue.path[0])];
  const hint = example ? ` For example:\n      ${example.replace(/\n/g, '\n      ')}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const missing = /received undefined$/.test(issue.message);
      const kind = kinds[issue.expected] ?? issue.expected;
      return missing ? `${name} is missing: add it to the front-matter.${hint}` : `${name} should be ${kind}.${hint}`;
    }
    case 'too_big':
      return `${name} is too long: at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}.`;
    case 'too_small':
      return issue.origin === 'array' ? `${name} needs at least ${String(issue.minimum)} item(s).${hint}` : `${name} is empty: write at least ${String(issue.minimum)} character(s).`;
    case 'invalid_value':
      return `${name} should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}.`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove them.`;
    default:
      return `${name}: ${issue.message}.`;
  }
}
