import { withComplements } from './complementary-suppression.js';
import { countBand, type Band } from './precision.js';
import { SIGNAL_LEVELS, type SignalLevel, type WeekTally } from './week-tally.js';
import type { Shown } from './privacy.js';

/**
 * Support signals in a closed week, by level, as counts of members only: no name is ever part of
 * a digest (named requests reach supervisors on their own, in /escalations).
 *
 * A level's count is shown only when
 * - the members with it whom supervisors were not told by name number at least k (a named member
 *   is known to the reader, so they hide nobody), and
 * - the peers with no signal at all number at least k, so no count can read "all of them";
 * and the levels with "no signal" add up to the team the reader knows, so a withheld level takes
 * another with it (complementary suppression). Shown counts are bands of five.
 */
export function supportSignals(tally: WeekTally, k: number): Record<SignalLevel, Shown<Band>> {
  const flagged = SIGNAL_LEVELS.reduce((n, l) => n + tally.signals[l].members, 0);
  const without = tally.peers - flagged;
  const parts = [
    ...SIGNAL_LEVELS.map((l) => ({
      key: l as string,
      value: tally.signals[l].members,
      withheld: without < k || tally.signals[l].members - tally.signals[l].named < k,
    })),
    // "No signal" is never printed, so it is always a withheld part.
    { key: 'none', value: without, withheld: true },
  ];
  const withheld = withComplements(parts, true);
  return Object.fromEntries(
    SIGNAL_LEVELS.map((l) => [
      l,
      withheld.has(l) ? { shown: false, reason: 'too-few' } : { shown: true, value: countBand(tally.signals[l].members, k), people: tally.signals[l].members },
    ]),
  ) as Record<SignalLevel, Shown<Band>>;
}
