import { LEFT_OUT_COST, type PairCosts } from './costs.js';

/** Above this many members the exact search is too slow for a chat reply (2^n states). */
export const EXACT_LIMIT = 14;

export interface Grouping {
  groups: number[][];
  leftOut: number[];
}

/**
 * The cheapest grouping into pairs and at most one trio, found exactly by dynamic programming over
 * subsets of still-ungrouped members. For small communities, where constraints are dense and a
 * heuristic could miss the one repeat-free matching.
 */
export function exactGrouping(costs: PairCosts, members: number[]): Grouping {
  const n = members.length;
  if (n > EXACT_LIMIT) throw new RangeError(`exactGrouping handles at most ${EXACT_LIMIT} members`);
  const full = (1 << n) - 1;
  const c = (x: number, y: number) => costs.cost(members[x]!, members[y]!);
  // best[trioUsed * 2^n + mask]: cheapest cost of grouping the members in `mask`.
  const size = 1 << n;
  const best = new Float64Array(2 * size).fill(NaN);
  const choice = new Int32Array(2 * size);
  const solve = (mask: number, trioUsed: number): number => {
    if (mask === 0) return 0;
    const key = trioUsed * size + mask;
    if (!Number.isNaN(best[key]!)) return best[key]!;
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    let value = LEFT_OUT_COST + solve(rest, trioUsed);
    let picked = -1;
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j))) continue;
      const cij = c(i, j);
      if (cij === Infinity) continue;
      const withPair = cij + solve(rest & ~(1 << j), trioUsed);
      if (withPair < value) {
        value = withPair;
        picked = j;
      }
      if (trioUsed) continue;
      for (let k = j + 1; k < n; k++) {
        if (!(rest & (1 << k))) continue;
        const cik = c(i, k);
        const cjk = c(j, k);
        if (cik === Infinity || cjk === Infinity) continue;
        const withTrio = cij + cik + cjk + solve(rest & ~(1 << j) & ~(1 << k), 1);
        if (withTrio < value) {
          value = withTrio;
          picked = n + j * n + k;
        }
      }
    }
    best[key] = value;
    choice[key] = picked;
    return value;
  };
  solve(full, 0);
  const groups: number[][] = [];
  const leftOut: number[] = [];
  let mask = full;
  let trioUsed = 0;
  while (mask !== 0) {
    const i = 31 - Math.clz32(mask & -mask);
    const picked = choice[trioUsed * size + mask]!;
    mask &= ~(1 << i);
    if (picked < 0) leftOut.push(members[i]!);
    else if (picked < n) {
      groups.push([members[i]!, members[picked]!]);
      mask &= ~(1 << picked);
    } else {
      const j = Math.floor((picked - n) / n);
      const k = (picked - n) % n;
      groups.push([members[i]!, members[j]!, members[k]!]);
      mask &= ~(1 << j) & ~(1 << k);
      trioUsed = 1;
    }
  }
  return { groups, leftOut };
}
