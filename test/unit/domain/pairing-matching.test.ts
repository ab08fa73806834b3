import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAwakeInstant } from '../../../src/domain/pairing/awake.js';
import { isRoundDate, nextRoundDate } from '../../../src/domain/pairing/cadence.js';
import { matchRound, overlapMinutes, workingHoursUtc, type MatchInput, type PairingCandidate, type PastMeeting } from '../../../src/domain/pairing/index.js';
import { PairCosts, REPEAT_COST } from '../../../src/domain/pairing/costs.js';

/** A seeded random source, so a failing case replays. */
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Earlier rounds as whole matchings of everyone, as real rounds would have been. */
function pastRounds(ids: string[], rounds: number, random: () => number): PastMeeting[] {
  const history: PastMeeting[] = [];
  for (let r = 1; r <= rounds; r++) {
    const order = shuffled(ids, random);
    for (let i = 0; i + 1 < order.length; i += 2) history.push({ a: order[i]!, b: order[i + 1]!, roundsAgo: r });
  }
  return history;
}

const community = fc.record({
  size: fc.integer({ min: 0, max: 13 }),
  seed: fc.integer({ min: 1, max: 1e9 }),
  rounds: fc.integer({ min: 0, max: 12 }),
  window: fc.integer({ min: 1, max: 8 }),
  avoidCount: fc.integer({ min: 0, max: 6 }),
  crossGroup: fc.boolean(),
  pausedShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
});

