import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { INPUT_LIMITS } from '../src/core/input-limits.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import type { Topic } from '../src/content/library.js';
import { COMMUNITY_ORIGIN, communityTopics } from '../src/content/community-library.js';
import { weekOf } from '../src/domain/digest/closed-weeks.js';
import { findTopic, principleOfTheDay } from '../src/domain/topic-search.js';
import { reflectionChoice, reflectionReplies, startReflection } from './reflection.js';

export const principle = defineCommand({
  name: 'principle',
  description: 'A refresher on a peer-support principle; no topic lists them all',
  usage: ['principle', 'principle boundaries', 'principle today', 'principle boundaries-reflection'],
  options: [{ name: 'topic', description: 'A topic, like boundaries or listening', autocomplete: 'topic' }],
  args: z.object({
    topic: z
      .string()
      .max(INPUT_LIMITS.topicQuery, `Topic names are short (${INPUT_LIMITS.topicQuery} characters at most), like "boundaries" or "self-care".`)
      .optional(),
  }),
  async run(ctx, { topic }) {
    const { content, store } = ctx.services;
    const { topics } = await communityTopics(content, store.communityTopics, ctx.community.id);
    if (!topic) return [topicList(ctx, topics)];
    const query = topic.trim().toLowerCase();
    if (query === 'today' || query === 'of-the-day' || query === 'daily') {
      return [await showTopic(ctx, principleOfTheDay(topics, ctx.today), 'Principle of the day: ')];
    }
    const [exerciseQuery, mode] = query.split(/\s+/);
    const exercise = content.exercise(exerciseQuery ?? '');
    if (exercise) return startReflection(ctx, exercise, mode === 'restart');

    const { exact, suggestions } = findTopic(topics, query);
    if (exact) return [await showTopic(ctx, exact)];
    const shown = topic.length > 40 ? `${topic.slice(0, 40)}…` : topic;
    if (suggestions.length === 0) {
      return [ephemeral(`I couldn't find a topic called "${shown}". Type \`/principle\` to see them all.`)];
    }
    const list = suggestions.map((s) => `- \`/principle ${s.id}\`: ${s.title}`).join('\n');
    return [ephemeral(`I couldn't find "${shown}" exactly. Did you mean one of these?\n${list}`)];
  },
  async onChoice(ctx, event, idParts) {
    if (idParts[0] === 'reflect') return reflectionChoice(ctx, event, idParts.slice(1));
    return reflectionReplies.expired();
  },
});

function topicList(ctx: CommandContext, topics: Topic[]): OutgoingMessage {
  const { content } = ctx.services;
  const today = principleOfTheDay(topics, ctx.today);
  const own = topics.filter((t) => t.origin === COMMUNITY_ORIGIN);
  const shared = topics.filter((t) => t.origin !== COMMUNITY_ORIGIN);
  const mistakes = shared.filter((t) => t.id.startsWith('mistake-'));
  const principles = shared.filter((t) => !t.id.startsWith('mistake-'));
  const line = (t: { id: string; title: string }) => `- \`${t.id}\`: ${t.title}`;
  return ephemeral(
    [
      '**Refreshers on peer-support principles.** Open one with `/principle <topic>`.',
      '',
      ...principles.map(line),
      ...(own.length > 0 ? ['', "**Your community's own principles**", ...own.map(line)] : []),
      ...(mistakes.length > 0 ? ['', '**Common mistakes, and how to avoid them**', ...mistakes.map(line)] : []),
      ...(content.exercises.length > 0
        ? ['', '**Private reflections** (your answers stay with you)', ...content.exercises.map(line)]
        : []),
      '',
      `Principle of the day: **${today.title}** (\`/principle today\`)`,
    ].join('\n'),
  );
}

async function showTopic(ctx: CommandContext, topic: Topic, prefix = ''): Promise<OutgoingMessage> {
  const { store } = ctx.services;
  await store.topicReaders.recordRead(ctx.community.id, topic.id, ctx.member.id, ctx.today, weekOf(ctx.today));
  const sources = topic.sources.map((s) => `- ${s}`).join('\n');
  return ephemeral(`**${prefix}${topic.title}**\n\n${topic.body}\n\n_Sources_\n${sources}`);
}
