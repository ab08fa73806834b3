import { overlapOf } from './hours.js';
import type { PairingCandidate, PastMeeting } from './types.js';

/**
 * A recent repeat costs more than every soft preference of a whole matching together, so
 * minimising the total first minimises the number of repeats ("never a repeat within the window
 * when a repeat-free matching exists"), then the soft costs.
 */
export const REPEAT_COST = 1e7;
/** A member left without a group costs more than any number of repeats. */
export const LEFT_OUT_COST = 1e12;

/** What it costs to put two members (by index) together; Infinity when one asked not to be paired with the other. */
export class PairCosts {
  readonly n: number;
  /**
   * Who met whom, as one compact adjacency list (CSR): member i's partners are
   * partners[offsets[i] .. offsets[i + 1]), sorted, each with the rounds since they last met.
   * One pass over the history and no per-member maps, so building it stays linear at 100,000 members.
   */
  private readonly offsets: Int32Array;
  private readonly partners: Int32Array;
  private readonly ago: Int32Array;
  /** Only members who keep a "please don't pair me with" list have an entry. */
  private readonly avoided = new Map<number, Set<number>>();
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly groups: Int32Array;

  constructor(
    members: PairingCandidate[],
    history: PastMeeting[],
    avoid: [string, string][],
    private readonly repeatWindow: number,
    private readonly crossGroup: boolean,
  ) {
    this.n = members.length;
    const index = new Map(members.map((m, i) => [m.id, i]));
    ({ offsets: this.offsets, partners: this.partners, ago: this.ago } = adjacency(this.n, history, index));
    for (const [a, b] of avoid) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined) continue;
      // A boundary works both ways, and the other person is never told.
      this.avoidedBy(i, true)!.add(j);
      this.avoidedBy(j, true)!.add(i);
    }
    this.starts = Int32Array.from(members, (m) => m.hours.start);
    this.ends = Int32Array.from(members, (m) => m.hours.end);
    const groupIds = new Map<string, number>();
    this.groups = Int32Array.from(members, (m) => {
      if (m.group === null) return -1;
      if (!groupIds.has(m.group)) groupIds.set(m.group, groupIds.size);
      return groupIds.get(m.group)!;
    });
  }

  private avoidedBy(i: number, create = false): Set<number> | undefined {
    let set = this.avoided.get(i);
    if (set === undefined && create) this.avoided.set(i, (set = new Set()));
    return set;
  }

  /** Rounds since i and j last met, or undefined when they never have. */
  private roundsSinceMet(i: number, j: number): number | undefined {
    let low = this.offsets[i]!;
    let high = this.offsets[i + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const partner = this.partners[mid]!;
      if (partner === j) return this.ago[mid]!;
      if (partner < j) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  /** How many constraints bind a member: the most constrained are matched first. */
  constraintDegree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]! + 4 * (this.avoidedBy(i)?.size ?? 0);
  }

  isRepeat(i: number, j: number): boolean {
    const ago = this.roundsSinceMet(i, j);
    return ago !== undefined && ago <= this.repeatWindow;
  }

  cost(i: number, j: number): number {
    if (i === j || this.avoidedBy(i)?.has(j)) return Infinity;
    let cost = 0;
    const ago = this.roundsSinceMet(i, j);
    if (ago !== undefined) {
      // Within the window: a repeat, the more recent the worse. Beyond it: still prefer people
      // who have not met for longer.
      cost += ago <= this.repeatWindow ? REPEAT_COST + (1000 * (this.repeatWindow - ago + 1)) / this.repeatWindow : 10 + 50 / ago;
    }
    const hours = overlapOf(this.starts[i]!, this.ends[i]!, this.starts[j]!, this.ends[j]!) / 60;
    cost += 15 * Math.max(0, 4 - hours);
    if (this.crossGroup && this.groups[i]! >= 0 && this.groups[i] === this.groups[j]) cost += 40;
    return cost;
  }

  groupCost(group: number[]): number {
    let total = 0;
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) total += this.cost(group[x]!, group[y]!);
    return total;
  }

  repeatsIn(group: number[]): number {
    let count = 0;
    for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) if (this.isRepeat(group[x]!, group[y]!)) count++;
    return count;
  }
}

/** Builds the sorted, de-duplicated meeting lists; a pair met more than once keeps its latest meeting. */
function adjacency(n: number, history: PastMeeting[], index: Map<string, number>): { offsets: Int32Array; partners: Int32Array; ago: Int32Array } {
  // Ids are looked up once; everything after works on numbers.
  const from = new Int32Array(history.length);
  const to = new Int32Array(history.length);
  const when = new Int32Array(history.length);
  const degree = new Int32Array(n);
  let meetings = 0;
  for (const { a, b, roundsAgo } of history) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    from[meetings] = i;
    to[meetings] = j;
    when[meetings++] = roundsAgo;
    degree[i]!++;
    degree[j]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const partners = new Int32Array(start[n]!);
  const ago = new Int32Array(start[n]!);
  for (let m = 0; m < meetings; m++) {
    const i = from[m]!;
    const j = to[m]!;
    partners[fill[i]!] = j;
    ago[fill[i]!++] = when[m]!;
    partners[fill[j]!] = i;
    ago[fill[j]!++] = when[m]!;
  }
  // Sort each member's short list by partner (insertion sort: a few dozen entries), keep the most
  // recent meeting of each pair, and compact in place: a list never moves past where it started.
  const offsets = new Int32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    for (let e = from + 1; e < to; e++) {
      const partner = partners[e]!;
      const rounds = ago[e]!;
      let k = e - 1;
      while (k >= from && (partners[k]! > partner || (partners[k] === partner && ago[k]! > rounds))) {
        partners[k + 1] = partners[k]!;
        ago[k + 1] = ago[k]!;
        k--;
      }
      partners[k + 1] = partner;
      ago[k + 1] = rounds;
    }
    offsets[i] = out;
    for (let e = from; e < to; e++) {
      if (e > from && partners[e] === partners[e - 1]) continue;
      partners[out] = partners[e]!;
      ago[out++] = ago[e]!;
    }
  }
  offsets[n] = out;
  return { offsets, partners, ago };
}
