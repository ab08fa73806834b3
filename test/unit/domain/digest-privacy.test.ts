import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKIN_QUESTIONS } from '../../../src/domain/checkin-questions.js';
import { buildDigest } from '../../../src/domain/digest/build-digest.js';
import { closedWeeksBetween, lastClosedWeek, recentClosedWeeks } from '../../../src/domain/digest/closed-weeks.js';
import { withComplements } from '../../../src/domain/digest/complementary-suppression.js';
import { averageBand, countBand, shareBand } from '../../../src/domain/digest/precision.js';
import { atLeastK } from '../../../src/domain/digest/privacy.js';
import { supportSignals } from '../../../src/domain/digest/support-signals.js';
import { tallyWeek, type MemberWeek, type SignalRow } from '../../../src/domain/digest/week-tally.js';

describe('which weeks a digest may show', () => {
  it('GIVEN Thursday THEN the last week shown is the one that ended on Sunday, and this week is the open one', () => {
    const r = recentClosedWeeks(new Date('2026-11-26T12:00:00Z'), ['UTC']);
    expect(r.weeks).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(r.openWeek).toBe('2026-11-23');
  });

  it('GIVEN a member in Honolulu THEN the week stays open until Monday midnight there, ten hours after UTC', () => {
    expect(lastClosedWeek(new Date('2026-11-23T08:00:00Z'), ['UTC'])).toBe('2026-11-16');
    expect(lastClosedWeek(new Date('2026-11-23T08:00:00Z'), ['UTC', 'Pacific/Honolulu'])).toBe('2026-11-09');
    expect(lastClosedWeek(new Date('2026-11-23T10:00:00Z'), ['UTC', 'Pacific/Honolulu'])).toBe('2026-11-16');
  });

  it('GIVEN an export range reaching into the running week THEN it stops at the last closed week', () => {
    const r = closedWeeksBetween('2026-11-01', '2026-11-30', new Date('2026-11-26T12:00:00Z'), ['UTC']);
    expect(r.weeks).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(closedWeeksBetween('2026-11-24', '2026-11-30', new Date('2026-11-26T12:00:00Z'), ['UTC']).weeks).toEqual([]);
  });
});

describe('precision that cannot single out an answer', () => {
  it('GIVEN three 5s, or two 5s and a 4 THEN both read 4.5–5', () => {
    expect(averageBand(15, 3)).toEqual({ low: 4.5, high: 5 });
    expect(averageBand(14, 3)).toEqual({ low: 4.5, high: 5 });
    expect(averageBand(3, 3)).toEqual({ low: 1, high: 1.5 });
    expect(averageBand(4, 3)).toEqual({ low: 1, high: 1.5 });
  });

  it('GIVEN every day heavy, or all but one of three THEN both read "two thirds or more"; none and one read "up to a third"', () => {
    expect(shareBand(3, 3)).toBe('two thirds or more');
    expect(shareBand(2, 3)).toBe('two thirds or more');
    expect(shareBand(0, 3)).toBe('up to a third');
    expect(shareBand(1, 3)).toBe('up to a third');
  });

  it('GIVEN counts THEN they read as bands of five that never start below k', () => {
    expect(countBand(3, 3)).toEqual({ low: 3, high: 4 });
    expect(countBand(6, 5)).toEqual({ low: 5, high: 9 });
    expect(countBand(8, 7)).toEqual({ low: 7, high: 9 });
  });

  it('GIVEN k−1 people THEN a figure is withheld; GIVEN a community that set k = 2 THEN the floor of 3 applies', () => {
    expect(atLeastK(() => 1, 4, 5)).toEqual({ shown: false, reason: 'too-few' });
    expect(atLeastK(() => 1, 2, 2).shown).toBe(false);
    expect(atLeastK(() => 1, 3, 2).shown).toBe(true);
  });
});

describe('complementary suppression', () => {
  it('GIVEN one withheld part of a known total THEN the smallest shown part is withheld with it', () => {
    const parts = [
      { key: 'a', value: 2, withheld: true },
      { key: 'b', value: 9, withheld: false },
      { key: 'c', value: 6, withheld: false },
    ];
    expect([...withComplements(parts, true)].sort()).toEqual(['a', 'c']);
    expect([...withComplements(parts, false)]).toEqual(['a']);
  });
});

describe('support signals: counts only, never all or none', () => {
  const signals = (level: SignalRow['level'], n: number, named = 0): SignalRow[] =>
    Array.from({ length: n }, (_, i) => ({ memberId: `${level}${i}`, level, named: i < named }));

  it('GIVEN one urgent signal and six watch in a team of twenty THEN the urgent count is withheld and the watch count shows', () => {
    const t = tallyWeek('2026-11-16', [], [...signals('watch', 6), ...signals('urgent', 1)], 20);
    const s = supportSignals(t, 5);
    expect(s.urgent.shown).toBe(false);
    expect(s.watch.shown).toBe(true);
  });

  it('GIVEN six urgent signals in a team of eight THEN they are withheld: fewer than k had none', () => {
    const t = tallyWeek('2026-11-16', [], signals('urgent', 6), 8);
    expect(supportSignals(t, 5).urgent.shown).toBe(false);
  });

  it('GIVEN six urgent signals of which two were named THEN only four are anonymous: withheld', () => {
    const t = tallyWeek('2026-11-16', [], signals('urgent', 6, 2), 30);
    expect(supportSignals(t, 5).urgent.shown).toBe(false);
    expect(supportSignals(tallyWeek('2026-11-16', [], signals('urgent', 6), 30), 5).urgent).toMatchObject({ shown: true, value: { low: 5, high: 9 } });
  });
});

describe('the weekly digest from tallies', () => {
  const week = (w: string, ids: string[], energy: number): MemberWeek[] =>
    ids.map((memberId) => ({ week: w, memberId, days: 1, lowDays: 0, sums: { energy: { sum: energy, count: 1 } } }));

  it('GIVEN five people in one week and four the next THEN the first shows a range, the second nothing', () => {
    const rows = [...week('2026-11-02', ['a', 'b', 'c', 'd', 'e'], 4), ...week('2026-11-09', ['a', 'b', 'c', 'd'], 3)];
    const tallies = ['2026-11-02', '2026-11-09'].map((w) => tallyWeek(w, rows, [], 5));
    const digest = buildDigest(tallies, { weeks: ['2026-11-02', '2026-11-09'], from: '2026-11-02', to: '2026-11-16', openWeek: '2026-11-16' }, DEFAULT_CHECKIN_QUESTIONS, 5);
    expect(digest.weeks[0]!.averages.energy).toMatchObject({ shown: true, value: { low: 4, high: 4.5 } });
    expect(digest.weeks[0]!.participants).toMatchObject({ shown: true, value: { low: 5, high: 9 } });
    expect(digest.weeks[1]!.averages.energy).toEqual({ shown: false, reason: 'too-few' });
  });
});
