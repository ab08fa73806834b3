import type { Prisma as PrismaClientType, QuickLane } from './database.js';
import type { Platform } from './generated/client.js';
import type { NoteCipher } from '../security/note-cipher.js';

/** How long done work is kept: long enough to recognise any re-send of it. */
export const DONE_WORK_KEPT_MS = 60 * 60 * 1000;

export interface NewWork {
  key: string;
  platform: Platform;
  payload: unknown;
}

export interface StoredWork {
  key: string;
  payload: unknown;
  attempts: number;
}

/**
 * Acknowledged work, shared by every process on the database. `record` is one multi-row insert on
 * the primary key: a key already there (a re-send, in any process) is not recorded again.
 */
export class AcknowledgedWorkRepository {
  constructor(
    private readonly prisma: PrismaClientType,
    /** Payloads hold what members typed (a check-in note, a message): sealed like notes, and emptied once done. */
    private readonly cipher: NoteCipher,
    /** Where `record` runs when the database has one: acks wait on it, so it skips the pool's queue. */
    private readonly quick?: QuickLane,
  ) {}

  /**
   * Records each new key, leased to the caller until `leaseUntil`; returns the keys that were new.
   * One statement of the same shape whatever the number of entries (arrays, unnested).
   */
  async record(entries: NewWork[], at: Date, leaseUntil: Date): Promise<Set<string>> {
    if (entries.length === 0) return new Set();
    const keys = entries.map((e) => e.key);
    const platforms = entries.map((e) => e.platform);
    const payloads = entries.map((e) => JSON.stringify({ sealed: this.cipher.encrypt(JSON.stringify(e.payload)) }));
    const sql = `
      INSERT INTO acknowledged_work (key, platform, payload, received_at, lease_until)
      SELECT t.key, t.platform::"Platform", t.payload::jsonb, ($4::timestamptz AT TIME ZONE 'UTC'), ($5::timestamptz AT TIME ZONE 'UTC')
      FROM unnest($1::text[], $2::text[], $3::text[]) AS t(key, platform, payload)
      ON CONFLICT (key) DO NOTHING
      RETURNING key`;
    const values = [keys, platforms, payloads, at.toISOString(), leaseUntil.toISOString()];
    const inserted = this.quick ? await this.quick.query<{ key: string }>(sql, values, 'record-acknowledged-work') : await this.prisma.$queryRawUnsafe<{ key: string }[]>(sql, ...values);
    return new Set(inserted.map((row) => row.key));
  }

  /** Extends the lease on work this process still holds (queued or running). */
  async renew(keys: string[], leaseUntil: Date): Promise<void> {
    if (keys.length === 0) return;
    await this.prisma.acknowledgedWork.updateMany({ where: { key: { in: keys }, doneAt: null }, data: { leaseUntil } });
  }

  /** Gives work back unleased, for any process to take (this one is too busy to hold it). */
  async release(keys: string[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    await this.prisma.acknowledgedWork.updateMany({ where: { key: { in: keys }, doneAt: null }, data: { leaseUntil: at } });
  }

  /**
   * Takes up to `limit` unfinished items whose lease ran out (their process died, or gave them
   * back), leasing them to the caller. Concurrent takers never get the same item.
   */
  async takeAbandoned(platform: Platform, at: Date, leaseUntil: Date, limit: number): Promise<StoredWork[]> {
    const rows = await this.prisma.$queryRaw<{ key: string; payload: { sealed?: string }; attempts: number }[]>`
      UPDATE acknowledged_work SET lease_until = (${leaseUntil}::timestamptz AT TIME ZONE 'UTC'), attempts = attempts + 1
      WHERE key IN (
        SELECT key FROM acknowledged_work
        WHERE done_at IS NULL AND lease_until < (${at}::timestamptz AT TIME ZONE 'UTC') AND platform = ${platform}::"Platform"
        ORDER BY received_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING key, payload, attempts`;
    return rows.map((row) => ({ key: row.key, attempts: row.attempts, payload: this.unseal(row.payload) }));
  }

  private unseal(payload: { sealed?: string }): unknown {
    return typeof payload.sealed === 'string' ? JSON.parse(this.cipher.decrypt(payload.sealed)) : null;
  }

  async complete(keys: string[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    // Only the key stays (to recognise a re-send); what the member wrote goes at once.
    await this.prisma.acknowledgedWork.updateMany({ where: { key: { in: keys } }, data: { doneAt: at, payload: {} } });
  }

  /** Unfinished work by whether some process holds it: the backlog /metrics shows. */
  async backlog(at: Date): Promise<{ leased: number; waiting: number }> {
    const [leased, waiting] = await Promise.all([
      this.prisma.acknowledgedWork.count({ where: { doneAt: null, leaseUntil: { gte: at } } }),
      this.prisma.acknowledgedWork.count({ where: { doneAt: null, leaseUntil: { lt: at } } }),
    ]);
    return { leased, waiting };
  }

  /** Forgets done work older than the time a re-send can come. Returns how many went. */
  async sweep(at: Date): Promise<number> {
    const { count } = await this.prisma.acknowledgedWork.deleteMany({ where: { doneAt: { lt: new Date(at.getTime() - DONE_WORK_KEPT_MS) } } });
    return count;
  }
}
