import type { Prisma } from './database.js';

/** How long a claim is kept: Slack's last re-send comes about five minutes after the first try. */
export const SEEN_DELIVERY_TTL_MS = 60 * 60 * 1000;

/**
 * Platform deliveries (a Slack event or interactive payload, a Discord interaction) claimed by
 * some process, shared by every process on the database. `claim` is one insert on the primary key:
 * exactly one caller, in any process, gets true for a key. The table is named for Slack, its first
 * user; each platform's keys carry their own prefix (`event:`, `trigger:`, `discord:`).
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
