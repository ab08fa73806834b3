import { describe, expect, it } from 'vitest';
import { evaluateHistory, slopePerDay, type ScoredDay } from '../../../src/domain/escalation/evaluate.js';

const days = (scores: number[], lastDate = '2026-11-23'): ScoredDay[] => {
  const last = Date.parse(`${lastDate}T00:00:00Z`);
  return scores.map((score, i) => ({ localDate: new Date(last - (scores.length - 1 - i) * 86_400_000).toISOString().slice(0, 10), score }));
};
const rules = (scores: number[]) => evaluateHistory(days(scores), '2026-11-23').map((s) => `${s.rule}:${s.level}`);

describe('burnout signals from a member’s own check-ins', () => {
  it('GIVEN steady good days THEN nothing', () => {
    expect(rules([4, 4.2, 3.8, 4, 4.4, 4])).toEqual([]);
  });

  it('GIVEN one check-in at the extreme end today THEN urgent', () => {
    expect(rules([4, 4, 1.2])).toEqual(['extreme-day:urgent']);
  });

  it('GIVEN an extreme day in the past but not today THEN not raised again today', () => {
    expect(rules([1.2, 4])).toEqual([]);
  });

  it('GIVEN three low check-ins in a row THEN reach out; two THEN not yet', () => {
    expect(rules([4, 2.4, 2.2, 2])).toEqual(['low-streak:reach_out']);
    expect(rules([4, 4, 2.2, 2])).toEqual([]);
  });

  it('GIVEN a slow decline over two weeks that never looks alarming on one day THEN watch', () => {
    const decline = [4.6, 4.4, 4.3, 4.1, 3.9, 3.8, 3.6, 3.4, 3.3, 3.1, 3.0, 2.9, 2.8, 2.7];
    expect(rules(decline)).toEqual(['declining-trend:watch']);
  });

  it('GIVEN too few check-ins to tell a trend THEN no trend signal', () => {
    expect(rules([4.5, 3.5, 2.6])).toEqual([]);
  });

  it('GIVEN a community that counts streaks from 5 days THEN 3 low days are not enough', () => {
    const signals = evaluateHistory(days([2, 2, 2]), '2026-11-23', { extremeScore: 1.4, lowStreakDays: 5, trendDays: 14, trendMinCheckins: 5, trendSlope: -0.1 });
    expect(signals).toEqual([]);
  });

  it('GIVEN a straight line THEN its slope', () => {
    expect(slopePerDay(days([1, 2, 3]))).toBeCloseTo(1);
    expect(slopePerDay(days([3]))).toBe(0);
  });
});
