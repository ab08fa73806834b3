import type { CommandContext, Replies } from '../src/core/command.js';
import { auditAction } from '../src/core/audit.js';
import type { FormEvent } from '../src/core/events.js';
import { ephemeral, type Form, type FormField } from '../src/core/messages.js';
import { shortKey } from '../src/core/short-key.js';
import { communityTopics } from '../src/content/community-library.js';
import { readTopicForm, TOPIC_TEXT_LIMITS } from '../src/content/community-topic-input.js';
import { short } from '../src/domain/clock-time.js';
import type { OwnTopic } from '../src/storage/community-topics.js';
import { setTrainingNeed } from './community-training-need.js';

export const principlesUsage = [
  'community principles',
  'community principles add',
  'community principles edit <id>',
  'community principles retire <id>',
  'community principles restore <id>',
  'community principles training-need 5',
];

const ADD_FORM = 'community:principle-add';
/** What `/principle <word>` already answers with something else. */
const reservedIds = new Set(['today', 'of-the-day', 'daily']);
const EDIT_FORM = 'community:principle-edit';

function fields(): FormField[] {
  return [
    { id: 'title', label: 'Title', maxLength: TOPIC_TEXT_LIMITS.title, placeholder: 'Setting boundaries' },
    { id: 'summary', label: 'Summary, a sentence or two', multiline: true, maxLength: TOPIC_TEXT_LIMITS.summary },
    { id: 'body', label: 'Text members read', multiline: true, maxLength: TOPIC_TEXT_LIMITS.body },
    { id: 'sources', label: 'Sources, one per line', multiline: true, maxLength: SOURCES_FIELD_LENGTH, placeholder: 'A book, an article or a link' },
    { id: 'aliases', label: 'Other names, comma-separated', maxLength: 400, optional: true, placeholder: 'limits, saying no' },
  ];
}

/** What a platform's text box holds at most (Slack's is 3,000 characters): the sources field's limit. */
const SOURCES_FIELD_LENGTH = 3000;

/** A topic's current text as its form's fields hold it: sources one per line, other names comma-separated. */
const currentValues = (topic: OwnTopic): Record<string, string> => ({
  title: topic.title,
  summary: topic.summary,
  body: topic.body,
  sources: topic.sources.join('\n'),
  aliases: topic.aliases.join(', '),
});

const fieldNouns: Record<string, string> = { title: 'title', summary: 'summary', body: 'text', sources: 'list of sources', aliases: 'list of other names' };

/**
 * The edit form opens with the current text in every field. A text longer than its field holds is
 * never cut: that field starts empty, a blank one keeps what is there, and `tooLong` names it.
 */
function editFields(topic: OwnTopic): { fields: FormField[]; tooLong: { label: string; length: number; max: number }[] } {
  const current = currentValues(topic);
  const tooLong: { label: string; length: number; max: number }[] = [];
  const filled = fields().map((field): FormField => {
    const value = current[field.id] ?? '';
    if (field.maxLength === undefined || value.length <= field.maxLength) return value ? { ...field, value } : field;
    tooLong.push({ label: fieldNouns[field.id] ?? field.label.toLowerCase(), length: value.length, max: field.maxLength });
    return { ...field, label: `${field.label} (blank keeps it)`, optional: true };
  });
  return { fields: filled, tooLong };
}

const addForm: Form = { id: ADD_FORM, title: 'New principle', submitLabel: 'Save', openLabel: 'Add a principle', fields: fields() };
const editForm = (topic: OwnTopic): Form => ({
  id: `${EDIT_FORM}:${shortKey(topic.id)}`,
  title: 'Edit principle',
  submitLabel: 'Save',
  openLabel: `Edit ${topic.title}`,
  fields: editFields(topic).fields,
});

