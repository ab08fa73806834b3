import { describe, expect, it } from 'vitest';
import { buildDigest, type MemberWeek } from '../../../src/domain/digest/build-digest.js';
import { guard } from '../../../src/domain/digest/privacy.js';
import { DEFAULT_CHECKIN_QUESTIONS } from '../../../src/domain/checkin-questions.js';

const people = (...ids: string[]) => new Set(ids);

describe('the minimum group size', () => {
  it('GIVEN k−1 people THEN the figure is not shown; GIVEN k THEN it is', () => {
    expect(guard(3.2, people('a', 'b', 'c', 'd'), undefined, 5)).toEqual({ shown: false, reason: 'too-few' });
    expect(guard(3.2, people('a', 'b', 'c', 'd', 'e'), undefined, 5)).toEqual({ shown: true, value: 3.2, people: 5 });
  });

  it('GIVEN a community that set k = 2 THEN the floor of 3 still applies', () => {
    expect(guard(1, people('a', 'b'), undefined, 2).shown).toBe(false);
    expect(guard(1, people('a', 'b', 'c'), undefined, 2).shown).toBe(true);
  });

  it('GIVEN this week is last week plus one person THEN it is withheld, because the difference would reveal them', () => {
    const last = people('a', 'b', 'c', 'd', 'e');
    expect(guard(2.8, people('a', 'b', 'c', 'd', 'e', 'f'), last, 5)).toEqual({ shown: false, reason: 'would-single-out' });
    expect(guard(2.8, people('a', 'b', 'c', 'd', 'e'), last, 5).shown).toBe(true); // the same group
    expect(guard(2.8, people('f', 'g', 'h', 'i', 'j'), last, 5).shown).toBe(true); // differs by 10
  });
});

describe('the weekly digest across four weeks (differencing attack)', () => {
  const week = (w: string, ids: string[], energy: number): MemberWeek[] =>
    ids.map((memberId) => ({ week: w, memberId, days: 1, lowDays: 0, sums: { energy: { sum: energy, count: 1 } } }));

  it('GIVEN five people in week one and the same five plus one in week two THEN week two’s averages are withheld', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    const rows = [...week('2026-11-02', five, 4), ...week('2026-11-09', [...five, 'f'], 3)];
    const digest = buildDigest(rows, ['2026-11-02', '2026-11-09'], DEFAULT_CHECKIN_QUESTIONS, 5, { from: '2026-11-02', to: '2026-11-16' });
    expect(digest.weeks[0]!.averages.energy).toEqual({ shown: true, value: 4, people: 5 });
    expect(digest.weeks[1]!.averages.energy).toEqual({ shown: false, reason: 'would-single-out' });
    expect(digest.weeks[1]!.participants.shown).toBe(false);
  });
});

describe('debrief pairings that met, in the digest', () => {
  const rows = (week: string, groups: number, metGroups: number, offset = 0) =>
    Array.from({ length: groups }, (_, g) =>
      [0, 1].map((m) => ({ week, groupId: `${week}-g${g}`, memberId: `p${offset + g * 2 + m}`, met: g < metGroups && m === 0 })),
    ).flat();

  it('GIVEN a week whose rounds held fewer than k people THEN the count is withheld; GIVEN enough THEN groups that met are counted once each', async () => {
    const { pairingsMetByWeek } = await import('../../../src/domain/digest/pairings-met.js');
    const result = pairingsMetByWeek([...rows('2026-11-16', 2, 1), ...rows('2026-11-23', 4, 3)], ['2026-11-16', '2026-11-23'], 5);
    expect(result[0]!.met).toEqual({ shown: false, reason: 'too-few' });
    expect(result[1]!.met).toEqual({ shown: true, value: 3, people: 8 });
  });
});
