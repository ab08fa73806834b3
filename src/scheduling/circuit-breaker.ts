/**
 * A circuit breaker for one platform (or one workspace of it): after `threshold` outage failures in
 * a row (5xx, timeouts, no answer) it opens and nothing is sent; after `cooldownMs` one probe goes
 * through; if it succeeds the breaker closes, if not it opens again for twice as long (up to
 * `maxCooldownMs`).
 *
 * A small state machine rather than opossum or cockatiel: those wrap the call and keep time with
 * their own timers and Date.now(), while the outbox needs to ask "may I send, and if not, until
 * when?" so that a message can be handed back with its next try at the probe time, untouched and
 * not counted as an attempt, and needs the clock injected so an outage of hours runs on fake time
 * in a test. What counts as an outage (not a member's closed DMs) is decided by the adapter.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
  maxCooldownMs: number;
}

export const defaultBreakerOptions: BreakerOptions = { threshold: 5, cooldownMs: 5_000, maxCooldownMs: 2 * 60_000 };

export type Permit = { ok: true; probe: boolean } | { ok: false; until: number };

export interface BreakerChange {
  key: string;
  state: BreakerState;
  /** Outage failures in a row that opened it, or the time it was open, in ms, when it closes. */
  failures: number;
  openForMs: number;
  nextProbeAt?: number;
}

export class CircuitBreaker {
  state: BreakerState = 'closed';
  private failures = 0;
  private cooldown: number;
  private openedAt = 0;
  private probeAt = 0;
  private probing = false;

  constructor(
    readonly key: string,
    private readonly options: BreakerOptions,
    private readonly onChange: (change: BreakerChange) => void,
  ) {
    this.cooldown = options.cooldownMs;
  }

  /** Whether a send may go now; when it may not, the time to try again. One probe at a time when half-open. */
  permit(now: number): Permit {
    if (this.state === 'closed') return { ok: true, probe: false };
    if (this.state === 'open' && now >= this.probeAt) {
      this.state = 'half-open';
      this.probing = false;
    }
    if (this.state === 'half-open' && !this.probing) {
      this.probing = true;
      return { ok: true, probe: true };
    }
    // Waiting on the probe: look again shortly after it should have answered.
    return { ok: false, until: this.state === 'open' ? this.probeAt : now + Math.min(this.options.cooldownMs, 1_000) };
  }

  /** The platform answered (whatever it said about this one message). */
  succeeded(now: number): void {
    this.failures = 0;
    if (this.state === 'closed') return;
    const openForMs = now - this.openedAt;
    this.state = 'closed';
    this.probing = false;
    this.cooldown = this.options.cooldownMs;
    this.onChange({ key: this.key, state: 'closed', failures: 0, openForMs });
  }

  /** The platform failed as a whole would: a 5xx, a timeout, no connection. */
  failed(now: number): void {
    this.failures++;
    if (this.state === 'half-open') {
      this.cooldown = Math.min(this.options.maxCooldownMs, this.cooldown * 2);
      this.open(now, false);
    } else if (this.state === 'closed' && this.failures >= this.options.threshold) {
      this.openedAt = now;
      this.open(now, true);
    }
  }

  /** A send that went out under a probe permit but said nothing about the platform (it was never tried). */
  abandoned(): void {
    if (this.state === 'half-open') this.probing = false;
  }

  /** When it next lets a probe through, while open. */
  get nextProbeAt(): number | undefined {
    return this.state === 'closed' ? undefined : this.probeAt;
  }

  get openSince(): number | undefined {
    return this.state === 'closed' ? undefined : this.openedAt;
  }

  private open(now: number, announce: boolean): void {
    this.state = 'open';
    this.probing = false;
    this.probeAt = now + this.cooldown;
    if (announce) this.onChange({ key: this.key, state: 'open', failures: this.failures, openForMs: 0, nextProbeAt: this.probeAt });
  }
}

/** The breakers of one process, one per key (a platform, or a platform's workspace), made as needed. */
export class CircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    private readonly options: BreakerOptions = defaultBreakerOptions,
    private readonly onChange: (change: BreakerChange) => void = () => {},
  ) {}

  /** The breaker for this key if it has one yet. */
  peek(key: string): CircuitBreaker | undefined {
    return this.breakers.get(key);
  }

  get(key: string): CircuitBreaker {
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(key, this.options, this.onChange);
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  /** Every breaker that is not closed. */
  notClosed(): CircuitBreaker[] {
    return [...this.breakers.values()].filter((b) => b.state !== 'closed');
  }
}
