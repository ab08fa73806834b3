import { isQuietAt } from '../domain/quiet-hours.js';
import type { Store } from '../storage/store.js';
import { findDueCheckIns, type DueCheckIn } from './due-check-ins.js';

export interface TickReport {
  at: Date;
  /** Check-ins whose time has come and that may be sent now. */
  dueCheckIns: DueCheckIn[];
  /** Due, but inside the member's quiet hours: they wait until quiet hours end. */
  heldForQuietHours: number;
}

/**
 * One scheduler pass as if it were `at`: finds the work that is due. Delivery (claims and the
 * outbox) builds on this report.
 */
export async function runTick(store: Store, at: Date): Promise<TickReport> {
  const due = await findDueCheckIns(store.database.prisma, at);
  const sendable = due.filter(
    (d) => !isQuietAt(d.quietStart && d.quietEnd ? { start: d.quietStart, end: d.quietEnd } : null, d.localTime),
  );
  return { at, dueCheckIns: sendable, heldForQuietHours: due.length - sendable.length };
}
