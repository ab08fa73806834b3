import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { parseFrontMatter } from '../../src/content/front-matter.js';
import { exerciseSchema, topicSchema } from '../../src/content/schemas.js';
import { parseConfig, secretNames, settings } from '../../src/config/env.js';
import { parseAuditDays, parseAuditView } from '../../src/core/audit-report.js';
import { parseCommandText } from '../../src/core/command-text.js';
import type { Result } from '../../src/core/result.js';
import { usageLines } from '../../src/core/router.js';
import { parseAnswer } from '../../src/domain/checkin-questions.js';
import { parseClockTime } from '../../src/domain/clock-time.js';
import { screenText } from '../../src/domain/crisis/screen.js';
import { localClockOf, localDateOf } from '../../src/domain/local-time.js';
import { parsePauseUntil } from '../../src/domain/pause.js';
import { parseQuietHours } from '../../src/domain/quiet-hours.js';
import { parseTimeZone, suggestTimeZones } from '../../src/domain/time-zone.js';
import { findTopic } from '../../src/domain/topic-search.js';
import { parseWeekdays } from '../../src/domain/weekdays.js';

/** Random and hostile text: any unicode, control characters, huge strings, pollution keys, injections. */
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      '{"__proto__":{"polluted":true}}',
      '\u0000\u0007\u001b[2J\u202e',
      '\ud800',
      '“boundaries”',
      "'; DROP TABLE members; --",
      '${process.exit(1)}',
      'x'.repeat(1_000_000),
      ' '.repeat(200_000),
      '9'.repeat(100_000),
      '-'.repeat(100_000),
      'mon-'.repeat(50_000),
      '1:'.repeat(100_000),
    ),
  },
);

/** A bad-input message tells the member what to type: an example, a command, or the range to use. */
const namesWhatToType = /like |`\/|Please (pick|give|name)|Use |from \d+ to \d+/;

function expectKindResult<T>(result: Result<T>): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error).toMatch(namesWhatToType);
    // The input is echoed shortened at most: a megabyte in never means a megabyte back.
    expect(result.error.length).toBeLessThan(400);
  }
}

const today = '2026-11-23';
const parsers: [string, (input: string) => Result<unknown>][] = [
  ['parseClockTime', parseClockTime],
  ['parseQuietHours', parseQuietHours],
  ['parseWeekdays', parseWeekdays],
  ['parsePauseUntil', (input) => parsePauseUntil(input, today)],
  ['parseTimeZone', parseTimeZone],
  ['parseAnswer', parseAnswer],
  ['parseAuditDays', parseAuditDays],
  ['parseAuditView', parseAuditView],
];

describe('every parser, with random and hostile input', () => {
  it.each(parsers)('GIVEN anything THEN %s returns a Result, never throws, and a refusal names what to type', (_name, parse) => {
    fc.assert(fc.property(hostile, (input) => expectKindResult(parse(input))), { numRuns: 300 });
  });

  it('GIVEN valid clock times, any spacing and case THEN they read back as the same HH:mm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', ' ', '  '), (h, m, pad) => {
        const text = `${pad}${h}:${String(m).padStart(2, '0')}${pad}`;
        expect(parseClockTime(text)).toEqual({ ok: true, value: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` });
      }),
    );
  });

  it('GIVEN any valid weekday list THEN the days come back sorted, unique, within 1..7', () => {
    const day = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'Monday', 'FRIDAY');
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 9 }), fc.constantFrom(',', ' ', ', ', ' and '), (days, sep) => {
        const result = parseWeekdays(days.join(sep));
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect([...new Set(result.value)].sort()).toEqual(result.value);
          for (const d of result.value) expect(d >= 1 && d <= 7).toBe(true);
        }
      }),
    );
  });

  it('GIVEN the findings of the last session THEN each is fixed', () => {
    expect(parseTimeZone('utc +2')).toMatchObject({ ok: false, error: expect.stringContaining('daylight saving') });
    expect(parseTimeZone('GMT - 5')).toMatchObject({ ok: false, error: expect.stringContaining('daylight saving') });
    expect(parseTimeZone('Mumbai')).toEqual({ ok: true, value: 'Asia/Kolkata' });
    expect(parseTimeZone('mumbay')).toMatchObject({ ok: false, error: expect.stringContaining('Did you mean Asia/Kolkata?') });
    expect(parseTimeZone('x'.repeat(1_000_000))).toMatchObject({ ok: false, error: expect.stringContaining('longer than any time zone name') });
    expect(localClockOf(new Date('2026-11-23T10:15:00Z'), 'Mars/Olympus')).toBe('10:15');
    expect(localDateOf(new Date('2026-11-23T10:15:00Z'), 'Mars/Olympus')).toBe('2026-11-23');
    expect(parsePauseUntil('0 days', today)).toMatchObject({ ok: false, error: expect.stringContaining('at least one day') });
    const topics = [{ id: 'boundaries', title: 'Boundaries', aliases: ['limits'], tags: [] }];
    expect(findTopic(topics, '“boundaries”').exact?.id).toBe('boundaries');
    expect(findTopic(topics, '‘limits’').exact?.id).toBe('boundaries');
  });

  it('GIVEN anything THEN time-zone suggestions, topic search and risk detection never throw and stay bounded', () => {
    const topics = [
      { id: 'boundaries', title: 'Boundaries', aliases: ['limits'], tags: ['self'] },
      { id: 'self-care', title: 'Self-care', aliases: [], tags: ['self'] },
    ];
    fc.assert(
      fc.property(hostile, (input) => {
        expect(suggestTimeZones(input).length).toBeLessThanOrEqual(10);
        expect(findTopic(topics, input).suggestions.length).toBeLessThanOrEqual(3);
        expect(['imminent', 'possible', 'harm-from-others', 'someone-else', null]).toContain(screenText(input).route);
      }),
      { numRuns: 300 },
    );
  });
});

