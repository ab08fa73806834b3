import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../../src/core/command-text.js';
import { DEFAULT_CHECKIN_QUESTIONS, checkinQuestionsSchema, parseAnswer } from '../../../src/domain/checkin-questions.js';
import { isLowDay, wellbeingScore } from '../../../src/domain/checkin-summary.js';
import { findTopic, principleOfTheDay } from '../../../src/domain/topic-search.js';

describe('check-in answers and the day score', () => {
  it('GIVEN "1" to "5" THEN accepted; anything else THEN "pick a number from 1 to 5"', () => {
    expect(parseAnswer(' 4 ')).toEqual({ ok: true, value: 4 });
    for (const bad of ['0', '6', '3.5', 'three', '', '1e0', '٣']) expect(parseAnswer(bad)).toEqual({ ok: false, error: 'Please pick a number from 1 to 5.' });
  });

  it('GIVEN heavy answers on stress and load THEN they count against the day, so a hard day scores low', () => {
    const hard = { energy: 1, stress: 5, load: 5, boundaries: 2, self: 1 };
    const good = { energy: 5, stress: 1, load: 1, boundaries: 5, self: 5 };
    expect(wellbeingScore(DEFAULT_CHECKIN_QUESTIONS, hard)).toBeCloseTo(1.2);
    expect(wellbeingScore(DEFAULT_CHECKIN_QUESTIONS, good)).toBe(5);
    expect(isLowDay(wellbeingScore(DEFAULT_CHECKIN_QUESTIONS, hard))).toBe(true);
    expect(isLowDay(wellbeingScore(DEFAULT_CHECKIN_QUESTIONS, good))).toBe(false);
  });

  it('GIVEN any answers THEN the score stays within 1..5 or is NaN when nothing was answered', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('energy', 'stress', 'load', 'boundaries', 'self', 'other'), fc.integer({ min: -5, max: 10 })), (answers) => {
        const score = wellbeingScore(DEFAULT_CHECKIN_QUESTIONS, answers);
        if (!Number.isNaN(score)) expect(score >= 1 && score <= 5).toBe(true);
      }),
    );
  });

  it('GIVEN a community\'s own questions with a duplicate id THEN rejected', () => {
    const q = { id: 'sleep', prompt: 'How did you sleep?', lowLabel: 'badly', highLabel: 'well' };
    expect(checkinQuestionsSchema.safeParse([q]).success).toBe(true);
    expect(checkinQuestionsSchema.safeParse([q, q]).success).toBe(false);
  });
});

describe('finding a refresher topic', () => {
  const topics = [
    { id: 'boundaries', title: 'Boundaries', aliases: ['limits'], tags: ['safety'] },
    { id: 'trauma-informed-care', title: 'Trauma-informed care', aliases: ['tic'], tags: ['trauma'] },
    { id: 'empowerment', title: 'Empowerment and the WRAP principles', aliases: ['wrap'], tags: ['hope'] },
    { id: 'listening', title: 'Listening', aliases: [], tags: ['skills'] },
  ];

  it.each([
    ['boundaries', 'boundaries'],
    ['Limits', 'boundaries'],
    ['/wrap', 'empowerment'],
    ['"Trauma informed care"', 'trauma-informed-care'],
  ])('GIVEN "%s" THEN the exact topic %s', (query, id) => {
    expect(findTopic(topics, query).exact?.id).toBe(id);
  });

  it.each([
    ['boundary', 'boundaries'],
    ['trauma', 'trauma-informed-care'],
    ['listen', 'listening'],
    ['hope', 'empowerment'],
  ])('GIVEN "%s" THEN %s is suggested first', (query, id) => {
    const found = findTopic(topics, query);
    expect(found.exact).toBeUndefined();
    expect(found.suggestions[0]?.id).toBe(id);
  });

  it('GIVEN nonsense THEN no suggestions', () => {
    expect(findTopic(topics, 'xyzzyplugh').suggestions).toEqual([]);
  });

  it('GIVEN consecutive days THEN the principle of the day changes and cycles through all topics', () => {
    const days = Array.from({ length: topics.length }, (_, i) => `2026-11-${String(20 + i).padStart(2, '0')}`);
    const picked = days.map((d) => principleOfTheDay(topics, d).id);
    expect(new Set(picked).size).toBe(topics.length);
    expect(principleOfTheDay(topics, '2026-11-20').id).toBe(principleOfTheDay(topics, '2026-11-20').id);
  });
});

describe('parseCommandText', () => {
  const options = [
    { name: 'setting', description: '' },
    { name: 'value', description: '' },
  ];
  it('GIVEN words THEN the last option takes the rest of the line', () => {
    expect(parseCommandText(options, 'quiet 22:00 to 07:00')).toEqual({ setting: 'quiet', value: '22:00 to 07:00' });
    expect(parseCommandText(options, '"time zone" Europe/London')).toEqual({ setting: 'time zone', value: 'Europe/London' });
    expect(parseCommandText(options, '')).toEqual({});
  });

  it('GIVEN any text THEN only known option names come back, as strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000 }), (text) => {
        const parsed = parseCommandText(options, text);
        expect(Object.keys(parsed).every((k) => k === 'setting' || k === 'value')).toBe(true);
        expect(Object.values(parsed).every((v) => typeof v === 'string')).toBe(true);
      }),
    );
  });
});
