import type { CrisisRoute } from '../domain/crisis/screen.js';
import { routePriority } from '../domain/crisis/concepts.js';

/** One free message a member sent, kept only long enough to read the next ones beside it. */
interface Sent {
  text: string;
  at: number;
  /** The crisis route shown for it (read with the ones before it), or null. */
  shown: CrisisRoute | null;
}

export interface RecentMessagesOptions {
  /** How long a message is kept for reading beside the next: people send a thought in pieces, seconds to minutes apart. */
  windowMs?: number;
  /** How many earlier messages are read beside a new one. */
  keep?: number;
  /** How many members' messages are held at once; the least recently active are dropped first. */
  maxMembers?: number;
  /** The most of one message kept (its end: the newest words carry the next message's sense). */
  maxChars?: number;
}

/** What was sent shortly before a new message: the texts, oldest first, and the most urgent route already shown for them. */
export interface Earlier {
  texts: string[];
  shown: CrisisRoute | null;
}

/**
 * A member's last few free messages, held in this process's memory for a few minutes so that a disclosure sent in
 * pieces ("i'm so done" / "with all of it" / "pills are right here") is read whole. Never written anywhere and never
 * logged; bounded in members, messages and time. A message that reaches another process (another replica, a restart)
 * is read alone, as before.
 */
export class RecentMessages {
  private readonly windowMs: number;
  private readonly keep: number;
  private readonly maxMembers: number;
  private readonly maxChars: number;
  private readonly byMember = new Map<string, Sent[]>();

  constructor(options: RecentMessagesOptions = {}) {
    this.windowMs = options.windowMs ?? 5 * 60_000;
    this.keep = options.keep ?? 3;
    // At most 2,000 × 3 × 1,000 characters: a few megabytes, whatever members send.
    this.maxMembers = options.maxMembers ?? 2_000;
    this.maxChars = options.maxChars ?? 1_000;
  }

  /** The member's messages sent within the window before `at`. */
  before(member: string, at: number): Earlier {
    const kept = this.byMember.get(member)?.filter((sent) => at - sent.at <= this.windowMs && sent.at <= at) ?? [];
    return { texts: kept.map((sent) => sent.text), shown: mostUrgent(kept.map((sent) => sent.shown)) };
  }

  /** Keeps a message and the route shown for it; drops what fell out of the window and the least recently active member past the bound. */
  remember(member: string, text: string, at: number, shown: CrisisRoute | null): void {
    const kept = (this.byMember.get(member) ?? []).filter((sent) => at - sent.at <= this.windowMs);
    kept.push({ text: text.length > this.maxChars ? text.slice(-this.maxChars) : text, at, shown });
    // Re-inserted so the Map's order is least recently active first.
    this.byMember.delete(member);
    this.byMember.set(member, kept.slice(-this.keep));
    while (this.byMember.size > this.maxMembers) this.byMember.delete(this.byMember.keys().next().value!);
  }

  /** How many members have messages held (for tests and metrics). */
  get size(): number {
    return this.byMember.size;
  }
}

/** The most urgent of some routes, by the screen's priority. */
export function mostUrgent(routes: readonly (CrisisRoute | null)[]): CrisisRoute | null {
  return routePriority.find((route) => routes.includes(route)) ?? null;
}

/** True when `route` is more urgent than `than` (any route outranks none). */
export function outranks(route: CrisisRoute | null, than: CrisisRoute | null): boolean {
  if (route === null) return false;
  return than === null || routePriority.indexOf(route) < routePriority.indexOf(than);
}
