import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryReceipt, SoleRecipient } from '../core/adapter.js';
import { DeliveryError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ClaimedMessage, OutboxRepository, OverdueMessage } from '../storage/outbox.js';
import { CircuitBreakers, defaultBreakerOptions, type BreakerChange, type BreakerOptions } from './circuit-breaker.js';
import { Pace } from './pace.js';

export interface DispatcherOptions {
  /** Messages claimed per round. At most this many can be re-sent after a crash mid-round. */
  batchSize: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** How long a claim holds a message; renewed every third of it while the batch is being sent. */
  lockMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Wait between rounds when nothing is due. */
  idleMs: number;
  /** Sends per second at most (the platform's rate limit); 0 for no pacing. */
  ratePerSecond: number;
  /** Only messages for communities on these platforms: the ones this process can reach. */
  platforms: string[];
  /** Only this member's messages: the adapter shows one member at a time (the terminal). */
  onlyFor?: SoleRecipient;
  breaker: BreakerOptions;
  /** A message that never gives up and is still undelivered after this goes to the operator's log… */
  overdueAfterMs: number;
  /** …and again every this long while it stays undelivered. */
  overdueEveryMs: number;
  /** Who this process is in claims, so a take-over can say whose batch it took. */
  holder: string;
  now: () => Date;
  random: () => number;
}

export const defaultDispatcherOptions: DispatcherOptions = {
  batchSize: 20,
  concurrency: 4,
  lockMs: 10_000,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  idleMs: 1_000,
  ratePerSecond: 0,
  platforms: ['terminal', 'slack', 'discord'],
  breaker: defaultBreakerOptions,
  overdueAfterMs: 15 * 60_000,
  overdueEveryMs: 60 * 60_000,
  holder: `${os.hostname()}:${process.pid}`,
  now: () => new Date(),
  random: Math.random,
};

/** Platforms whose rate limits (and so trouble) are per workspace, not for the bot as a whole. */
const perWorkspace = new Set(['slack']);

/** The breaker and rate-limit scopes a message is sent under: its platform, and its workspace where that matters. */
export function scopesOf(message: Pick<ClaimedMessage, 'platform' | 'communityExternalId'>): string[] {
  return perWorkspace.has(message.platform) ? [message.platform, `${message.platform}:${message.communityExternalId}`] : [message.platform];
}

export type GaveUpReason = 'refused' | 'expired';

/** What the dispatcher reports as it goes (the process's metrics listen). */
export interface DispatcherObserver {
  gaveUp?(kind: string, reason: GaveUpReason): void;
  tookOver?(count: number): void;
  breakerChanged?(change: BreakerChange): void;
  overdue?(messages: OverdueMessage[]): void;
}

export interface RoundResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  rateLimited: number;
  /** Handed back untried: a rate limit or a paused platform. Not attempts. */
  waiting: number;
  /** Given up because they are no longer worth sending. */
  expired: number;
  takenOver: number;
}

type Deliver = (message: ClaimedMessage) => Promise<DeliveryReceipt>;

const SECOND = 1000;

/**
 * Delivers the outbox: claims a batch, sends each message, and records the outcome one message at
 * a time, so a crash re-sends at most what was in flight. Retries are bounded by time, not by a
 * count: each message is worth sending until its `deliverBy` (escalations and crisis-contact
 * requests never give up, and are reported when overdue). Errors retry with exponential backoff
 * and jitter; a rate limit's retry-after holds that scope (platform or workspace); repeated
 * outage failures open a circuit breaker that pauses the scope and probes until it answers.
 * Waiting for either is not an attempt.
 */
