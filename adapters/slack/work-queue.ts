import { performance } from 'node:perf_hooks';

/**
 * Whether this process's event loop has been busy lately (utilization over the last tenth of a
 * second above `threshold`). Sampled at most every 100 ms, so asking is cheap.
 */
export function eventLoopBusy(threshold = 0.8): () => boolean {
  let last = performance.eventLoopUtilization();
  let lastAt = performance.now();
  let busy = false;
  return () => {
    const now = performance.now();
    if (now - lastAt >= 100) {
      const current = performance.eventLoopUtilization();
      busy = performance.eventLoopUtilization(current, last).utilization > threshold;
      last = current;
      lastAt = now;
    }
    return busy;
  };
}

/**
 * Work acknowledged to Slack and not yet done. Up to `concurrency` jobs overlap, since most of a
 * job is waiting on the database and Slack; while the event loop is busy, one at a time, so the
 * next request's acknowledgement (Slack allows 3 s) is not stuck behind a burst's work. The rest
 * wait in line, which costs nothing; nothing is dropped.
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void,
    private readonly busy: () => boolean = eventLoopBusy(),
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
    const limit = this.busy() ? 1 : this.concurrency;
    while (this.running < limit) {
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
