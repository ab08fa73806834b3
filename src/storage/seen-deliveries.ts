import type { Prisma } from './database.js';

/** How long a claim is kept: far longer than a platform re-sends a delivery. */
export const SEEN_DELIVERY_TTL_MS = 60 * 60 * 1000;

/**
 * Platform deliveries (Discord interactions) claimed by some process, shared by every process on
 * the database. `claim` is one insert on the primary key: exactly one caller, in any process, gets
 * true for a key. The table is named for Slack, its first user, whose re-sends are now recognised
 * by the acknowledged-work record instead; keys carry their platform's prefix (`discord:`).
 */
export class SeenDeliveryRepository {
  constructor(private readonly prisma: Prisma) {}

  /** True for the first claim of this key anywhere; false when another claim already holds it. */
  async claim(key: string, at: Date): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO slack_seen_deliveries (key, seen_at) VALUES (${key}, ${at}) ON CONFLICT (key) DO NOTHING`;
    return inserted === 1;
  }

  /** Forgets claims older than the TTL. Returns how many went. */
  async expire(at: Date): Promise<number> {
    const { count } = await this.prisma.slackSeenDelivery.deleteMany({ where: { seenAt: { lt: new Date(at.getTime() - SEEN_DELIVERY_TTL_MS) } } });
    return count;
  }
}
