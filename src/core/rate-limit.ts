/**
 * Per-member token buckets for commands: each member may send `burst` commands at once, then one
 * every 60 / perMinute seconds. Held in memory by each process (documented in the README): with
 * several processes behind a load balancer a member gets at most that many buckets' worth, which
 * still stops a runaway script. Only commands are limited: button presses and form answers (a
 * check-in in progress) and free text (read for risk) are never refused.
 */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Members tracked at most; beyond it, buckets that have refilled are forgotten. */
  maxTracked?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class CommandRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  /** Commands refused since start, for the metrics. */
  refused = 0;
  private readonly msPerToken: number;
  private readonly maxTracked: number;

  constructor(private readonly options: RateLimitOptions) {
    this.msPerToken = 60_000 / options.perMinute;
    this.maxTracked = options.maxTracked ?? 50_000;
  }

  /** Takes one token for `key` at `nowMs`, or says how long until one is free. */
  take(key: string, nowMs: number): RateDecision {
    const bucket = this.refilled(key, nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > this.maxTracked) this.forgetFull(nowMs);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    this.refused++;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * this.msPerToken) / 1000)) };
  }

  get tracked(): number {
    return this.buckets.size;
  }

  private refilled(key: string, nowMs: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.options.burst, updatedAt: nowMs };
    // A clock that steps back (tests, NTP) never drains or overfills a bucket.
    const elapsed = Math.max(0, nowMs - bucket.updatedAt);
    return { tokens: Math.min(this.options.burst, bucket.tokens + elapsed / this.msPerToken), updatedAt: Math.max(nowMs, bucket.updatedAt) };
  }

  private forgetFull(nowMs: number): void {
    for (const [key] of this.buckets) {
      if (this.refilled(key, nowMs).tokens >= this.options.burst) this.buckets.delete(key);
    }
    // Still too many (a flood of distinct ids): drop the oldest, which Map keeps first.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxTracked) break;
      this.buckets.delete(key);
    }
  }
}

/** The kind reply to a member who sent too many commands too fast. */
export function slowDownReply(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds <= 1 ? 'a second' : retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return `That's a lot of commands in a short time, so I'm taking a breath. Please try again in ${wait}. If you need someone now, \`/support\` always works.`;
}

/** Commands never limited: the way to crisis lines must always open. */
export const unlimitedCommands: ReadonlySet<string> = new Set(['support']);
