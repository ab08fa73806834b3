import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by dashes, like "self-care"');
const sources = z.array(z.string().min(3)).min(1, 'cite at least one source');

export const topicSchema = z.object({
  id,
  title: z.string().min(1).max(80),
  summary: z.string().min(1).max(300),
  tags: z.array(z.string().min(1)).max(8).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  sources,
});

export const exerciseSchema = z.object({
  id,
  title: z.string().min(1).max(80),
  summary: z.string().min(1).max(300),
  sources,
  intro: z.string().min(1),
  items: z.array(z.string().min(5).max(300)).min(1),
  outro: z.string().min(1),
});

export const selfCareSchema = z.object({
  id: z.literal('self-care-ideas'),
  sources,
  ideas: z.array(z.string().min(5).max(200)).min(1),
});

export type TopicMeta = z.output<typeof topicSchema>;
export type ExerciseMeta = z.output<typeof exerciseSchema>;
