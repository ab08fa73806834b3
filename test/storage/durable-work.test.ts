import pino from 'pino';
import { openTestStore } from '../helpers/test-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DurableWork, JobLeftUndone } from '../../src/core/durable-work.js';
import type { Store } from '../../src/storage/store.js';

interface Job {
  n: number;
  note?: string;
}

const silent = pino({ level: 'silent' });
const until = async (check: () => boolean | Promise<boolean>, what: string) => {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('acknowledged work is recorded before its ack and finished by someone (PGlite by default, PostgreSQL with TEST_DATABASE_URL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await openTestStore()));
  afterAll(async () => dispose());

  const work = (run: (job: Job) => Promise<void>, options: Partial<ConstructorParameters<typeof DurableWork<Job>>[0]> = {}) =>
    new DurableWork<Job>({ repository: store.acknowledgedWork, platform: 'slack', run, logger: silent, leaseMs: 400, ...options });

  it('GIVEN 60 jobs accepted at once THEN each is recorded, worked on once, and marked done with what the member wrote gone', async () => {
    const done: number[] = [];
    const queue = work(async (job) => void done.push(job.n));
    queue.start();
    const accepted = await Promise.all(Array.from({ length: 60 }, (_, n) => queue.accept(`batch-${n}`, { n, note: 'a private note' })));
    expect(accepted.every(Boolean)).toBe(true);
    await queue.idle();
    await queue.stop();
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, n) => n));
    const rows = await store.database.prisma.acknowledgedWork.findMany({ where: { key: { startsWith: 'batch-' } } });
    expect(rows).toHaveLength(60);
    expect(rows.every((row) => row.doneAt !== null && JSON.stringify(row.payload) === '{}')).toBe(true);
  });

  it('GIVEN two records being written WHEN 40 more jobs arrive THEN they wait and go together in one insert (group commit), each new', async () => {
    const inserts: number[] = [];
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const repository = Object.create(store.acknowledgedWork) as typeof store.acknowledgedWork;
    repository.record = async (entries, at, leaseUntil) => {
      inserts.push(entries.length);
      await gate;
      return store.acknowledgedWork.record(entries, at, leaseUntil);
    };
    const queue = work(async () => {}, { repository });
    const accepted = Array.from({ length: 42 }, (_, n) => queue.accept(`group-${n}`, { n }));
    expect(inserts).toEqual([1, 1]);
    open();
    expect((await Promise.all(accepted)).every(Boolean)).toBe(true);
    expect(inserts).toEqual([1, 1, 40]);
    await queue.idle();
    await queue.stop();
  });

  it('GIVEN a job recorded THEN what the member wrote is sealed in the database, never in plain text', async () => {
    let release = () => {};
    const queue = work(() => new Promise<void>((resolve) => (release = resolve)));
    await queue.accept('sealed-1', { n: 1, note: 'I had a rough shift' });
    const row = await store.database.prisma.acknowledgedWork.findUniqueOrThrow({ where: { key: 'sealed-1' } });
    expect(JSON.stringify(row.payload)).not.toContain('rough shift');
    release();
    await queue.stop();
  });

  it('GIVEN the same key twice, as a re-send to another process THEN the second is not new and the job runs once', async () => {
    const done: number[] = [];
    const a = work(async (job) => void done.push(job.n));
    const b = work(async (job) => void done.push(job.n));
    const [first, second] = await Promise.all([a.accept('resend-1', { n: 1 }), b.accept('resend-1', { n: 1 })]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    await Promise.all([a.idle(), b.idle()]);
    expect(done).toEqual([1]);
  });

  it('GIVEN a process that dies holding work WHEN its lease runs out THEN another process finishes it', async () => {
    const dead = work(() => new Promise<void>(() => {})); // stuck forever, then "killed": never stopped, never renews
    expect(await dead.accept('orphan-1', { n: 7 })).toBe(true);
    const done: number[] = [];
    const sibling = work(async (job) => void done.push(job.n));
    sibling.start();
    await until(() => done.includes(7), 'the sibling to take the work over');
    expect(sibling.recovered).toBeGreaterThanOrEqual(1);
    await sibling.stop();
    expect((await store.database.prisma.acknowledgedWork.findUniqueOrThrow({ where: { key: 'orphan-1' } })).doneAt).not.toBeNull();
  });

  it('GIVEN a job whose thread died with it (JobLeftUndone) THEN it is not marked done but taken over and finished', async () => {
    let first = true;
    const done: number[] = [];
    const queue = work(async (job) => {
      if (first) {
        first = false;
        throw new JobLeftUndone();
      }
      done.push(job.n);
    });
    queue.start();
    expect(await queue.accept('undone-1', { n: 11 })).toBe(true);
    await until(() => done.includes(11), 'the job to be taken over and finished');
    expect(queue.recovered).toBeGreaterThanOrEqual(1);
    await queue.stop();
    const row = await store.database.prisma.acknowledgedWork.findUniqueOrThrow({ where: { key: 'undone-1' } });
    expect(row.doneAt).not.toBeNull();
    expect(row.attempts).toBe(1);
  });

  it('GIVEN more work than a process may hold THEN the rest waits in the database, is counted, and is all finished', async () => {
    const done = new Set<number>();
    const queue = work(
      async (job) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done.add(job.n);
      },
      { concurrency: 2, maxQueued: 8, leaseMs: 300 },
    );
    queue.start();
    await Promise.all(Array.from({ length: 40 }, (_, n) => queue.accept(`full-${n}`, { n })));
    expect(queue.overflowed).toBeGreaterThan(0);
    await until(() => done.size === 40, 'every job to be finished');
    await queue.stop();
    expect(await store.database.prisma.acknowledgedWork.count({ where: { key: { startsWith: 'full-' }, doneAt: null } })).toBe(0);
  });
});
