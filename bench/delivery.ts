import { randomBytes } from 'node:crypto';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import pino from 'pino';
import { DeliveryError } from '../src/core/errors.js';
import { direct } from '../src/core/messages.js';
import { OutboxDispatcher } from '../src/scheduling/outbox-dispatcher.js';
import { Store } from '../src/storage/store.js';
import { benchDatabase } from './postgres.js';

/**
 * A fake platform that allows `limit` requests in each one-second window and answers the rest
 * with a rate-limit error carrying retry-after, as Slack and Discord do (HTTP 429).
 */
class RateLimitedPlatform {
  private windowStart = performance.now();
  private used = 0;
  readonly received = new Map<string, number>();
  rejected = 0;

  constructor(private readonly limit: number) {}

  async send(key: string): Promise<void> {
    await new Promise((r) => setTimeout(r, 2)); // a round trip
    const now = performance.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.limit) {
      this.rejected++;
      throw new DeliveryError('rate limited', { retryAfterMs: Math.ceil(1000 - (now - this.windowStart)) });
    }
    this.used++;
    this.received.set(key, (this.received.get(key) ?? 0) + 1);
  }
}

/** Delivers `count` queued messages through the rate-limited platform and reports what arrived. */
export async function measureDelivery(count = 10_000, limit = 50): Promise<void> {
  const { database, drop } = await benchDatabase('delivery');
  try {
    const store = new Store(database, new NoteCipher(noteKey(randomBytes(32))));
    const community = await store.communities.findOrCreate({ platform: 'slack', externalId: 'T1' }, { timeZone: 'UTC', locale: 'en-US' });
    const now = new Date();
    for (let i = 0; i < count; i += 1000) {
      await store.outbox.enqueue(
        Array.from({ length: Math.min(1000, count - i) }, (_, j) => ({
          communityId: community.id,
          platformUserId: `U${i + j}`,
          kind: 'checkin-prompt',
          message: direct('Time for your check-in'),
          dedupeKey: `bench:${i + j}`,
        })),
        now,
      );
    }
    const platform = new RateLimitedPlatform(limit);
    const dispatcher = new OutboxDispatcher(store.outbox, async (m) => {
      await platform.send(m.platformUserId);
      return {};
    }, pino({ level: 'silent' }), { ratePerSecond: limit, idleMs: 20, batchSize: 50, concurrency: 8 });
    const started = performance.now();
    dispatcher.start();
    while ((await store.outbox.counts()).pending > 0) await new Promise((r) => setTimeout(r, 200));
    await dispatcher.stop();
    const seconds = (performance.now() - started) / 1000;
    const delivered = platform.received.size;
    const duplicates = [...platform.received.values()].reduce((sum, n) => sum + n - 1, 0);
    console.log(`delivery of ${count.toLocaleString('en-US')} queued check-ins through a platform limited to ${limit} requests/s`);
    console.log(`  achieved ${(delivered / seconds).toFixed(1)} messages/s = ${((delivered / seconds / limit) * 100).toFixed(1)} % of the limit (target ≥ 90 %) in ${seconds.toFixed(1)} s`);
    console.log(`  rate-limit (429) answers: ${platform.rejected}; lost: ${count - delivered}; duplicated: ${duplicates}`);
  } finally {
    await drop();
  }
}
