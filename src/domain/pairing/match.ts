import { LEFT_OUT_COST, PairCosts } from './costs.js';
import { EXACT_LIMIT, exactGrouping, type Grouping } from './exact.js';
import { heuristicGrouping } from './heuristic.js';
import type { MatchInput, MatchResult, PairingCandidate } from './types.js';

/** Opted in and not paused on the round's date: a paused member is never matched. */
export function isEligible(member: PairingCandidate, roundDate: string): boolean {
  return member.optedIn && (member.pausedUntil === null || member.pausedUntil <= roundDate);
}

/** Restarts of the heuristic for mid-sized communities, bounded so a round stays well under a second. */
const restartsFor = (n: number) => Math.max(1, Math.min(24, Math.floor(6000 / Math.max(1, n))));

/**
 * Groups a round's members into pairs (and one trio for an odd count). Small communities are
 * solved exactly; larger ones by the heuristic with restarts, keeping the best by (left out,
 * repeats, cost).
 */
export function matchRound(input: MatchInput): MatchResult {
  const eligible = input.members.filter((m) => isEligible(m, input.roundDate));
  const skipped = input.members.filter((m) => !isEligible(m, input.roundDate)).map((m) => m.id);
  const costs = new PairCosts(eligible, input.history, input.avoid, input.repeatWindow, input.crossGroup);
  const indexes = eligible.map((_, i) => i);
  const best =
    eligible.length <= EXACT_LIMIT
      ? exactGrouping(costs, indexes)
      : bestOfRestarts(costs, indexes, (i) => eligible[i]!.hours.start, input.random, restartsFor(eligible.length));
  return {
    groups: best.groups.map((group) => group.map((i) => eligible[i]!.id)),
    unmatched: best.leftOut.map((i) => eligible[i]!.id),
    skipped,
    repeats: best.groups.reduce((s, group) => s + costs.repeatsIn(group), 0),
  };
}

/** The heuristic run `restarts` times from different random orders, keeping the best by (left out, repeats, cost). */
export function bestOfRestarts(costs: PairCosts, indexes: number[], hoursStart: (i: number) => number, random: () => number, restarts: number): Grouping {
  const score = (g: Grouping) => g.leftOut.length * LEFT_OUT_COST + g.groups.reduce((s, group) => s + costs.groupCost(group), 0);
  let best = heuristicGrouping(costs, indexes, hoursStart, random);
  let bestScore = score(best);
  for (let r = 1; r < restarts; r++) {
    const candidate = heuristicGrouping(costs, indexes, hoursStart, random);
    const candidateScore = score(candidate);
    if (candidateScore < bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best;
}
