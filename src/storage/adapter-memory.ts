import { createHash } from 'node:crypto';
import type { Platform } from '../core/events.js';
import type { Form } from '../core/messages.js';
import type { Prisma } from './database.js';

/** How long a form button keeps working: a week covers a check-in answered late. */
export const FORM_DAYS = 7;
/** Group conversations are looked up only while their delivery may still be retried. */
const GROUP_CONVERSATION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * What a chat adapter must share between its processes (a restart, other shards), kept in the
 * project database: the forms behind its buttons, who is still to be told their DMs are closed, and
 * the conversation each group delivery opened.
 */
export class AdapterMemory {
  private lastSweep = 0;

  constructor(
    private readonly prisma: Prisma,
    private readonly platform: Platform,
  ) {}

  /**
   * Keeps a form for FORM_DAYS and returns its key: 16 characters derived from the form itself, so
   * the same form sent again (a retry, a second process) has the same key and one row.
   */
  async saveForm(form: Form, now: Date): Promise<string> {
    const key = createHash('sha256').update(JSON.stringify(form)).digest('base64url').slice(0, 16);
    const expiresAt = new Date(now.getTime() + FORM_DAYS * DAY_MS);
    await this.prisma.$executeRaw`
      INSERT INTO pending_forms (platform, key, form, created_at, expires_at)
      VALUES (${this.platform}::"Platform", ${key}, ${JSON.stringify(form)}::jsonb, ${now}, ${expiresAt})
      ON CONFLICT (platform, key) DO UPDATE SET expires_at = GREATEST(pending_forms.expires_at, EXCLUDED.expires_at)`;
    await this.sweep(now);
    return key;
  }

  /** The form behind a key, unless it has expired (or never existed). */
  async formOf(key: string, now: Date): Promise<Form | undefined> {
    const row = await this.prisma.pendingForm.findUnique({ where: { platform_key: { platform: this.platform, key } } });
    return row && row.expiresAt > now ? (row.form as unknown as Form) : undefined;
  }

  /** A direct message could not reach this member: tell them at their next interaction. */
  async noteDmsClosed(platformUserId: string): Promise<void> {
    await this.prisma.dmsClosedNotice.createMany({ data: [{ platform: this.platform, platformUserId }], skipDuplicates: true });
  }

  /** True for exactly one caller, however many processes ask at once: the one that tells the member. */
  async takeDmsClosed(platformUserId: string): Promise<boolean> {
    const { count } = await this.prisma.dmsClosedNotice.deleteMany({ where: { platform: this.platform, platformUserId } });
    return count > 0;
  }

  /** The conversation an earlier attempt at this delivery opened, if any. */
  async conversationOf(deliveryId: string): Promise<string | undefined> {
    const row = await this.prisma.groupConversation.findUnique({ where: { platform_deliveryId: { platform: this.platform, deliveryId } } });
    return row?.conversationId;
  }

  /** Records the conversation a delivery opened (replacing one that has since gone). */
  async rememberConversation(deliveryId: string, conversationId: string, now: Date): Promise<void> {
    const where = { platform_deliveryId: { platform: this.platform, deliveryId } };
    await this.prisma.groupConversation.upsert({ where, create: { platform: this.platform, deliveryId, conversationId, createdAt: now }, update: { conversationId } });
    await this.sweep(now);
  }

  /** Expired forms and old conversations go, at most once an hour per process. */
  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    await this.prisma.pendingForm.deleteMany({ where: { platform: this.platform, expiresAt: { lt: now } } });
    await this.prisma.groupConversation.deleteMany({
      where: { platform: this.platform, createdAt: { lt: new Date(now.getTime() - GROUP_CONVERSATION_DAYS * DAY_MS) } },
    });
  }
}
