/** Where claims are shared between processes (the project database). */
export interface SharedClaims {
  claim(key: string, at: Date): Promise<boolean>;
  expire(at: Date): Promise<number>;
}

/** Old claims are swept at most this often per process, by whichever claim comes next. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * Deliveries seen lately, so a platform's repeat is handled once: a Discord interaction can reach
 * two processes (a gateway resume, two processes on the same shard during a deploy). (Slack's
 * re-sends are recognised by the acknowledged-work record instead, see DurableWork.) The bot answers at once, so
 * a repeat is a duplicate and must not, say, send the crisis reply twice. The repeat may reach
 * another process, so the claim is an insert in the shared database; the bounded in-process set
 * only spares that round trip for repeats reaching the same process.
 */
export class SeenDeliveries {
  private readonly ids = new Set<string>();
  private lastSweep = 0;

  constructor(
    private readonly shared?: SharedClaims,
    private readonly now: () => Date = () => new Date(),
    private readonly capacity = 10_000,
    private readonly onFailure: (error: unknown) => void = () => {},
  ) {}

  /** True the first time an id is offered, in any process; false for a repeat. No id: always new. */
  async firstTime(id: unknown): Promise<boolean> {
    if (typeof id !== 'string' || id === '') return true;
    if (this.ids.has(id)) return false;
    this.remember(id);
    if (!this.shared) return true;
    const at = this.now();
    this.sweep(at);
    // Database trouble answers "new": a reply sent twice beats a crisis message never answered.
    return this.shared.claim(id, at).catch((error: unknown) => {
      this.onFailure(error);
      return true;
    });
  }

  private remember(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
  }

  /** Deletes expired claims in the background; a failure only delays the next sweep. */
  private sweep(at: Date): void {
    if (at.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = at.getTime();
    this.shared!.expire(at).catch(this.onFailure);
  }
}
