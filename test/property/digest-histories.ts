/**
 * Team histories for the digest differencing property tests: who joins, leaves and changes role,
 * their check-ins and support signals, the clock, and the outputs a supervisor asks for.
 */
import fc from 'fast-check';
import type { CheckinQuestion } from '../../src/domain/checkin-questions.js';
import { SIGNAL_LEVELS, type SignalLevel } from '../../src/domain/digest/week-tally.js';
import type { Role } from '../../src/domain/roles.js';

export const QUESTIONS: CheckinQuestion[] = [
  { id: 'energy', prompt: 'How is your energy today?', lowLabel: 'empty', highLabel: 'full', highIsHeavy: false },
  { id: 'stress', prompt: 'How stressed do you feel?', lowLabel: 'calm', highLabel: 'very', highIsHeavy: true },
];
export const START = new Date('2026-11-02T12:00:00Z'); // a Monday

// ---------------------------------------------------------------- histories

export type Event =
  | { kind: 'join'; member: number; role: Role }
  | { kind: 'leave'; member: number }
  | { kind: 'role'; member: number; role: Role }
  | { kind: 'checkin'; member: number; late: boolean; energy: number | null; stress: number | null }
  | { kind: 'signal'; member: number; level: SignalLevel; named: boolean }
  | { kind: 'wait'; hours: number }
  /** A whole day: each member in the pool answers (or not), then the clock moves on a day. */
  | { kind: 'day'; answers: ([number | null, number | null] | null)[] }
  | { kind: 'query'; output: 'digest' | 'scheduled' | 'csv' | 'json'; range: null | { fromWeeks: number; toWeeks: number } };

const POOL = 9;
const member = fc.integer({ min: 0, max: POOL - 1 });
const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 8 });
export const eventArb: fc.Arbitrary<Event> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('join' as const), member, role: fc.constantFrom('peer' as const, 'peer' as const, 'supervisor' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), member }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('role' as const), member, role: fc.constantFrom('peer' as const, 'supervisor' as const, 'admin' as const) }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('checkin' as const), member, late: fc.boolean(), energy: answer, stress: answer }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('signal' as const), member, level: fc.constantFrom(...SIGNAL_LEVELS), named: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 96 }) }) },
  {
    weight: 14,
    arbitrary: fc.record({
      kind: fc.constant('day' as const),
      answers: fc.array(fc.option(fc.tuple(answer, answer), { nil: null, freq: 4 }), { minLength: POOL, maxLength: POOL }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('query' as const),
      output: fc.constantFrom('digest' as const, 'scheduled' as const, 'csv' as const, 'json' as const),
      range: fc.option(fc.record({ fromWeeks: fc.integer({ min: 0, max: 8 }), toWeeks: fc.integer({ min: 0, max: 9 }) }), { nil: null }),
    }),
  },
);
/** Most of the pool joins first, so that weeks have enough people to show figures worth attacking. */
const opening = fc.array(fc.constantFrom('peer' as const, 'peer' as const, 'peer' as const, 'supervisor' as const), { minLength: POOL, maxLength: POOL });
/**
 * Promotions and demotions at any point of a history: to supervisor or admin, and back to peer, of
 * whoever is in that slot then (often someone who has been checking in while weeks were shown).
 */
const roleChanges = fc.array(
  fc.record({ at: fc.nat(), member, role: fc.constantFrom('peer' as const, 'supervisor' as const, 'admin' as const) }),
  { minLength: 0, maxLength: 4 },
);
const withRoleChanges = (events: Event[], changes: { at: number; member: number; role: Role }[]): Event[] => {
  const out = [...events];
  for (const c of changes) out.splice(c.at % (out.length + 1), 0, { kind: 'role', member: c.member, role: c.role });
  return out;
};
export const historyArb = fc
  .record({ k: fc.integer({ min: 3, max: 5 }), roles: opening, events: fc.array(eventArb, { minLength: 5, maxLength: 60 }), changes: roleChanges })
  .map(({ k, roles, events, changes }): History => ({
    k,
    events: [
      ...roles.map((role, member): Event => ({ kind: 'join', member, role })),
      ...withRoleChanges(events, changes),
      // And, once everything has closed, one last look at all of it.
      { kind: 'wait', hours: 24 * 8 },
      { kind: 'query', output: 'digest', range: null },
      { kind: 'query', output: 'csv', range: { fromWeeks: 0, toWeeks: 9 } },
    ],
  }));
export type History = { k: number; events: Event[] };

const dayArb = fc.record({
  kind: fc.constant('day' as const),
  answers: fc.array(fc.option(fc.tuple(answer, answer), { nil: null, freq: 3 }), { minLength: POOL, maxLength: POOL }),
});
/**
 * The case role changes are dangerous in: a small team's week is shown, then someone who counted
 * in it becomes a supervisor or admin (and perhaps goes back to peer), and the digests go on.
 */
export const promotionAfterShownArb = fc
  .record({
    k: fc.integer({ min: 3, max: 4 }),
    peers: fc.integer({ min: 3, max: 6 }),
    days: fc.array(dayArb, { minLength: 1, maxLength: 7 }),
    first: fc.constantFrom('digest' as const, 'scheduled' as const, 'csv' as const, 'json' as const),
    changes: fc.array(fc.record({ kind: fc.constant('role' as const), member: fc.integer({ min: 0, max: 5 }), role: fc.constantFrom('supervisor' as const, 'admin' as const, 'peer' as const) }), { minLength: 1, maxLength: 3 }),
    after: fc.array(eventArb, { minLength: 0, maxLength: 20 }),
  })
  .map(({ k, peers, days, first, changes, after }): History => ({
    k,
    events: [
      ...Array.from({ length: peers }, (_, member): Event => ({ kind: 'join', member, role: 'peer' })),
      { kind: 'join', member: POOL - 1, role: 'supervisor' },
      ...days,
      { kind: 'wait', hours: 24 * 8 },
      { kind: 'query', output: first, range: null },
      ...changes,
      ...after,
      { kind: 'wait', hours: 24 * 8 },
      { kind: 'query', output: 'digest', range: null },
      { kind: 'query', output: 'csv', range: { fromWeeks: 0, toWeeks: 9 } },
    ],
  }));

/** A history's events as single steps: a day becomes each member's check-in, then a day's wait. */
export function steps(events: readonly Event[]): Event[] {
  return events.flatMap((e): Event[] =>
    e.kind === 'day'
      ? [
          ...e.answers.flatMap((a, member): Event[] => (a ? [{ kind: 'checkin', member, late: false, energy: a[0], stress: a[1] }] : [])),
          { kind: 'wait', hours: 24 },
        ]
      : [e],
  );
}
