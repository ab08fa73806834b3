import { topicSchema } from './schemas.js';
import { err, ok, type Result } from '../core/result.js';
import type { OwnTopicText } from '../storage/community-topics.js';

/**
 * How long each part of a principle written in chat may be. The body's 3,000 characters is what a
 * Slack modal's text box accepts (Discord's takes 4,000); title and summary are the content files'.
 */
export const TOPIC_TEXT_LIMITS = { title: 80, summary: 300, body: 3000, sources: 10, source: 250, aliases: 8, alias: 40 } as const;

/** A form's answers, as typed: sources one per line, other names separated by commas. */
export interface TopicFormValues {
  title?: string;
  summary?: string;
  body?: string;
  sources?: string;
  aliases?: string;
}

const lines = (text = '') => text.split(/\r?\n/).map((line) => line.replace(/^\s*[-*•]\s*/, '').trim()).filter(Boolean);
const commaList = (text = '') => text.split(/[,\n]/).map((part) => part.trim()).filter(Boolean);

/** "Setting Boundaries, Kindly!" → "setting-boundaries-kindly": the id members type after /principle. */
export function topicIdFor(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Checks a principle from a form the way content files are checked (the same schema), plus the
 * body's length, and says in one kind message everything to fix. On an edit, `current` fills a blank
 * title, summary, text or sources (the form leaves a box empty only when its text is too long to
 * show); other names are taken as sent, an emptied field meaning none.
 */
export function readTopicForm(values: TopicFormValues, current?: OwnTopicText): Result<{ id: string; text: OwnTopicText }, string> {
  const pick = (typed: string | undefined, kept: string | undefined) => (typed?.trim() ? typed.trim() : (kept ?? ''));
  const title = pick(values.title, current?.title).replace(/\s+/g, ' ');
  const summary = pick(values.summary, current?.summary).replace(/\s+/g, ' ');
  const body = pick(values.body, current?.body);
  const sources = values.sources?.trim() ? lines(values.sources) : (current?.sources ?? []);
  // The edit form starts with the other names filled in, so an emptied field means "none now".
  const aliases = values.aliases !== undefined || !current ? commaList(values.aliases).map((a) => a.toLowerCase()) : current.aliases;
  const id = topicIdFor(title);

  const problems: string[] = [];
  if (!title) problems.push('The title is empty: give the principle a short name, like "Setting boundaries".');
  else if (title.length > TOPIC_TEXT_LIMITS.title) problems.push(`The title is ${title.length} characters; please keep it to ${TOPIC_TEXT_LIMITS.title}.`);
  else if (!id) problems.push('The title needs some letters or numbers, so members can type its name.');
  if (!summary) problems.push('The summary is empty: one sentence on what the principle is about.');
  else if (summary.length > TOPIC_TEXT_LIMITS.summary) problems.push(`The summary is ${summary.length} characters; please keep it to ${TOPIC_TEXT_LIMITS.summary}, a sentence or two.`);
  if (!body) problems.push('The text is empty: write what members should read.');
  // A text kept as it was (saved before a limit changed, or from elsewhere) is not refused for its length.
  else if (body.length > TOPIC_TEXT_LIMITS.body && body !== current?.body) problems.push(`The text is ${body.length} characters; please keep it to ${TOPIC_TEXT_LIMITS.body} (link to a longer source instead).`);
  if (sources.length === 0) problems.push('Please cite at least one source, one per line (a book, an article or a link): every principle here says where it comes from.');
  else if (sources.length > TOPIC_TEXT_LIMITS.sources) problems.push(`There are ${sources.length} sources; please keep the ${TOPIC_TEXT_LIMITS.sources} that matter most.`);
  else if (sources.some((s) => s.length < 3 || s.length > TOPIC_TEXT_LIMITS.source)) problems.push(`Each source needs 3 to ${TOPIC_TEXT_LIMITS.source} characters, one per line.`);
  if (aliases.length > TOPIC_TEXT_LIMITS.aliases || aliases.some((a) => a.length > TOPIC_TEXT_LIMITS.alias)) {
    problems.push(`Please give at most ${TOPIC_TEXT_LIMITS.aliases} other names, each a word or two, separated by commas.`);
  }
  if (problems.length > 0) return err(problems.join('\n'));

  // The content files' own schema, so a principle from chat and one from a file meet the same rules.
  const checked = topicSchema.safeParse({ id, title, summary, aliases, sources });
  if (!checked.success) return err(checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return ok({ id, text: { title, summary, body, sources, aliases } });
}
