import { randomUUID } from 'node:crypto';
import type { AcknowledgedWorkRepository } from '../storage/acknowledged-work.js';
import type { Platform } from './events.js';
import type { Logger } from './logger.js';

export interface DurableWorkOptions<Job> {
  repository: AcknowledgedWorkRepository;
  platform: Platform;
  /** Does one job: hands the event to the core and delivers the replies. Should not throw. */
  run: (job: Job) => Promise<void>;
  logger: Logger;
  /** Jobs worked on at once. */
  concurrency?: number;
  /** Jobs held in memory; past this, new work waits in the database for whichever process has room. */
  maxQueued?: number;
  /** How long a process's claim on a job lasts unless renewed; a dead process's work moves after this. */
  leaseMs?: number;
  now?: () => Date;
  /** What of a job is written down (default: all of it); the rest, such as a token, stays in memory. */
  toRecord?: (job: Job) => unknown;
}

/**
 * What `run` throws for a job it could not finish and that must not count as done: the thread
 * working on it died with it. The job is handed back to the database, and taken over like the
 * jobs of a process that died.
 */
export class JobLeftUndone extends Error {
  constructor(message = 'the job was left undone') {
    super(message);
    this.name = 'JobLeftUndone';
  }
}

/** A job taken over this many times without finishing is dropped, with an error in the log (it may be what kills processes). */
const MAX_TAKEOVERS = 5;

interface Held<Job> {
  key: string;
  job: Job;
}

interface PendingRecord<Job> {
  key: string;
  job: Job;
  resolve: (isNew: boolean) => void;
}

/** Record inserts written at once; the quick lane has a connection for each. */
const RECORDS_IN_FLIGHT = 2;
/** At most this many records in one insert. */
const RECORDS_PER_INSERT = 500;

/** How long finished jobs wait to be marked done together. */
const DONE_BATCH_MS = 10;

/**
 * Work a platform was told is received, kept so that nothing acknowledged is lost: each job is
 * recorded in the database before its acknowledgement (records that arrive while earlier ones are
 * being written share one insert), worked on here, and marked done. A process that dies leaves its
 * jobs leased for `leaseMs`; then this process or a sibling takes them. Memory is bounded: past
 * `maxQueued`, new jobs wait in the database (counted in `behind`, and logged) rather than in this
 * process.
 */