describe('configuration from the environment', () => {
  const names = Object.keys(settings);
  const env = fc.dictionary(fc.oneof(fc.constantFrom(...names, '__proto__', 'constructor'), fc.string({ maxLength: 12 })), hostile, { maxKeys: 12 });

  it('GIVEN any environment THEN a Result; each problem names its variable and the expected form, never a secret value', () => {
    fc.assert(
      fc.property(env, (vars) => {
        const result = parseConfig(vars);
        if (result.ok) return;
        for (const line of result.error) {
          expect(names.some((name) => line.startsWith(`${name}: expected `))).toBe(true);
          for (const secret of secretNames) {
            const value = vars[secret];
            if (typeof value === 'string' && value.trim().length >= 8) expect(line).not.toContain(value.trim());
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('content front-matter', () => {
  const yamlValue = fc.oneof(hostile.filter((s) => s.length < 2000), fc.constantFrom('[a, b', '{', '&a [*a]', '*nothing', '!!js/function "x"', '- - -', '|'));
  const frontMatter = fc
    .array(fc.tuple(fc.constantFrom('id', 'title', 'summary', 'tags', 'aliases', 'sources', '__proto__', 'constructor', 'x'), yamlValue), { maxLength: 6 })
    .map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\nBody`);

  it('GIVEN any file text THEN a Result; each problem has the file, a line within the file and a message', () => {
    fc.assert(
      fc.property(fc.oneof(frontMatter, hostile.filter((s) => s.length < 5000)), fc.constantFrom(topicSchema, exerciseSchema), (text, schema) => {
        const result = parseFrontMatter('topic.md', text, schema);
        if (result.ok) return;
        expect(result.error.length).toBeGreaterThan(0);
        for (const problem of result.error) {
          expect(problem.file).toBe('topic.md');
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(text.split(/\r?\n/).length + 1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('GIVEN a YAML alias bomb or a prototype key THEN a problem with its line, not a crash or a polluted object', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', 'Body'].join('\n');
    const result = parseFrontMatter('bomb.md', bomb, topicSchema);
    expect(result.ok).toBe(false);
    const proto = parseFrontMatter('proto.md', '---\n__proto__:\n  polluted: true\nid: x\n---\n', topicSchema);
    expect(proto.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("every command's argument schema", () => {
  const optionRecord = (names: string[]) =>
    fc.dictionary(fc.constantFrom(...names, '__proto__', 'constructor', 'prototype'), hostile.filter((s) => s.length < 3000), { maxKeys: 4 });

  it.each(commands.map((c) => [c.name, c] as const))('GIVEN any typed text or platform options THEN /%s parses to data or a refusal that names what to type', (_name, command) => {
    fc.assert(
      fc.property(fc.oneof(hostile.map((text) => parseCommandText(command.options, text)), optionRecord(command.options.map((o) => o.name))), (raw) => {
        const parsed = command.args.safeParse(raw);
        if (!parsed.success) {
          const message = parsed.error.issues[0]?.message ?? '';
          expect(message.length).toBeGreaterThan(0);
          expect(message).not.toMatch(/^(Invalid input|Expected|Unrecognized)/); // zod's own words are not for members
        }
      }),
      { numRuns: 200 },
    );
    expect(usageLines(command)).toContain(`\`/${command.name}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
