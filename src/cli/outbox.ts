import type { GaveUpMessage } from '../storage/outbox.js';
import type { Store } from '../storage/store.js';

export interface OutboxOptions {
  limit: number;
  format: 'text' | 'json';
  /** Message ids to put back in line, or all that gave up. */
  requeue?: bigint[] | 'all';
}

const stamp = (at: Date | null) => (at ? at.toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace('T', ' ') : 'never gives up');

/** One message that gave up, as a line an operator can act on. No member is named: only the community. */
export function gaveUpLine(message: GaveUpMessage): string {
  return `  #${message.id}  ${message.kind}  ${message.community}  queued ${stamp(message.createdAt)}  worth sending until ${stamp(message.deliverBy)}  attempts ${message.attempts}\n      ${message.lastError ?? 'no error recorded'}`;
}

/**
 * `peercircle outbox`: what is waiting, what was sent, and every message that gave up (the
 * platform refused it for good, or it was no longer worth sending), with a way to send them again.
 */
export async function outboxReport(store: Store, options: OutboxOptions, print: (line: string) => void, now = new Date()): Promise<void> {
  if (options.requeue) {
    const count = await store.outbox.requeue(options.requeue, now);
    print(count === 0 ? 'Nothing to re-queue: no message with those ids gave up.' : `Re-queued ${count} message(s); a running bot sends them within seconds.`);
    return;
  }
  const counts = await store.outbox.counts();
  const gaveUp = await store.outbox.gaveUp(options.limit);
  if (options.format === 'json') {
    print(JSON.stringify({ ...counts, gaveUp: gaveUp.map((m) => ({ ...m, id: String(m.id) })) }, null, 2));
    return;
  }
  print(`Outbox: ${counts.pending} waiting, ${counts.sent} sent, ${counts.failed} gave up.`);
  if (gaveUp.length === 0) return;
  print(`Gave up (newest first${counts.failed > gaveUp.length ? `, ${gaveUp.length} of ${counts.failed}` : ''}):`);
  for (const message of gaveUp) print(gaveUpLine(message));
  print(`Send them again with: peercircle outbox --requeue ${gaveUp.slice(0, 3).map((m) => String(m.id)).join(',')}${gaveUp.length > 3 ? ',…' : ''}  (or --requeue all)`);
}

/** `--requeue 12,15` or `--requeue all`; undefined for anything else. */
export function parseRequeue(value: string): bigint[] | 'all' | undefined {
  if (value.trim() === 'all') return 'all';
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !/^\d{1,19}$/.test(part))) return undefined;
  return parts.map((part) => BigInt(part));
}
