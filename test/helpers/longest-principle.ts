import { TOPIC_TEXT_LIMITS } from '../../src/content/community-topic-input.js';

/**
 * The longest principle an admin can save from a form: every field at its limit, the text in
 * paragraphs, and ten sources of the longest length. What renderers and modals must carry whole.
 */
export function longestPrinciple(): { title: string; summary: string; body: string; sources: string; aliases: string } {
  const paragraph = 'Listen first, and ask what the person wants from this conversation before offering anything. ';
  let body = '';
  while (body.length < TOPIC_TEXT_LIMITS.body) body += body.length % 900 < paragraph.length ? `\n\n${paragraph}` : paragraph;
  body = `${body.trim().slice(0, TOPIC_TEXT_LIMITS.body - 4).trimEnd()} end`.padEnd(TOPIC_TEXT_LIMITS.body, '.');
  const source = (n: number) => `Source ${n}: `.padEnd(TOPIC_TEXT_LIMITS.source, 'r');
  return {
    title: 'Listening '.repeat(10).slice(0, TOPIC_TEXT_LIMITS.title).trim().padEnd(TOPIC_TEXT_LIMITS.title, 'x'),
    summary: 'A summary. '.repeat(30).slice(0, TOPIC_TEXT_LIMITS.summary),
    body,
    sources: Array.from({ length: TOPIC_TEXT_LIMITS.sources }, (_, i) => source(i + 1)).join('\n'),
    aliases: Array.from({ length: TOPIC_TEXT_LIMITS.aliases }, (_, i) => `other name ${i}`.padEnd(TOPIC_TEXT_LIMITS.alias, 'z')).join(', '),
  };
}
