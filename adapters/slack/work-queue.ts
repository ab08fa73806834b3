/**
 * Work acknowledged to Slack and not yet done, run at most `concurrency` at a time. Under a burst
 * the rest wait in line, which costs nothing, instead of all interleaving on the event loop, where
 * they would delay the next request's acknowledgement (Slack allows 3 s). Nothing is dropped.
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  get size(): number {
    return this.waiting.length + this.running;
  }

  push(job: () => Promise<void>): void {
    this.waiting.push(job);
    this.pump();
  }

  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const job = this.waiting.shift();
      if (!job) break;
      this.running++;
      void job()
        .catch(this.onError)
        .finally(() => {
          this.running--;
          this.pump();
          if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        });
    }
  }
}
