import { Worker } from 'node:worker_threads';
import type { EventHandler } from './adapter.js';
import { JobLeftUndone } from './durable-work.js';
import type { FromJobThread, ToJobThread } from './job-thread-messages.js';
import type { Logger } from './logger.js';

export interface JobThreadOptions {
  /** The module the thread runs; it calls `serveJobs` (job-thread-worker.ts). */
  entry: URL;
  /** What the thread needs to build its own runtime (plain data: settings, where the database is). */
  workerData: unknown;
  logger: Logger;
  /** Wait before starting the thread again after it died: this, doubling to 30 s. Default 1 s. */
  restartMs?: number;
  /** How long `stop` lets the thread close before ending it. Default 10 s. */
  stopMs?: number;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that does acknowledged jobs (the core's handling, its database work, the
 * replies), so the thread that acknowledges only verifies, records and answers. Each job is posted
 * with what only memory holds (a token); if the thread dies, its jobs fail with `JobLeftUndone`,
 * go back to the database and are taken over after their lease, and a new thread is started.
 */
export class JobThread<Job> {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private handler: EventHandler | undefined;
  private stopping = false;
  private restartWait: number;

  constructor(private readonly options: JobThreadOptions) {
    this.restartWait = options.restartMs ?? 1000;
  }

  /**
   * Starts the thread (once) and resolves when it is ready for jobs; rejects with its reason if it
   * could not start. `handler` receives the counts of events the thread handled.
   */
  start(handler?: EventHandler): Promise<void> {
    if (handler) this.handler = handler;
    this.stopping = false;
    this.ready ??= this.spawn();
    return this.ready.then(() => {});
  }

  /** Whether a thread is up and ready for jobs now (not starting, restarting or stopped). */
  get live(): boolean {
    return this.worker !== undefined && !this.stopping;
  }

  /** Does the job on the thread; waits while the thread is (re)starting. */
  async run(job: Job): Promise<void> {
    if (!this.ready) throw new JobLeftUndone('the job thread is not running');
    const worker = await this.ready.catch(() => {
      throw new JobLeftUndone('the job thread could not start');
    });
    return new Promise<void>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'job', id, job } satisfies ToJobThread<Job>);
    });
  }

  /** Asks the thread to finish its jobs and close its database connections; ends it if it takes too long. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker ?? (await this.ready?.catch(() => undefined));
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'stop' } satisfies ToJobThread<Job>);
    const timer = setTimeout(() => void worker.terminate(), this.options.stopMs ?? 10_000);
    await exited;
    clearTimeout(timer);
  }

  private spawn(): Promise<Worker> {
    return new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(this.options.entry, { workerData: this.options.workerData });
      let isReady = false;
      let failure: unknown;
      worker.on('message', (message: FromJobThread) => {
        switch (message.type) {
          case 'ready':
            isReady = true;
            if (message.priority.lowered) this.options.logger.debug({ niceness: message.priority.niceness }, 'the job thread runs at a lower CPU priority than the thread that acknowledges');
            else this.options.logger.info({ reason: message.priority.reason }, 'the job thread runs at the same CPU priority as the thread that acknowledges');
            this.worker = worker;
            this.restartWait = this.options.restartMs ?? 1000;
            resolve(worker);
            return;
          case 'failed':
            failure = new Error(message.message);
            return;
          case 'done': {
            const pending = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error === undefined) pending?.resolve();
            else pending?.reject(new Error(message.error));
            return;
          }
          case 'handled':
            this.handler?.handledElsewhere?.(message.kind, message.seconds, message.rateLimited);
            return;
        }
      });
      worker.on('error', (error) => (failure = error));
      worker.on('exit', (code) => {
        if (!isReady) {
          reject(failure instanceof Error ? failure : new Error(`the job thread exited with code ${code} before it was ready`));
          return;
        }
        this.worker = undefined;
        for (const pending of this.pending.values()) pending.reject(new JobLeftUndone('the job thread stopped with the job'));
        this.pending.clear();
        if (this.stopping) return;
        this.options.logger.error({ err: failure, code }, 'the job thread stopped unexpectedly; starting another (its unfinished jobs are taken over after their lease)');
        this.ready = this.restart();
        this.ready.catch(() => {});
      });
    });
  }

  private async restart(): Promise<Worker> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, this.restartWait));
      this.restartWait = Math.min(30_000, this.restartWait * 2);
      if (this.stopping) throw new JobLeftUndone('stopping');
      try {
        return await this.spawn();
      } catch (error) {
        this.options.logger.error({ err: error, retryInSeconds: this.restartWait / 1000 }, 'could not start the job thread; trying again');
      }
    }
  }
}