/** `/community principles …`: the community's own principles beside the built-in ones. Admins only (checked by /community). */
export async function principlesCommand(ctx: CommandContext, value: string): Replies {
  const [action = '', ...rest] = value.trim().split(/\s+/).filter(Boolean);
  const id = rest.join(' ').replace(/^\/+/, '').toLowerCase();
  switch (action.toLowerCase()) {
    case '':
    case 'list':
      return [await overview(ctx)];
    case 'add':
      return [ephemeral('A new principle for your community: a title, a sentence of summary, the text members read, and at least one source.', { form: addForm })];
    case 'edit':
      return edit(ctx, id);
    case 'retire':
    case 'hide':
      return retire(ctx, id);
    case 'restore':
    case 'unhide':
      return restore(ctx, id);
    case 'training-need':
      return [ephemeral(await setTrainingNeed(ctx, rest.join(' ')))];
    default:
      return [ephemeral(`I don't know "${short(action)}" for principles. You can:\n${principlesUsage.map((u) => `- \`/${u}\``).join('\n')}`)];
  }
}

/** A submitted add or edit form. */
export async function principleForm(ctx: CommandContext, event: FormEvent, [kind = '', key = '']: string[]): Replies {
  const { store, content } = ctx.services;
  const { own } = await communityTopics(content, store.communityTopics, ctx.community.id);
  const editing = kind === 'principle-edit' ? own.find((t) => shortKey(t.id) === key) : undefined;
  if (kind === 'principle-edit' && !editing) return [ephemeral('That principle is no longer there to edit. `/community principles` lists what there is.')];
  const read = readTopicForm(event.values, editing);
  const again = editing ? editForm(editing) : addForm;
  if (!read.ok) return [ephemeral(`Nothing was saved yet. Please fix this and send it again:\n${read.error}`, { form: again })];
  const { id, text } = read.value;

  if (editing) {
    // The id stays what members already type, even when the title changes.
    await store.communityTopics.update(ctx.community.id, editing.id, text);
    await auditAction(ctx, 'principle.edit', { topic: editing.id, changed: changedFields(editing, text).join(',') || 'nothing' });
    return [ephemeral(`Saved. Members see the new text at \`/principle ${editing.id}\`.`)];
  }
  if (content.topic(id)) {
    return [ephemeral(`There is already a built-in principle called \`${id}\`. Give yours another title, or hide the built-in one first (\`/community principles retire ${id}\`) and name yours differently.`, { form: addForm })];
  }
  if (content.exercise(id) || reservedIds.has(id)) {
    return [ephemeral(`\`/principle ${id}\` already means something else, so members couldn't open a principle by that name. Please give yours another title.`, { form: addForm })];
  }
  if (!(await store.communityTopics.add(ctx.community.id, id, text))) {
    const existing = own.find((t) => t.id === id);
    const hint = existing?.retiredAt ? `It is retired; \`/community principles restore ${id}\` brings it back.` : `Change it with \`/community principles edit ${id}\`.`;
    return [ephemeral(`Your community already has a principle called \`${id}\`. ${hint}`)];
  }
  await auditAction(ctx, 'principle.add', { topic: id, sources: text.sources.length, length: text.body.length });
  return [ephemeral(`Added **${text.title}**. Members find it with \`/principle ${id}\`, beside the built-in principles.`)];
}

