import { describe, expect, it } from 'vitest';
import { figuresLine, type Cell } from '../../../src/core/digest.js';
import { DEFAULT_CHECKIN_QUESTIONS } from '../../../src/domain/checkin-questions.js';
import type { Shown } from '../../../src/domain/digest/privacy.js';
import { averageTotals, exposedToInsiders, shareTotals } from '../../../src/domain/digest/insider-exposure.js';
import { weekFigures } from '../../../src/domain/digest/week-figures.js';
import { tallyWeek, type MemberWeek } from '../../../src/domain/digest/week-tally.js';
import { countsInDigests } from '../../../src/domain/digest/who-counts.js';

const figure = (shown: Shown<unknown>): Cell => (shown.shown ? String(shown.value) : { hidden: shown.reason });

const row = (memberId: string, energy: number[], lowDays = 0): MemberWeek => ({
  week: '2026-11-02',
  memberId,
  days: energy.length,
  lowDays,
  sums: { energy: { sum: energy.reduce((a, b) => a + b, 0), count: energy.length } },
});

describe('who counts in a digest', () => {
  it('GIVEN the roles a member has held THEN only one who was never a supervisor or admin counts', () => {
    expect(countsInDigests(['peer'])).toBe(true);
    expect(countsInDigests(['supervisor', 'peer'])).toBe(false);
    expect(countsInDigests(['peer', 'admin', 'peer'])).toBe(false);
  });
});

describe('figures checked against later insiders', () => {
  it('GIVEN three answers 1, 1 and 5 ("2.0–2.5") THEN whoever answered 5 would know the others: exposed', () => {
    const parts = [1, 1, 5].map((v) => ({ count: 1, total: v }));
    expect(averageTotals(7, 3)).toEqual({ min: 6, max: 7 });
    expect(exposedToInsiders(averageTotals(7, 3), [1, 5], parts)).toBe(true);
  });

  it('GIVEN five 4s and a 1 ("3.5–4.0") THEN no one is pinned even with everyone else known', () => {
    const parts = [4, 4, 4, 4, 4, 1].map((v) => ({ count: 1, total: v }));
    expect(exposedToInsiders(averageTotals(21, 6), [1, 5], parts)).toBe(false);
  });

  it('GIVEN three days, two heavy ("two thirds or more") THEN the light day’s owner would know the other two were heavy: exposed', () => {
    const days = [1, 1, 0].map((low) => ({ count: 1, total: low }));
    expect(shareTotals(2, 3)).toEqual({ min: 2, max: 3 });
    expect(exposedToInsiders(shareTotals(2, 3), [0, 1], days)).toBe(true);
  });

  it('GIVEN such a week THEN its tally withholds those figures and keeps the safe ones', () => {
    const exposing = tallyWeek('2026-11-02', [row('a', [1], 1), row('b', [1], 1), row('c', [5])], [], 3);
    expect(exposing.questions.energy!.exposed).toBe(true);
    expect(exposing.heavyShareExposed).toBe(true);
    const figures = weekFigures(exposing, DEFAULT_CHECKIN_QUESTIONS, 3);
    expect(figures.averages.energy).toEqual({ shown: false, reason: 'could-reveal-someone' });
    expect(figures.heavyDayShare).toEqual({ shown: false, reason: 'could-reveal-someone' });
    expect(figures.participants.shown).toBe(true);
    // Said in plain words, not as "not enough responses" (there were enough).
    expect(figuresLine([figure(figures.averages.energy!), '3.0–3.5'], ' → ')).toBe("hidden → 3.0–3.5 _(hidden: showing it could give away one person's answers)_");
    expect(figuresLine([figure(figures.heavyDayShare)], '')).toBe("_showing it could give away one person's answers_");
    expect(figuresLine([{ hidden: 'too-few' }, figure(figures.averages.energy!), '2'], ' → ')).toBe(
      "hidden → hidden → 2 _(hidden: not enough responses to show this; showing it could give away one person's answers)_",
    );

    const safe = tallyWeek('2026-11-02', ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, [4])).concat(row('f', [1], 1)), [], 6);
    expect(weekFigures(safe, DEFAULT_CHECKIN_QUESTIONS, 3).averages.energy).toEqual({ shown: true, value: { low: 3.5, high: 4 }, people: 6 });
  });

  it('GIVEN a week withdrawn THEN every figure says so', () => {
    const tally = { ...tallyWeek('2026-11-02', ['a', 'b', 'c'].map((id) => row(id, [4])), [], 3), withdrawn: true as const };
    const figures = weekFigures(tally, DEFAULT_CHECKIN_QUESTIONS, 3);
    expect(figures.participants).toEqual({ shown: false, reason: 'withdrawn' });
    expect(figures.averages.energy).toEqual({ shown: false, reason: 'withdrawn' });
  });
});