export class OutboxDispatcher {
  private readonly options: DispatcherOptions;
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly pace: Pace;
  /** Scope → time (ms) before which nothing is sent there: the platform asked us to wait. */
  private readonly holds = new Map<string, number>();
  readonly breakers: CircuitBreakers;
  private lastOverdueCheck = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly deliver: Deliver,
    private readonly logger: Logger,
    options: Partial<DispatcherOptions> = {},
    private readonly observer: DispatcherObserver = {},
  ) {
    this.options = { ...defaultDispatcherOptions, ...options };
    this.pace = new Pace(this.options.ratePerSecond);
    this.breakers = new CircuitBreakers(this.options.breaker, (change) => this.breakerChanged(change));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming; resolves once the round in flight has been recorded. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.reportOverdue();
        const round = await this.dispatchOnce();
        if (round.claimed === 0) await sleep(this.options.idleMs);
      } catch (error) {
        this.logger.error({ err: error }, 'outbox round failed; trying again shortly');
        await sleep(this.options.idleMs);
      }
    }
  }

  /**
   * Until when every platform this process sends to is paused (its breaker open, or a rate limit
   * on the whole platform); 0 when some platform may be sent to now. Nothing is claimed meanwhile.
   */
  pausedUntil(at = this.options.now().getTime()): number {
    const until = this.options.platforms.map((platform) => {
      const breaker = this.breakers.peek(platform);
      const probe = breaker?.state === 'open' ? breaker.nextProbeAt! : 0;
      return Math.max(probe, this.holds.get(platform) ?? 0);
    });
    const soonest = Math.min(...until);
    return soonest > at ? soonest : 0;
  }

  async dispatchOnce(): Promise<RoundResult> {
    const { now, batchSize, lockMs, concurrency, platforms, holder, onlyFor } = this.options;
    const start = now();
    const idle: RoundResult = { claimed: 0, sent: 0, retried: 0, failed: 0, rateLimited: 0, waiting: 0, expired: 0, takenOver: 0 };
    const work = await this.outbox.waiting(start);
    // Prompts queued in batches become messages of their own first, whether or not sending is paused.
    const expanded = work.batches ? await this.outbox.expandPromptBatches(start, platforms) : { batches: 0, queued: 0 };
    if (this.pausedUntil(start.getTime()) > 0) return idle;
    if (!work.due && expanded.queued === 0) return idle;
    const claimed = await this.outbox.claim(batchSize, start, new Date(start.getTime() + lockMs), platforms, holder, onlyFor);
    const result: RoundResult = { ...idle, claimed: claimed.length };
    if (claimed.length === 0) return result;
    this.noteTakeOvers(claimed, result);
    const inFlight = new Set(claimed.map((m) => m.id));
    // The lease is short so a dead process's batch moves within seconds; a live one keeps renewing it.
    const renewal = setInterval(() => {
      const until = new Date(now().getTime() + lockMs);
      this.outbox.renew([...inFlight], holder, until).catch((error: unknown) => this.logger.warn({ err: error }, 'could not renew the claim on an outbox batch'));
    }, Math.max(500, lockMs / 3));
    renewal.unref();
    const queue = [...claimed];
    // Messages handed back untried, by the time they may go: released together at the end.
    const waiting = new Map<number, bigint[]>();
    const worker = async () => {
      for (let message = queue.shift(); message; message = queue.shift()) {
        const until = await this.deliverOne(message, result);
        if (until !== undefined) waiting.set(until, [...(waiting.get(until) ?? []), message.id]);
        else inFlight.delete(message.id);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, worker));
      for (const [until, ids] of waiting) await this.outbox.release(ids, new Date(until));
    } finally {
      clearInterval(renewal);
    }
    return result;
  }

  /** Sends one message and records the outcome; or returns when it may go, if it must wait untried. */
  private async deliverOne(message: ClaimedMessage, result: RoundResult): Promise<number | undefined> {
    const at = this.options.now().getTime();
    if (message.deliverBy && at >= message.deliverBy.getTime()) {
      await this.giveUp(message, 'expired', 'no longer worth sending: its time passed before the platform took it', false);
      result.expired++;
      return undefined;
    }
    const scopes = scopesOf(message);
    const heldUntil = Math.max(0, ...scopes.map((scope) => this.holds.get(scope) ?? 0));
    if (heldUntil > at) {
      result.waiting++;
      return heldUntil;
    }
    const breakers = scopes.map((scope) => this.breakers.get(scope));
    const permits = breakers.map((breaker) => breaker.permit(at));
    const refused = permits.filter((p) => !p.ok);
    if (refused.length > 0) {
      breakers.forEach((breaker, i) => permits[i]!.ok && breaker.abandoned());
      result.waiting++;
      return Math.max(...refused.map((p) => (p.ok ? 0 : p.until)));
    }
    try {
      await this.pace.turn();
      const receipt = await this.deliver(message);
      const done = this.options.now().getTime();
      for (const breaker of breakers) breaker.succeeded(done);
      const { onlyFor } = this.options;
      if (onlyFor && message.channelId === null && message.platformUserIds.length > 1) await this.outbox.markShownTo(message.id, onlyFor.platformUserId, new Date(done));
      else await this.outbox.markSent(message.id, new Date(done), receipt.messageId);
      result.sent++;
    } catch (error) {
      await this.failed(message, error, breakers, result);
    }
    return undefined;
  }

  private async failed(message: ClaimedMessage, error: unknown, breakers: ReturnType<CircuitBreakers['get']>[], result: RoundResult): Promise<void> {
    const at = this.options.now().getTime();
    const delivery = error instanceof DeliveryError ? error : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    for (const breaker of breakers) {
      if (delivery?.outage) breaker.failed(at);
      else breaker.succeeded(at); // the platform answered; it is not down
    }
    if (delivery?.retryAfterMs !== undefined) {
      // Asked to wait: the message was not taken, so this is not an attempt. The wait holds the
      // narrowest scope the platform limits by (a Slack workspace, or the whole platform).
      const until = at + delivery.retryAfterMs;
      const scope = scopesOf(message).at(-1)!;
      this.holds.set(scope, Math.max(this.holds.get(scope) ?? 0, until));
      this.pace.holdFor(delivery.retryAfterMs);
      await this.outbox.release([message.id], new Date(until));
      result.rateLimited++;
      return;
    }
    if (delivery?.permanent) {
      await this.giveUp(message, 'refused', reason, true);
      result.failed++;
      return;
    }
    let next = at + this.delayFor(message.attempts + 1);
    const deadline = message.deliverBy?.getTime();
    if (deadline !== undefined && next >= deadline) {
      // One last try just before the deadline, if there is still room for one.
      if (deadline - SECOND <= at) {
        await this.giveUp(message, 'expired', `no longer worth sending; last error: ${reason}`, true);
        result.expired++;
        return;
      }
      next = deadline - SECOND;
    }
    await this.outbox.markRetry(message.id, new Date(next), reason);
    result.retried++;
  }

  /** Never silent: each message that gives up is logged, counted and kept for `peercircle outbox`. */
  private async giveUp(message: ClaimedMessage, why: GaveUpReason, reason: string, attempted: boolean): Promise<void> {
    await this.outbox.markFailed(message.id, reason, attempted);
    this.observer.gaveUp?.(message.kind, why);
    this.logger.warn(
      {
        outboxId: String(message.id),
        kind: message.kind,
        attempts: message.attempts + (attempted ? 1 : 0),
        queuedAt: message.createdAt.toISOString(),
        ...(message.deliverBy ? { deliverBy: message.deliverBy.toISOString() } : {}),
        reason,
      },
      why === 'expired'
        ? 'gave up on a message: it could not be delivered while it was still worth sending (`peercircle outbox` lists and re-queues it)'
        : 'gave up on a message: the platform refused it for good (`peercircle outbox` lists and re-queues it)',
    );
  }

  private noteTakeOvers(claimed: ClaimedMessage[], result: RoundResult): void {
    const from = new Map<string, number>();
    for (const message of claimed) if (message.takenOverFrom) from.set(message.takenOverFrom, (from.get(message.takenOverFrom) ?? 0) + 1);
    for (const [previous, count] of from) {
      result.takenOver += count;
      this.logger.warn(
        { messages: count, from: previous, holder: this.options.holder },
        'took over outbox messages another process had claimed and not finished (it stopped or stalled); they may arrive twice if it had sent them',
      );
    }
    if (result.takenOver > 0) this.observer.tookOver?.(result.takenOver);
  }

  /**
   * Messages that never give up (escalations, crisis-contact requests) and are still undelivered
   * after `overdueAfterMs` go to the operator's log, once per `overdueEveryMs`, from one process.
   */
  async reportOverdue(force = false): Promise<OverdueMessage[]> {
    const { now, overdueAfterMs, overdueEveryMs } = this.options;
    const at = now();
    if (!force && at.getTime() - this.lastOverdueCheck < 60 * SECOND) return [];
    this.lastOverdueCheck = at.getTime();
    const overdue = await this.outbox.claimOverdue(at, overdueAfterMs, overdueEveryMs);
    for (const message of overdue) {
      this.logger.error(
        {
          outboxId: String(message.id),
          kind: message.kind,
          community: message.community,
          waitingMinutes: Math.round((at.getTime() - message.createdAt.getTime()) / 60_000),
          attempts: message.attempts,
          ...(message.lastError ? { lastError: message.lastError } : {}),
        },
        'an escalation or crisis-contact request (or another message that is never given up) is still undelivered; it is being retried, but someone should check the platform and reach the supervisor another way',
      );
    }
    if (overdue.length > 0) this.observer.overdue?.(overdue);
    return overdue;
  }

  private breakerChanged(change: BreakerChange): void {
    this.observer.breakerChanged?.(change);
    if (change.state === 'open') {
      this.logger.warn(
        { scope: change.key, failures: change.failures, nextProbeAt: new Date(change.nextProbeAt!).toISOString() },
        'the platform is failing (5xx or timeouts): pausing sends there and probing until it answers; nothing is lost meanwhile',
      );
    } else {
      this.logger.info({ scope: change.key, pausedSeconds: Math.round(change.openForMs / 1000) }, 'the platform is answering again: sends resume');
    }
  }

  /** Exponential backoff with jitter, for the `attempt`th try. */
  delayFor(attempt: number, retryAfterMs?: number): number {
    const { baseDelayMs, maxDelayMs, random } = this.options;
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
    const jittered = backoff / 2 + (random() * backoff) / 2;
    return Math.max(jittered, retryAfterMs ?? 0);
  }
}
