import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Spaces sends evenly at `perSecond`, so the bot stays under a platform's rate limit instead of
 * bouncing off it: retry-after is the fallback, pacing is the plan.
 */
export class Pace {
  private next = 0;
  private readonly interval: number;

  constructor(perSecond: number) {
    this.interval = perSecond > 0 ? 1000 / perSecond : 0;
  }

  /** Resolves when the caller may send. */
  async turn(): Promise<void> {
    if (this.interval === 0) return;
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + this.interval;
    if (at > now) await sleep(at - now);
  }

  /** The platform said to wait: nobody sends before then. */
  holdFor(ms: number): void {
    this.next = Math.max(this.next, performance.now() + ms);
  }
}
