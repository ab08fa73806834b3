import { SEEN_DELIVERY_TTL_MS } from '../../src/storage/slack-seen-deliveries.js';

/** Where claims are shared between processes (the project database). */
export interface SharedClaims {
  claim(key: string, at: Date): Promise<boolean>;
  expire(at: Date): Promise<number>;
}

/** Old claims are swept at most this often per process, by whichever claim comes next. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * Deliveries seen lately. Slack re-sends an Events API event it thinks went unanswered with the
 * same `event_id` (an interactive payload keeps its `trigger_id`); the bot acknowledges at once, so
 * a repeat is a duplicate and must not, say, send the crisis reply twice. Behind a load balancer the
 * repeat may reach another process, so the claim is an insert in the shared database; the bounded
 * in-process set only spares that round trip for repeats reaching the same process.
 */
export class SeenEvents {
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
    if (at.getTime() - this.lastSweep < Math.min(SWEEP_EVERY_MS, SEEN_DELIVERY_TTL_MS)) return;
    this.lastSweep = at.getTime();
    this.shared!.expire(at).catch(this.onFailure);
  }
}

/** The claim key of an Events API delivery; re-sends keep the `event_id`. */
export const eventKey = (body: unknown): string | undefined => {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id !== '' ? `event:${id}` : undefined;
};

/** The claim key of an interactive payload or slash command; a re-send keeps its `trigger_id`. */
export const triggerKey = (body: unknown): string | undefined => {
  const id = (body as { trigger_id?: unknown }).trigger_id;
  return typeof id === 'string' && id !== '' ? `trigger:${id}` : undefined;
};
