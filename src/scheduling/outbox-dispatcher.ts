import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryReceipt, SoleRecipient } from '../core/adapter.js';
import { DeliveryError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ClaimedMessage, OutboxRepository } from '../storage/outbox.js';
import { Pace } from './pace.js';

export interface DispatcherOptions {
  /** Messages claimed per round. At most this many can be re-sent after a crash mid-round. */
  batchSize: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** How long a claim holds a message before another process may take it over. */
  lockMs: number;
  maxAttempts: number;
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
  now: () => Date;
  random: () => number;
}

export const defaultDispatcherOptions: DispatcherOptions = {
  batchSize: 20,
  concurrency: 4,
  lockMs: 60_000,
  maxAttempts: 8,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  idleMs: 1_000,
  ratePerSecond: 0,
  platforms: ['terminal', 'slack', 'discord'],
  now: () => new Date(),
  random: Math.random,
};

export interface RoundResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  rateLimited: number;
}

type Deliver = (message: ClaimedMessage) => Promise<DeliveryReceipt>;

/**
 * Delivers the outbox: claims a batch, sends each message, and records the outcome one message at
 * a time, so a crash re-sends at most what was in flight. Platform errors retry with exponential
 * backoff and jitter; a rate limit's retry-after is honoured, and pauses the whole dispatcher,
 * because the limit is the platform's, not the message's.
 */
export class OutboxDispatcher {
  private readonly options: DispatcherOptions;
  private running = false;
  private loop: Promise<void> | undefined;
  private pausedUntil = 0;
  private readonly pace: Pace;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly deliver: Deliver,
    private readonly logger: Logger,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...defaultDispatcherOptions, ...options };
    this.pace = new Pace(this.options.ratePerSecond);
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
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        const round = await this.dispatchOnce();
        if (round.claimed === 0) await sleep(this.options.idleMs);
      } catch (error) {
        this.logger.error({ err: error }, 'outbox round failed; trying again shortly');
        await sleep(this.options.idleMs);
      }
    }
  }

  async dispatchOnce(): Promise<RoundResult> {
    const { now, batchSize, lockMs, concurrency, platforms, onlyFor } = this.options;
    const start = now();
    const claimed = await this.outbox.claim(batchSize, start, new Date(start.getTime() + lockMs), platforms, onlyFor);
    const result: RoundResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, rateLimited: 0 };
    const queue = [...claimed];
    const worker = async () => {
      for (let message = queue.shift(); message; message = queue.shift()) {
        if (Date.now() < this.pausedUntil) {
          // Rate limited: hand the rest back untouched rather than hammer the platform.
          await this.outbox.markRetry(message.id, new Date(this.pausedUntil), 'waiting for rate limit');
          result.retried++;
          continue;
        }
        await this.deliverOne(message, result);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, worker));
    return result;
  }

  private async deliverOne(message: ClaimedMessage, result: RoundResult): Promise<void> {
    const { now, maxAttempts } = this.options;
    try {
      await this.pace.turn();
      const receipt = await this.deliver(message);
      const { onlyFor } = this.options;
      if (onlyFor && message.channelId === null && message.platformUserIds.length > 1) await this.outbox.markShownTo(message.id, onlyFor.platformUserId, now());
      else await this.outbox.markSent(message.id, now(), receipt.messageId);
      result.sent++;
    } catch (error) {
      const delivery = error instanceof DeliveryError ? error : undefined;
      const reason = error instanceof Error ? error.message : String(error);
      if (delivery?.retryAfterMs !== undefined) {
        result.rateLimited++;
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delivery.retryAfterMs);
        this.pace.holdFor(delivery.retryAfterMs);
      }
      if (delivery?.permanent || message.attempts >= maxAttempts) {
        await this.outbox.markFailed(message.id, reason);
        result.failed++;
        this.logger.warn({ outboxId: String(message.id), kind: message.kind, attempts: message.attempts }, 'message could not be delivered');
        return;
      }
      await this.outbox.markRetry(message.id, new Date(now().getTime() + this.delayFor(message.attempts, delivery?.retryAfterMs)), reason);
      result.retried++;
    }
  }

  /** Exponential backoff with jitter, never sooner than the platform asked. */
  delayFor(attempts: number, retryAfterMs?: number): number {
    const { baseDelayMs, maxDelayMs, random } = this.options;
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
    const jittered = backoff / 2 + (random() * backoff) / 2;
    return Math.max(jittered, retryAfterMs ?? 0);
  }
}
