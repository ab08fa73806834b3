import { describe, expect, it } from 'vitest';
import { CommandRateLimiter, slowDownReply } from '../../src/core/rate-limit.js';
import { Metrics } from '../../src/ops/metrics.js';
import type { Store } from '../../src/storage/store.js';

describe('per-member command rate limit (token bucket)', () => {
  it('GIVEN a burst of 3 and 6 a minute THEN the 4th command at once waits 10 s, and a token returns after 10 s', () => {
    const limiter = new CommandRateLimiter({ perMinute: 6, burst: 3 });
    for (let i = 0; i < 3; i++) expect(limiter.take('ana', 0)).toEqual({ allowed: true });
    expect(limiter.take('ana', 0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('ben', 0)).toEqual({ allowed: true }); // each member has their own bucket
    expect(limiter.take('ana', 9_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('ana', 10_000)).toEqual({ allowed: true });
    expect(limiter.take('ana', 10_000).allowed).toBe(false);
  });

  it('GIVEN a clock that steps back THEN the bucket neither refills nor drains', () => {
    const limiter = new CommandRateLimiter({ perMinute: 60, burst: 1 });
    expect(limiter.take('ana', 100_000).allowed).toBe(true);
    expect(limiter.take('ana', 0).allowed).toBe(false);
    expect(limiter.take('ana', 101_000).allowed).toBe(true);
  });

  it('GIVEN a flood of distinct ids THEN the limiter tracks at most its bound', () => {
    const limiter = new CommandRateLimiter({ perMinute: 60, burst: 2, maxTracked: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`user-${i}`, i);
    expect(limiter.tracked).toBeLessThanOrEqual(101);
  });

  it('GIVEN a wait THEN the reply says when to try again and that /support always works', () => {
    expect(slowDownReply(1)).toContain('Please try again in a second.');
    expect(slowDownReply(12)).toContain('Please try again in 12 seconds.');
    expect(slowDownReply(600)).toContain('Please try again in 10 minutes.');
    expect(slowDownReply(5)).toContain('`/support` always works');
  });

  it('GIVEN refusals THEN Prometheus counts them, with no member in any label', async () => {
    const limiter = new CommandRateLimiter({ perMinute: 1, burst: 1 });
    for (let i = 0; i < 4; i++) limiter.take('ana', 0);
    const metrics = new Metrics({} as Store, limiter);
    const text = await metrics.registry.getSingleMetricAsString('peercircle_commands_rate_limited_total');
    expect(text).toContain('peercircle_commands_rate_limited_total 3');
    metrics.rateLimitedElsewhere = 2;
    expect(await metrics.registry.getSingleMetricAsString('peercircle_commands_rate_limited_total')).toContain('peercircle_commands_rate_limited_total 5');
    expect(text).not.toContain('ana');
  });
});
