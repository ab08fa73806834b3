import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWeeks, weekOf } from '../../src/domain/digest/closed-weeks.js';
import { captureWeek, play, PureDigestSystem, type Captured, type DigestSystem, type Output } from './digest-attacker.js';
import { historyArb, promotionAfterShownArb, QUESTIONS, type Event, type History } from './digest-histories.js';
import type { Team } from './digest-team.js';

/**
 * Issue 14, leak C2, as a property: a supervisor issues any sequence of digests, weekly digests and
 * CSV/JSON exports over any ranges while members join, leave, are promoted or demoted at any time,
 * and check in, and tries to recover one member's answer. It never can. Set PROPERTY_SEED and
 * PROPERTY_RUNS to replay one seed or run longer.
 */
const seed = process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {};
const runs = (n: number) => Number(process.env.PROPERTY_RUNS ?? n);
describe('digests cannot be differenced (domain layer)', () => {
  it('GIVEN any history and any sequence of digests and exports THEN the attacker pins no member’s answer, heavy days or support signal', () => {
    let queries = 0;
    let figuresRead = 0;
    fc.assert(
      fc.property(historyArb, (history) => {
        const { outputs, found } = play(history);
        queries += outputs.length;
        figuresRead += outputs.reduce((n, o) => n + (o.text.match(/\d\.\d[–-]\d\.\d/g)?.length ?? 0), 0);
        expect(found).toEqual([]);
      }),
      { numRuns: runs(1000), ...seed },
    );
    // The histories did reach the digest: plenty of queries, and figures shown to attack.
    expect(queries).toBeGreaterThan(1000);
    expect(figuresRead).toBeGreaterThan(1000);
  }, 240_000);

  it('GIVEN a small team’s week is shown WHEN someone who counted in it becomes a supervisor or admin (and perhaps a peer again) THEN the attacker, knowing their answers, still pins nothing', () => {
    let figuresRead = 0;
    fc.assert(
      fc.property(promotionAfterShownArb, (history) => {
        const { outputs, found } = play(history);
        figuresRead += outputs.reduce((n, o) => n + (o.text.match(/\d\.\d[–-]\d\.\d|third/g)?.length ?? 0), 0);
        expect(found).toEqual([]);
      }),
      { numRuns: runs(1000), ...seed },
    );
    // Small weeks still show figures to attack: the insider check withholds only the revealing ones.
    expect(figuresRead).toBeGreaterThan(1000);
  }, 240_000);

  it('GIVEN any history, promotions and demotions included, THEN every output of a closed week states the same figures', () => {
    fc.assert(
      fc.property(fc.oneof(historyArb, promotionAfterShownArb), (history) => {
        const { outputs } = play(history);
        const byWeek = new Map<string, string>();
        for (const out of outputs.filter((o) => o.format === 'csv')) {
          for (const row of out.text.split('\n').slice(1)) {
            const week = row.split(',')[0]!;
            expect(byWeek.get(week) ?? row).toBe(row);
            byWeek.set(week, row);
          }
        }
      }),
      { numRuns: runs(300), ...seed },
    );
  }, 240_000);
});

/**
 * The attacker is not toothless: against the rules before issue 14 (the running week included,
 * recomputed on every query, averages to two decimals) it finds C2 at once.
 */
class PreIssue14System implements DigestSystem {
  readonly frozen = new Map<string, Captured>();
  query(team: Team, e: Event & { kind: 'query' }): Output {
    const week = weekOf(team.today());
    const weeks = [addWeeks(week, -1), week];
    const rows = weeks.map((w) => {
      const c = captureWeek(team, w);
      this.frozen.set(w, c);
      const avg = (q: string) => {
        const cell = c.tally.questions[q];
        return cell && cell.people >= 5 ? (Math.round((cell.sum / cell.count) * 100) / 100).toString() : 'not enough responses';
      };
      return [w, 'x', 'x', 'x', ...QUESTIONS.map((q) => avg(q.id)), 'x', 'x', 'x'].join(',');
    });
    const header = ['week', 'participants', 'checkin_days', 'heavy_day_share', ...QUESTIONS.map((q) => `avg_${q.id}`), 'signals_watch', 'signals_reach_out', 'signals_urgent'];
    return { text: [header.join(','), ...rows].join('\n'), format: 'csv', askedAt: e.kind === 'query' ? team.now : team.now };
  }
}

describe('the attacker, against the digest before issue 14', () => {
  it('GIVEN five members check in, an export, a sixth checks in, another export THEN it recovers the sixth member’s answers', () => {
    const history: History = {
      k: 5,
      events: [
        ...[0, 1, 2, 3, 4, 5].map((member): Event => ({ kind: 'join', member, role: 'peer' })),
        { kind: 'wait', hours: 48 },
        ...[0, 1, 2, 3, 4].map((member): Event => ({ kind: 'checkin', member, late: false, energy: 4, stress: 2 })),
        { kind: 'query', output: 'csv', range: null },
        { kind: 'checkin', member: 5, late: false, energy: 1, stress: 5 },
        { kind: 'query', output: 'csv', range: null },
      ],
    };
    const { found } = play(history, new PreIssue14System());
    expect(found).toContainEqual(expect.objectContaining({ member: 'm5g0', figure: 'q:energy', value: 1, how: 'difference of two outputs' }));
    expect(found).toContainEqual(expect.objectContaining({ member: 'm5g0', figure: 'q:stress', value: 5 }));
    // The same steps against today's rules: nothing.
    expect(play(history).found).toEqual([]);
  });
});

describe('the attacker, against digests that count by today’s role and trust a shown week to stay safe', () => {
  const history: History = {
    k: 3,
    events: [
      ...[0, 1, 2].map((member): Event => ({ kind: 'join', member, role: 'peer' })),
      { kind: 'join', member: 3, role: 'supervisor' },
      { kind: 'role', member: 3, role: 'peer' },
      { kind: 'checkin', member: 0, late: false, energy: 1, stress: 5 },
      { kind: 'checkin', member: 1, late: false, energy: 1, stress: 5 },
      { kind: 'checkin', member: 3, late: false, energy: 5, stress: 1 },
      { kind: 'wait', hours: 24 * 8 },
      { kind: 'query', output: 'csv', range: null },
      // And the other way round: a peer who counted in a shown week is promoted.
      { kind: 'checkin', member: 0, late: false, energy: 1, stress: 5 },
      { kind: 'checkin', member: 1, late: false, energy: 1, stress: 5 },
      { kind: 'checkin', member: 2, late: false, energy: 5, stress: 1 },
      { kind: 'wait', hours: 24 * 7 },
      { kind: 'query', output: 'csv', range: null },
      { kind: 'role', member: 2, role: 'admin' },
      { kind: 'query', output: 'csv', range: null },
    ],
  };

  it('GIVEN a demoted supervisor and a promoted peer, each inside a shown week of three THEN, without the rules of who-counts.ts, it pins the other two', () => {
    const byTodaysRole = new PureDigestSystem(3, { insiderCheck: false, counts: (m) => m.role === 'peer' });
    const found = play(history, byTodaysRole).found;
    expect(found).toContainEqual(expect.objectContaining({ member: 'm0g0', figure: 'q:energy', value: 1, week: '2026-11-02' }));
    expect(found).toContainEqual(expect.objectContaining({ member: 'm1g0', figure: 'q:stress', value: 5, week: '2026-11-09' }));
  });

  it('GIVEN the same history THEN the rules give it nothing', () => {
    expect(play(history).found).toEqual([]);
  });
});
