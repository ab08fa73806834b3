import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The longest id a member can type after `/principle` (the topic option's 100 characters). */
export const LONG_EXERCISE_ID = `${'reflection-'.repeat(9)}x`;
export const LONG_TOPIC_ID = 'everything-we-know';
export const REFLECTION_ITEMS = 60;

/**
 * A community's own content folder holding the worst an admin can write: a reflection with a
 * 100-character id and 60 long situations, and a 150,000-character topic. Removed by `dispose`.
 */
export function worstContentDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-worst-content-'));
  mkdirSync(path.join(dir, 'exercises'));
  mkdirSync(path.join(dir, 'topics'));
  const items = Array.from(
    { length: REFLECTION_ITEMS },
    (_, i) => `  - "Situation ${i + 1}: the person you support asks for something outside your role & you feel torn; ${'they explain why it matters to them, '.repeat(4)}and wait for you."`,
  );
  writeFileSync(
    path.join(dir, 'exercises', 'long.md'),
    [
      '---',
      `id: ${LONG_EXERCISE_ID}`,
      'title: A very long reflection',
      'summary: Sixty situations, each rated hard limit, soft limit or fine with you.',
      'sources:',
      '  - "Written for the platform-limits tests"',
      'intro: Sixty situations; rate each one.',
      'items:',
      ...items,
      'outro: Thank you for reflecting.',
      '---',
      '',
    ].join('\n'),
  );
  const paragraph = (i: number) =>
    i % 3 === 0
      ? `**Part ${i}: listening & boundaries**`
      : `Paragraph ${i}. A peer supporter shares lived experience with purpose, to build trust & hope, never to take over; when a conversation turns heavy, say so plainly and keep the person's choices in their hands <always>.`;
  const body: string[] = [];
  for (let i = 0; body.join('\n\n').length < 150_000; i++) body.push(paragraph(i));
  writeFileSync(
    path.join(dir, 'topics', `${LONG_TOPIC_ID}.md`),
    ['---', `id: ${LONG_TOPIC_ID}`, 'title: Everything we know', 'summary: All of it, at length.', 'sources:', '  - "Written for the platform-limits tests"', '---', '', body.join('\n\n'), ''].join('\n'),
  );
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
