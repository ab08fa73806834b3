import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../adapters/slack/work-queue.js';

/** Jobs that wait until released, recording how many ran at once. */
function gatedJobs(count: number) {
  let running = 0;
  let peak = 0;
  const releases: (() => void)[] = [];
  const jobs = Array.from({ length: count }, () => async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running--;
  });
  const releaseAll = async () => {
    for (let i = 0; i < count * 2 && (releases.length > 0 || running > 0); i++) {
      releases.splice(0).forEach((release) => release());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { jobs, releaseAll, peak: () => peak };
}

describe('work done after the ack', () => {
  it('GIVEN a quiet event loop THEN up to the limit run at once, and idle resolves when all are done', async () => {
    const queue = new WorkQueue(3, () => {}, () => false);
    const { jobs, releaseAll, peak } = gatedJobs(7);
    jobs.forEach((job) => queue.push(job));
    expect(queue.size).toBe(7);
    await releaseAll();
    await queue.idle();
    expect(peak()).toBe(3);
    expect(queue.size).toBe(0);
  });

  it('GIVEN a busy event loop THEN one at a time, and nothing is dropped', async () => {
    const queue = new WorkQueue(16, () => {}, () => true);
    const { jobs, releaseAll, peak } = gatedJobs(5);
    jobs.forEach((job) => queue.push(job));
    await releaseAll();
    await queue.idle();
    expect(peak()).toBe(1);
  });

  it('GIVEN a job that fails THEN the failure is reported and the next job still runs', async () => {
    const failures: unknown[] = [];
    const queue = new WorkQueue(1, (error) => failures.push(error), () => false);
    let ran = false;
    queue.push(async () => {
      throw new Error('boom');
    });
    queue.push(async () => {
      ran = true;
    });
    await queue.idle();
    expect(failures).toHaveLength(1);
    expect(ran).toBe(true);
  });
});
