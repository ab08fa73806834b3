import { parseFrontMatter } from '../src/content/front-matter.js';
import { topicSchema } from '../src/content/schemas.js';
import { parseCommandText } from '../src/core/command-text.js';
import { CommandRateLimiter } from '../src/core/rate-limit.js';
import { parseClockTime } from '../src/domain/clock-time.js';
import { screenText } from '../src/domain/crisis/screen.js';
import { parsePauseUntil } from '../src/domain/pause.js';
import { parseQuietHours } from '../src/domain/quiet-hours.js';
import { parseTimeZone, suggestTimeZones } from '../src/domain/time-zone.js';
import { findTopic } from '../src/domain/topic-search.js';
import { parseWeekdays } from '../src/domain/weekdays.js';

/**
 * Worst cases a hostile client can send: each parser on megabyte inputs of several shapes (the
 * slowest shape is reported), and the command rate limiter's cost per command.
 */
export function measureHostileInput(): void {
  const megabyte = 1_000_000;
  const shapes = ['x'.repeat(megabyte), ' '.repeat(megabyte), '9'.repeat(megabyte), 'mon-'.repeat(megabyte / 4), '1:'.repeat(megabyte / 2), 'a b '.repeat(megabyte / 4)];
  const topics = Array.from({ length: 30 }, (_, i) => ({ id: `topic-${i}`, title: `Topic ${i}`, aliases: [`alias-${i}`], tags: ['care'] }));
  const parsers: [string, (input: string) => unknown][] = [
    ['parseTimeZone', parseTimeZone],
    ['suggestTimeZones', (input) => suggestTimeZones(input)],
    ['parseClockTime', parseClockTime],
    ['parseQuietHours', parseQuietHours],
    ['parseWeekdays', parseWeekdays],
    ['parsePauseUntil', (input) => parsePauseUntil(input, '2026-11-23')],
    ['findTopic', (input) => findTopic(topics, input)],
    ['parseCommandText', (input) => parseCommandText([{ name: 'setting', description: '' }, { name: 'value', description: '' }], input)],
    ['screenText', screenText],
    ['parseFrontMatter', (input) => parseFrontMatter('bench.md', `---\nid: x\ntitle: ${input}\n---\n`, topicSchema)],
  ];
  const notes: Record<string, string> = {
    parseCommandText: '  (unreachable in the bot: command text over 1,000 characters is refused first)',
    screenText: '  (reads at most the input limit: longer text is cut before anything reads it)',
  };
  console.log('hostile input: slowest of 6 one-megabyte shapes per parser (target: under 50 ms each)');
  for (const [name, parse] of parsers) {
    let worst = 0;
    for (const input of shapes) {
      const started = performance.now();
      parse(input);
      worst = Math.max(worst, performance.now() - started);
    }
    console.log(`  ${name.padEnd(18)} ${worst.toFixed(1).padStart(8)} ms${notes[name] ?? ''}`);
  }
  const limiter = new CommandRateLimiter({ perMinute: 30, burst: 20, maxTracked: 50_000 });
  const commands = 1_000_000;
  const started = performance.now();
  for (let i = 0; i < commands; i++) limiter.take(`member-${i % 100_000}`, i);
  const elapsed = performance.now() - started;
  console.log(`  rate limiter: ${commands.toLocaleString('en-US')} commands from 100,000 members in ${elapsed.toFixed(0)} ms (${((elapsed / commands) * 1000).toFixed(2)} µs each), ${limiter.tracked.toLocaleString('en-US')} buckets held`);
}
