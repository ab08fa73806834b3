/** Who may be matched in a round, as the matcher sees them. Ids are opaque strings. */
export interface PairingCandidate {
  id: string;
  /** Opted into regular pairings. */
  optedIn: boolean;
  /** Pairings resume on this local date ("YYYY-MM-DD"); null when not paused. */
  pausedUntil: string | null;
  /** Working hours as minutes of the UTC day [start, end); may wrap past midnight. */
  hours: { start: number; end: number };
  /** The member attribute the admin set (e.g. "newer", "experienced"); null when unset. */
  group: string | null;
}

/** Two members met in an earlier round, `roundsAgo` rounds before this one (1 = the last round). */
export interface PastMeeting {
  a: string;
  b: string;
  roundsAgo: number;
}

export interface MatchInput {
  /** The round's local date: members paused until after it are left out. */
  roundDate: string;
  members: PairingCandidate[];
  history: PastMeeting[];
  /** "Please don't pair me with": one member's private list, as [member, avoided] pairs. Never crossed. */
  avoid: [string, string][];
  /** No repeat of a meeting within this many rounds, whenever a repeat-free matching exists. */
  repeatWindow: number;
  /** Prefer pairs whose `group` differs (a cross-group round). */
  crossGroup: boolean;
  random: () => number;
}

export interface MatchResult {
  /** Pairs, and at most one trio when the count is odd. */
  groups: string[][];
  /** Eligible members no allowed partner could be found for: they are told, never left out silently. */
  unmatched: string[];
  /** Members not in this round: opted out or paused. */
  skipped: string[];
  /** Meetings within the repeat window this matching could not avoid. */
  repeats: number;
}
