import os from 'node:os';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { JobLeftUndone } from '../../../src/core/durable-work.js';
import { JobThread } from '../../../src/core/job-thread.js';
import type { TestJob } from '../../fixtures/job-thread/main.js';

const entry = new URL('../../fixtures/job-thread/entry.mjs', import.meta.url);
const silent = pino({ level: 'silent' });

describe('a job thread does acknowledged jobs off the thread that acknowledges', () => {
  it('GIVEN jobs posted THEN each is done on the thread and its handled event is counted here', async () => {
    const handled: string[] = [];
    const thread = new JobThread<TestJob>({ entry, workerData: {}, logger: silent });
    await thread.start({ handle: async () => [], handledElsewhere: (kind) => void handled.push(kind) });
    await Promise.all([1, 2, 3].map((n) => thread.run({ n })));
    await thread.stop();
    expect(handled).toEqual(['command', 'command', 'command']);
  }, 60_000);

  it('GIVEN the thread dies in the middle of a job THEN that job is left undone (for takeover) and a new thread does the next', async () => {
    const thread = new JobThread<TestJob>({ entry, workerData: {}, logger: silent, restartMs: 50 });
    await thread.start();
    const slow = thread.run({ n: 1, ms: 5000 });
    const crashed = thread.run({ n: 2, crash: true });
    await expect(crashed).rejects.toBeInstanceOf(JobLeftUndone);
    await expect(slow).rejects.toBeInstanceOf(JobLeftUndone);
    await expect(thread.run({ n: 3 })).resolves.toBeUndefined();
    await thread.stop();
  }, 60_000);

  it('GIVEN a thread that cannot open its runtime THEN start fails with its reason', async () => {
    const thread = new JobThread<TestJob>({ entry, workerData: { failToOpen: true }, logger: silent });
    await expect(thread.start()).rejects.toThrow('the database could not be reached');
  }, 60_000);

  it('GIVEN a job running WHEN the thread is stopped THEN the job finishes first', async () => {
    const thread = new JobThread<TestJob>({ entry, workerData: {}, logger: silent });
    await thread.start();
    let finished = false;
    const job = thread.run({ n: 1, ms: 300 }).then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await thread.stop();
    await job;
    expect(finished).toBe(true);
  }, 60_000);
  it.runIf(process.platform === 'linux')('GIVEN a busy machine THEN the job thread runs at a lower CPU priority and the thread that acknowledges keeps its own', async () => {
    const lines: { msg: string; niceness?: number }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const before = os.getPriority();
    const thread = new JobThread<TestJob>({ entry, workerData: {}, logger });
    await thread.start();
    await thread.stop();
    expect(lines.find((line) => line.msg.includes('lower CPU priority'))?.niceness).toBe(Math.max(before, 10));
    expect(os.getPriority()).toBe(before);
  }, 60_000);
  it("GIVEN the thread's rate limit refuses two commands THEN the process is told of both, once each", async () => {
    let rateLimited = 0;
    const thread = new JobThread<TestJob>({ entry, workerData: {}, logger: silent });
    await thread.start({ handle: async () => [], handledElsewhere: (_kind, _seconds, refused = 0) => void (rateLimited += refused) });
    await Promise.all([thread.run({ n: 1, refused: true }), thread.run({ n: 2 }), thread.run({ n: 3, refused: true }), thread.run({ n: 4 })]);
    await thread.stop();
    expect(rateLimited).toBe(2);
  }, 60_000);
});
