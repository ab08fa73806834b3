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
  /** Per member: partner index → rounds since they last met. */
  private readonly met: Map<number, number>[];
  private readonly avoided: Set<number>[];
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
    this.met = members.map(() => new Map());
    this.avoided = members.map(() => new Set());
    for (const { a, b, roundsAgo } of history) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined || i === j) continue;
      const earlier = this.met[i]!.get(j);
      if (earlier === undefined || roundsAgo < earlier) {
        this.met[i]!.set(j, roundsAgo);
        this.met[j]!.set(i, roundsAgo);
      }
    }
    for (const [a, b] of avoid) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined) continue;
      // A boundary works both ways, and the other person is never told.
      this.avoided[i]!.add(j);
      this.avoided[j]!.add(i);
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

  /** How many constraints bind a member: the most constrained are matched first. */
  constraintDegree(i: number): number {
    return this.met[i]!.size + 4 * this.avoided[i]!.size;
  }

  isRepeat(i: number, j: number): boolean {
    const ago = this.met[i]!.get(j);
    return ago !== undefined && ago <= this.repeatWindow;
  }

  cost(i: number, j: number): number {
    if (i === j || this.avoided[i]!.has(j)) return Infinity;
    let cost = 0;
    const ago = this.met[i]!.get(j);
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
