import { REPEAT_COST, type PairCosts } from './costs.js';
import type { Grouping } from './exact.js';

/** Neighbours looked at on each side in working-hours order, and random others, per member. */
const NEAR = 8;
const RANDOM_PICKS = 8;
/** Other pairs tried for each costly pair in one improvement pass, and passes at most. */
const SWAP_TRIES = 24;
const MAX_PASSES = 6;

/**
 * A good grouping for large communities in near-linear time: greedy on the pair cost, most
 * constrained members first, candidates drawn from members with similar working hours plus random
 * ones; then local 2-opt swaps between pairs while they lower the cost; then leftovers are fixed
 * by re-pairing through a neighbouring pair, and one leftover joins a pair as the trio.
 */
export function heuristicGrouping(costs: PairCosts, members: number[], hoursStart: (i: number) => number, random: () => number): Grouping {
  const n = members.length;
  // Ring of members in order of their working hours (UTC), as a doubly linked list of the unmatched.
  const ring = [...members].sort((a, b) => hoursStart(a) - hoursStart(b) || a - b);
  const posOf = new Map<number, number>();
  ring.forEach((m, p) => posOf.set(m, p));
  const next = Int32Array.from(ring, (_, p) => (p + 1) % n);
  const prev = Int32Array.from(ring, (_, p) => (p - 1 + n) % n);
  const pool = [...members];
  const poolIndex = new Map<number, number>();
  pool.forEach((m, i) => poolIndex.set(m, i));
  const take = (m: number) => {
    const p = posOf.get(m)!;
    next[prev[p]!] = next[p]!;
    prev[next[p]!] = prev[p]!;
    const i = poolIndex.get(m)!;
    const last = pool.pop()!;
    if (last !== m) {
      pool[i] = last;
      poolIndex.set(last, i);
    }
    poolIndex.delete(m);
  };

  const order = shuffle([...members], random).sort((a, b) => costs.constraintDegree(b) - costs.constraintDegree(a));
  const pairs: [number, number][] = [];
  const leftovers: number[] = [];
  for (const v of order) {
    if (!poolIndex.has(v)) continue;
    take(v);
    if (pool.length === 0) {
      leftovers.push(v);
      continue;
    }
    let best = -1;
    let bestCost = Infinity;
    const consider = (u: number) => {
      const c = costs.cost(v, u);
      if (c < bestCost) {
        bestCost = c;
        best = u;
      }
    };
    const p = posOf.get(v)!;
    let forward = next[p]!;
    let backward = prev[p]!;
    for (let step = 0; step < NEAR && pool.length > 0; step++) {
      consider(ring[forward]!);
      consider(ring[backward]!);
      forward = next[forward]!;
      backward = prev[backward]!;
    }
    for (let r = 0; r < RANDOM_PICKS; r++) consider(pool[Math.floor(random() * pool.length)]!);
    if (bestCost >= REPEAT_COST) {
      // Nobody nearby is free of a repeat or a boundary: look at everyone still free.
      for (const u of pool) consider(u);
    }
    if (best < 0) {
      leftovers.push(v);
      continue;
    }
    take(best);
    pairs.push([v, best]);
  }

  improveBySwaps(costs, pairs, random);
  return settleLeftovers(costs, pairs, leftovers);
}

function improveBySwaps(costs: PairCosts, pairs: [number, number][], random: () => number): void {
  if (pairs.length < 2) return;
  const pairCost = pairs.map(([a, b]) => costs.cost(a, b));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = 0;
    for (let p = 0; p < pairs.length; p++) {
      if (pairCost[p] === 0) continue;
      for (let t = 0; t < SWAP_TRIES && pairCost[p]! > 0; t++) {
        // Half the tries with the next pairs (similar hours, as the greedy built them), half at random.
        const q = t % 2 === 0 ? (p + 1 + (t >> 1)) % pairs.length : Math.floor(random() * pairs.length);
        if (q === p) continue;
        const [a, b] = pairs[p]!;
        const [c, d] = pairs[q]!;
        const current = pairCost[p]! + pairCost[q]!;
        const ac = costs.cost(a, c);
        const bd = costs.cost(b, d);
        const ad = costs.cost(a, d);
        const bc = costs.cost(b, c);
        if (ac + bd < current - 1e-9 && ac + bd <= ad + bc) {
          pairs[p] = [a, c];
          pairs[q] = [b, d];
          pairCost[p] = ac;
          pairCost[q] = bd;
          improved++;
        } else if (ad + bc < current - 1e-9) {
          pairs[p] = [a, d];
          pairs[q] = [b, c];
          pairCost[p] = ad;
          pairCost[q] = bc;
          improved++;
        }
      }
    }
    if (improved === 0) break;
  }
}

function settleLeftovers(costs: PairCosts, pairs: [number, number][], leftovers: number[]): Grouping {
  // Two leftovers who cannot be together can often each take one member of an existing pair.
  for (let x = 0; x < leftovers.length; x++) {
    for (let y = x + 1; y < leftovers.length; y++) {
      const u = leftovers[x]!;
      const w = leftovers[y]!;
      let done = false;
      if (costs.cost(u, w) < Infinity) {
        pairs.push([u, w]);
        done = true;
      } else {
        for (let p = 0; p < pairs.length && !done; p++) {
          const [a, b] = pairs[p]!;
          if (costs.cost(u, a) + costs.cost(w, b) < Infinity) {
            pairs[p] = [u, a];
            pairs.push([w, b]);
            done = true;
          } else if (costs.cost(u, b) + costs.cost(w, a) < Infinity) {
            pairs[p] = [u, b];
            pairs.push([w, a]);
            done = true;
          }
        }
      }
      if (done) {
        leftovers.splice(y, 1);
        leftovers.splice(x, 1);
        x = -1;
        break;
      }
    }
  }
  const groups: number[][] = pairs.map((p) => [...p]);
  const leftOut: number[] = [];
  let trioMade = false;
  for (const u of leftovers) {
    if (trioMade) {
      leftOut.push(u);
      continue;
    }
    let best = -1;
    let bestCost = Infinity;
    for (let g = 0; g < groups.length; g++) {
      const [a, b] = groups[g]!;
      const c = costs.cost(u, a!) + costs.cost(u, b!);
      if (c < bestCost) {
        bestCost = c;
        best = g;
      }
    }
    if (best < 0) leftOut.push(u);
    else {
      groups[best]!.push(u);
      trioMade = true;
    }
  }
  return { groups, leftOut };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