function generate(c: { size: number; seed: number; rounds: number; window: number; avoidCount: number; crossGroup: boolean; pausedShare: number }): MatchInput {
  const random = seeded(c.seed);
  const members: PairingCandidate[] = Array.from({ length: c.size }, (_, i) => ({
    id: `m${i}`,
    optedIn: random() > 0.1,
    pausedUntil: random() < c.pausedShare ? '2026-12-01' : random() < 0.2 ? '2026-11-01' : null,
    hours: workingHoursUtc(Math.round(random() * 24 - 12) * 60),
    group: random() < 0.5 ? 'newer' : random() < 0.8 ? 'experienced' : null,
  }));
  const ids = members.map((m) => m.id);
  const avoid: [string, string][] = [];
  for (let k = 0; k < c.avoidCount && ids.length > 1; k++) {
    const a = ids[Math.floor(random() * ids.length)]!;
    const b = ids[Math.floor(random() * ids.length)]!;
    if (a !== b) avoid.push([a, b]);
  }
  return { roundDate: '2026-11-23', members, history: pastRounds(ids, c.rounds, random), avoid, repeatWindow: c.window, crossGroup: c.crossGroup, random };
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const recent = (input: MatchInput) => new Set(input.history.filter((h) => h.roundsAgo <= input.repeatWindow).map((h) => key(h.a, h.b)));
const forbidden = (input: MatchInput) => new Set(input.avoid.map(([a, b]) => key(a, b)));
const edges = (group: string[]) => group.flatMap((a, i) => group.slice(i + 1).map((b) => key(a, b)));
const eligibleIds = (input: MatchInput) =>
  input.members.filter((m) => m.optedIn && (m.pausedUntil === null || m.pausedUntil <= input.roundDate)).map((m) => m.id);

/** Independent oracle: every grouping into pairs and at most one trio, by brute force. */
function bruteForce(ids: string[], allowed: (a: string, b: string) => boolean, isRepeat: (a: string, b: string) => boolean): { leftOut: number; repeats: number } {
  let best = { leftOut: Infinity, repeats: Infinity };
  const visit = (rest: string[], trioUsed: boolean, leftOut: number, repeats: number) => {
    if (leftOut > best.leftOut || (leftOut === best.leftOut && repeats >= best.repeats && rest.length === 0)) return;
    if (rest.length === 0) {
      if (leftOut < best.leftOut || repeats < best.repeats) best = { leftOut, repeats };
      return;
    }
    const [first, ...others] = rest as [string, ...string[]];
    visit(others, trioUsed, leftOut + 1, repeats);
    others.forEach((b, j) => {
      if (!allowed(first, b)) return;
      const left = others.filter((_, x) => x !== j);
      visit(left, trioUsed, leftOut, repeats + (isRepeat(first, b) ? 1 : 0));
      if (trioUsed) return;
      left.forEach((c, k) => {
        if (!allowed(first, c) || !allowed(b, c)) return;
        const r = [key(first, b), key(first, c), key(b, c)].filter((e) => isRepeat(...(e.split('|') as [string, string]))).length;
        visit(left.filter((_, x) => x !== k), true, leftOut, repeats + r);
      });
    });
  };
  visit(ids, false, 0, 0);
  return best;
}

describe('matching a pairing round, on generated communities and histories', () => {
  it('GIVEN any community THEN groups are pairs or one trio, nobody is with themselves or twice, and every eligible member is grouped or reported', () => {
    fc.assert(
      fc.property(community, (c) => {
        const input = generate(c);
        const result = matchRound(input);
        const grouped = result.groups.flat();
        expect(new Set(grouped).size).toBe(grouped.length);
        expect(result.groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
        expect(result.groups.filter((g) => g.length === 3).length).toBeLessThanOrEqual(1);
        expect([...grouped, ...result.unmatched].sort()).toEqual(eligibleIds(input).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN paused or opted-out members THEN they are never matched', () => {
    fc.assert(
      fc.property(community, (c) => {
        const input = generate(c);
        const result = matchRound(input);
        const away = new Set(input.members.filter((m) => !m.optedIn || (m.pausedUntil !== null && m.pausedUntil > input.roundDate)).map((m) => m.id));
        expect(result.groups.flat().some((id) => away.has(id))).toBe(false);
        expect(result.skipped.sort()).toEqual([...away].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN "please don\'t pair me with" lists THEN no group ever contains such a pair', () => {
    fc.assert(
      fc.property(community, (c) => {
        const input = generate({ ...c, avoidCount: c.avoidCount * 3 });
        const never = forbidden(input);
        expect(matchRound(input).groups.flatMap(edges).some((e) => never.has(e))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a small community THEN nobody is left out and no repeat happens unless no grouping at all avoids it (checked by brute force)', () => {
    fc.assert(
      fc.property(community.filter((c) => c.size <= 9), (c) => {
        const input = generate(c);
        const result = matchRound(input);
        const never = forbidden(input);
        const recentPairs = recent(input);
        const oracle = bruteForce(eligibleIds(input), (a, b) => !never.has(key(a, b)), (a, b) => recentPairs.has(key(a, b)));
        expect(result.unmatched.length).toBe(oracle.leftOut);
        expect(result.repeats).toBe(oracle.repeats);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN a larger community whose recent meetings leave everyone enough new partners THEN the round has no repeat and leaves nobody out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 80 }), fc.integer({ min: 1, max: 1e9 }), (size, seed) => {
        const random = seeded(seed);
        // Each member met at most `window` people recently, fewer than half the others: by Dirac's
        // theorem a repeat-free grouping exists.
        const window = Math.max(1, Math.floor(size / 2) - 3);
        const input = generate({ size, seed, rounds: window + 2, window, avoidCount: 0, crossGroup: random() < 0.5, pausedShare: 0 });
        input.members.forEach((m) => Object.assign(m, { optedIn: true, pausedUntil: null }));
        const result = matchRound(input);
        expect(result.unmatched).toEqual([]);
        expect(result.repeats).toBe(0);
        expect(result.groups.flat().sort()).toEqual(input.members.map((m) => m.id).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('GIVEN an odd count THEN exactly one trio; GIVEN two people who avoid each other THEN neither is paired and both are reported', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, optedIn: true, pausedUntil: null, hours: workingHoursUtc(0), group: null }));
    const odd = matchRound({ roundDate: '2026-11-23', members, history: [], avoid: [], repeatWindow: 3, crossGroup: false, random: seeded(1) });
    expect(odd.groups.map((g) => g.length).sort()).toEqual([2, 3]);
    const two = matchRound({ roundDate: '2026-11-23', members: members.slice(0, 2), history: [], avoid: [['a', 'b']], repeatWindow: 3, crossGroup: false, random: seeded(1) });
    expect(two).toMatchObject({ groups: [], unmatched: expect.arrayContaining(['a', 'b']) });
  });

  it('GIVEN a cross-group round THEN newer members are paired with experienced ones when the numbers allow', () => {
    const members = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, optedIn: true, pausedUntil: null, hours: workingHoursUtc(0), group: i % 2 === 0 ? 'newer' : 'experienced' }));
    const result = matchRound({ roundDate: '2026-11-23', members, history: [], avoid: [], repeatWindow: 3, crossGroup: true, random: seeded(7) });
    const groupOf = new Map(members.map((m) => [m.id, m.group]));
    expect(result.groups.every(([a, b]) => groupOf.get(a!) !== groupOf.get(b!))).toBe(true);
  });

  it('GIVEN members in far-apart time zones THEN pairs share working hours where possible', () => {
    const members = [0, 0, 9, 9, -8, -8].flatMap((h, i) => [{ id: `m${i}`, optedIn: true, pausedUntil: null, hours: workingHoursUtc(h * 60), group: null }]);
    const result = matchRound({ roundDate: '2026-11-23', members, history: [], avoid: [], repeatWindow: 3, crossGroup: false, random: seeded(3) });
    const pairsByZone = result.groups.map((g) => g.map((id) => Math.floor(Number(id.slice(1)) / 2)));
    expect(pairsByZone.every(([a, b]) => a === b)).toBe(true);
  });
});

describe('round dates', () => {
  it('GIVEN weekly, every two weeks, or monthly on Mondays THEN rounds fall on the right Mondays', () => {
    expect(isRoundDate('weekly', 1, '2026-11-23')).toBe(true);
    expect(isRoundDate('weekly', 1, '2026-11-24')).toBe(false);
    expect([isRoundDate('biweekly', 1, '2026-11-23'), isRoundDate('biweekly', 1, '2026-11-30')].filter(Boolean)).toHaveLength(1);
    expect(nextRoundDate('monthly', 1, '2026-11-24')).toBe('2026-12-07');
  });
});

describe('when a message to a pair may go out', () => {
  it('GIVEN one member in quiet hours until 07:00 in Tokyo THEN the pair hears at 07:00 Tokyo time; GIVEN no common awake time THEN at once', () => {
    const at = new Date('2026-11-22T20:00:00Z'); // 05:00 in Tokyo, 20:00 in London
    const tokyo = { zone: 'Asia/Tokyo', quiet: { start: '22:00', end: '07:00' } };
    const london = { zone: 'Europe/London', quiet: null };
    expect(firstAwakeInstant(at, [tokyo, london]).toISOString()).toBe('2026-11-22T22:00:00.000Z');
    const never = { zone: 'Europe/London', quiet: { start: '21:00', end: '20:00' } };
    const other = { zone: 'Europe/London', quiet: { start: '20:00', end: '21:00' } };
    expect(firstAwakeInstant(at, [never, other])).toEqual(at);
  });
});

describe('working hours across time zones', () => {
  it('GIVEN London and New York 09:00–17:00 THEN they share 3 hours; GIVEN London and Tokyo THEN none; GIVEN Sydney in summer (wrapping past midnight UTC) and Tokyo THEN 6 hours', () => {
    const london = workingHoursUtc(0);
    expect(overlapMinutes(london, workingHoursUtc(-5 * 60))).toBe(180);
    expect(overlapMinutes(london, workingHoursUtc(9 * 60))).toBe(0);
    expect(overlapMinutes(workingHoursUtc(11 * 60), workingHoursUtc(9 * 60))).toBe(6 * 60);
  });
});

describe('who met whom, as the costs see it', () => {
  const member = (id: string) => ({ id, optedIn: true, pausedUntil: null, hours: { start: 540, end: 1020 }, group: null });
  const members = ['a', 'b', 'c', 'd'].map(member);

  it('GIVEN a pair who met twice THEN the latest meeting counts, both ways, and strangers are no repeat', () => {
    const history = [
      { a: 'a', b: 'b', roundsAgo: 9 },
      { a: 'b', b: 'a', roundsAgo: 2 },
      { a: 'c', b: 'd', roundsAgo: 30 },
      { a: 'a', b: 'gone', roundsAgo: 1 },
    ];
    const costs = new PairCosts(members, history, [], 4, false);
    expect(costs.isRepeat(0, 1)).toBe(true);
    expect(costs.isRepeat(1, 0)).toBe(true);
    expect(costs.isRepeat(2, 3)).toBe(false);
    expect(costs.isRepeat(0, 2)).toBe(false);
    // Met beyond the window: not a repeat, but a little dearer than strangers.
    expect(costs.cost(2, 3)).toBeGreaterThan(costs.cost(0, 2));
    expect(costs.cost(0, 1)).toBeGreaterThanOrEqual(REPEAT_COST);
  });

  it('GIVEN a "please don\'t pair me with" entry THEN the pair is impossible both ways and only those two are bound by it', () => {
    const costs = new PairCosts(members, [], [['a', 'c']], 4, false);
    expect(costs.cost(0, 2)).toBe(Infinity);
    expect(costs.cost(2, 0)).toBe(Infinity);
    expect(costs.cost(0, 1)).toBeLessThan(Infinity);
    expect(costs.constraintDegree(0)).toBeGreaterThan(costs.constraintDegree(1));
  });
});