export class DurableWork<Job> {
  private readonly queue: Held<Job>[] = [];
  private readonly running = new Set<string>();
  private readonly records: PendingRecord<Job>[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  /** Inserts of records being written right now (see `recordWaiting`). */
  private recordsInFlight = 0;
  /** Jobs finished and waiting to be marked done in the next batch. */
  private readonly finished: { key: string; marked: () => void }[] = [];
  /** Records being written right now: taken off `records`, not yet queued. */
  private flushing = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastBehindLog = 0;
  private lastSweep = 0;
  /** Jobs handed to the database because this process was full, since start. */
  overflowed = 0;
  /** Jobs taken over from a process that died or was full, since start. */
  recovered = 0;

  private readonly concurrency: number;
  private readonly maxQueued: number;
  private readonly leaseMs: number;

  constructor(private readonly options: DurableWorkOptions<Job>) {
    this.concurrency = options.concurrency ?? 32;
    this.maxQueued = options.maxQueued ?? 2000;
    this.leaseMs = options.leaseMs ?? 15_000;
  }

  /** Jobs in this process: waiting and running. */
  get size(): number {
    return this.queue.length + this.running.size;
  }

  /**
   * Records the job (durably, before it resolves) and queues it. Resolves false for a key seen
   * before, in any process: a re-send, which is not worked on again. No key: always new.
   */
  accept(key: string | undefined, job: Job): Promise<boolean> {
    const id = key ?? `generated:${randomUUID()}`;
    return new Promise<boolean>((resolve) => {
      this.records.push({ key: id, job, resolve });
      this.recordWaiting();
    });
  }

  /** Starts renewing this process's leases and taking work that another process left. */
  start(): void {
    this.stopped = false;
    const every = Math.max(250, Math.floor(this.leaseMs / 3));
    this.timer = setInterval(() => void this.maintain(), every);
    this.timer.unref();
    void this.maintain();
  }

  /** Stops taking work, finishes what is running and gives the rest back for another process. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const unstarted = this.queue.splice(0);
    await this.options.repository.release(unstarted.map((h) => h.key), this.now()).catch((error: unknown) => this.options.logger.warn({ err: error }, 'could not hand back unstarted work'));
    await this.idle();
  }

  /** Resolves once nothing is recorded-but-unqueued, waiting or running here. */
  idle(): Promise<void> {
    if (this.size === 0 && this.records.length === 0 && this.flushing === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Group commit: a record starts its insert at once while fewer than RECORDS_IN_FLIGHT are being
   * written; otherwise it waits, and everything that waited goes in one insert as soon as one of
   * those finishes. So a slow commit costs the requests behind it one insert, not one each.
   */
  private recordWaiting(): void {
    while (this.recordsInFlight < RECORDS_IN_FLIGHT && this.records.length > 0) void this.flush();
  }

  /** One insert for every record waiting (up to RECORDS_PER_INSERT). */
  private async flush(): Promise<void> {
    const batch = this.records.splice(0, RECORDS_PER_INSERT);
    this.flushing += batch.length;
    this.recordsInFlight++;
    const at = this.now();
    let fresh: Set<string>;
    try {
      fresh = await this.options.repository.record(
        batch.map((r) => ({ key: r.key, platform: this.options.platform, payload: this.options.toRecord ? this.options.toRecord(r.job) : r.job })),
        at,
        new Date(at.getTime() + this.leaseMs),
      );
    } catch (error) {
      // A database that cannot record the work should not cost the member their answer: work on
      // it from memory, as before (a repeat answered twice beats one never answered).
      this.options.logger.warn({ err: error, jobs: batch.length }, 'could not record acknowledged work; working on it from memory only');
      fresh = new Set(batch.map((r) => r.key));
    }
    this.recordsInFlight--;
    this.recordWaiting();
    this.flushing -= batch.length;
    const overflow: string[] = [];
    for (const record of batch) {
      const isNew = fresh.has(record.key);
      if (isNew) {
        if (this.queue.length >= this.maxQueued || this.stopped) overflow.push(record.key);
        else this.queue.push({ key: record.key, job: record.job });
      }
      record.resolve(isNew);
    }
    if (overflow.length > 0) await this.overflow(overflow);
    this.pump();
    this.notifyIdle();
  }

  /** This process is full: the work waits in the database, unleased, for whoever has room. */
  private async overflow(keys: string[]): Promise<void> {
    this.overflowed += keys.length;
    await this.options.repository.release(keys, this.now()).catch(() => {});
    const now = Date.now();
    if (now - this.lastBehindLog > 10_000) {
      this.lastBehindLog = now;
      this.options.logger.warn(
        { queued: this.queue.length, running: this.running.size, handedToDatabase: this.overflowed },
        'falling behind: acknowledged work is waiting in the database until a process has room',
      );
    }
  }

  private pump(): void {
    while (this.running.size < this.concurrency) {
      const next = this.queue.shift();
      if (!next) break;
      this.running.add(next.key);
      void this.work(next).finally(() => {
        this.running.delete(next.key);
        this.pump();
        this.notifyIdle();
      });
    }
  }

  private async work(held: Held<Job>): Promise<void> {
    try {
      await this.options.run(held.job);
    } catch (error) {
      if (error instanceof JobLeftUndone) {
        await this.options.repository.release([held.key], this.now()).catch(() => {});
        return;
      }
      this.options.logger.error({ err: error }, 'acknowledged work failed');
    }
    await this.markDone(held.key);
  }

  /** Marks the job done together with the others finished within a few milliseconds: one update for a burst. */
  private markDone(key: string): Promise<void> {
    return new Promise((resolve) => {
      this.finished.push({ key, marked: resolve });
      if (this.finished.length === 1) setTimeout(() => void this.flushDone(), DONE_BATCH_MS);
    });
  }

  private async flushDone(): Promise<void> {
    const batch = this.finished.splice(0);
    await this.options.repository
      .complete(
        batch.map((f) => f.key),
        this.now(),
      )
      .catch((error: unknown) => {
        // Left unfinished, the jobs would be done again after their lease; say so.
        this.options.logger.warn({ err: error, jobs: batch.length }, 'could not mark acknowledged work done; it may be answered twice');
      });
    for (const f of batch) f.marked();
  }

  /** Renews the leases this process holds, and takes abandoned work while there is room. */
  private async maintain(): Promise<void> {
    try {
      const at = this.now();
      if (at.getTime() - this.lastSweep > 10 * 60_000) {
        this.lastSweep = at.getTime();
        await this.options.repository.sweep(at);
      }
      const leaseUntil = new Date(at.getTime() + this.leaseMs);
      await this.options.repository.renew([...this.running, ...this.queue.map((h) => h.key)], leaseUntil);
      if (this.stopped) return;
      // Take more only while this process is well under its bound, so taking never overflows.
      if (this.queue.length > (this.maxQueued * 3) / 4) return;
      const room = Math.min(200, this.maxQueued - this.queue.length);
      const taken = await this.options.repository.takeAbandoned(this.options.platform, at, leaseUntil, room);
      if (taken.length === 0) return;
      this.recovered += taken.length;
      this.options.logger.info({ jobs: taken.length }, 'taking over acknowledged work left unfinished by a process that stopped or was full');
      const dropped: string[] = [];
      for (const stored of taken) {
        if (stored.payload !== null && stored.attempts <= MAX_TAKEOVERS) this.queue.push({ key: stored.key, job: stored.payload as Job });
        else dropped.push(stored.key);
      }
      if (dropped.length > 0) {
        this.options.logger.error({ jobs: dropped.length }, `dropping acknowledged work taken over ${MAX_TAKEOVERS} times without finishing`);
        await this.options.repository.complete(dropped, at);
      }
      this.pump();
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not renew or recover acknowledged work; will try again');
    }
  }

  private notifyIdle(): void {
    if (this.size === 0 && this.records.length === 0 && this.flushing === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