async function overview(ctx: CommandContext) {
  const { store, content } = ctx.services;
  const { own, hidden } = await communityTopics(content, store.communityTopics, ctx.community.id);
  const active = own.filter((t) => !t.retiredAt);
  const retired = own.filter((t) => t.retiredAt);
  const builtIn = content.topics.filter((t) => !hidden.has(t.id)).map((t) => `\`${t.id}\``);
  const lines = [
    "**Your community's own principles**",
    ...(active.length > 0 ? active.map((t) => `- \`${t.id}\`: ${t.title}`) : ['- none yet']),
    ...(retired.length > 0 ? ['', '**Retired** (members no longer see these)', ...retired.map((t) => `- \`${t.id}\`: ${t.title}`)] : []),
    '',
    `**Built-in principles** (${builtIn.length}): ${builtIn.join(', ') || 'all hidden'}`,
    ...(hidden.size > 0 ? [`**Hidden from your members**: ${[...hidden].sort().map((id) => `\`${id}\``).join(', ')}`] : []),
    '',
    'Add one with the button, or type `/community principles add`. Change one with `edit <id>`, take it away with `retire <id>` (kept, and `restore <id>` brings it back); built-in ones can be hidden the same way.',
  ];
  return ephemeral(lines.join('\n'), { form: addForm });
}

async function edit(ctx: CommandContext, id: string): Replies {
  const { store, content } = ctx.services;
  const { own } = await communityTopics(content, store.communityTopics, ctx.community.id);
  const topic = own.find((t) => t.id === id);
  if (!topic) {
    if (content.topic(id)) return [ephemeral(`\`${id}\` is built in, so it can't be edited here. You can hide it (\`/community principles retire ${id}\`) and add your own version.`)];
    return [notFound(id)];
  }
  const { tooLong } = editFields(topic);
  const current = [
    `**Editing ${topic.title}** (\`${topic.id}\`). The form starts with what is there now: change what you want and save. The id members type stays the same.`,
    ...tooLong.map(
      ({ label, length, max }) =>
        `\nThe ${label} is ${length.toLocaleString('en')} characters, more than the form's box holds (${max.toLocaleString('en')}), so I left that box empty rather than cut it: leave it blank to keep it as it is, or write a shorter one. To keep a longer text, your operator can add this principle as a content file (\`CONTENT_DIR\`, see the README), where there is no such limit.`,
    ),
    '',
    `_Summary_: ${topic.summary}`,
    '',
    topic.body,
    '',
    '_Sources_',
    ...topic.sources.map((s) => `- ${s}`),
  ];
  return [ephemeral(current.join('\n'), { form: editForm(topic) })];
}

async function retire(ctx: CommandContext, id: string): Replies {
  const { store, content, now } = ctx.services;
  const { own, hidden } = await communityTopics(content, store.communityTopics, ctx.community.id);
  const topic = own.find((t) => t.id === id);
  if (topic) {
    if (topic.retiredAt) return [ephemeral(`\`${id}\` is already retired. \`/community principles restore ${id}\` brings it back.`)];
    await store.communityTopics.setRetired(ctx.community.id, id, now());
    await auditAction(ctx, 'principle.retire', { topic: id });
    return [ephemeral(`Retired **${topic.title}**: members no longer see it. Its text is kept; \`/community principles restore ${id}\` brings it back.`)];
  }
  if (content.topic(id)) {
    if (hidden.has(id)) return [ephemeral(`\`${id}\` is already hidden from your members.`)];
    await store.communityTopics.hide(ctx.community.id, id, now());
    await auditAction(ctx, 'principle.retire', { topic: id, builtIn: true });
    return [ephemeral(`Hidden **${content.topic(id)!.title}** from your members. It stays built in; \`/community principles restore ${id}\` shows it again.`)];
  }
  return [notFound(id)];
}

async function restore(ctx: CommandContext, id: string): Replies {
  const { store, content } = ctx.services;
  const { own, hidden } = await communityTopics(content, store.communityTopics, ctx.community.id);
  const topic = own.find((t) => t.id === id);
  if (topic?.retiredAt) {
    await store.communityTopics.setRetired(ctx.community.id, id, null);
    await auditAction(ctx, 'principle.restore', { topic: id });
    return [ephemeral(`**${topic.title}** is back: members see it at \`/principle ${id}\`.`)];
  }
  if (hidden.has(id)) {
    await store.communityTopics.unhide(ctx.community.id, id);
    await auditAction(ctx, 'principle.restore', { topic: id, builtIn: true });
    return [ephemeral(`**${content.topic(id)?.title ?? id}** is shown to your members again.`)];
  }
  if (topic || content.topic(id)) return [ephemeral(`\`${id}\` isn't retired or hidden: members already see it.`)];
  return [notFound(id)];
}

function notFound(id: string) {
  const shown = id ? `"${short(id)}"` : 'that';
  return ephemeral(`I couldn't find a principle called ${shown}. \`/community principles\` lists them with their ids.`);
}

function changedFields(before: OwnTopic, after: Pick<OwnTopic, 'title' | 'summary' | 'body' | 'sources' | 'aliases'>): string[] {
  return (['title', 'summary', 'body', 'sources', 'aliases'] as const).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
