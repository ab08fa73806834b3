import { Gauge, type Registry } from 'prom-client';
import type { Store } from '../storage/store.js';

/** "Did you meet?" answers, each reported even at zero so a dashboard sees them from the start. */
const ANSWERS = ['met', 'not_yet', 'skipped'] as const;

/** On-demand request statuses as an operator reads them. */
const REQUEST_OUTCOMES = { matched: 'accepted', expired: 'unanswered', open: 'waiting', cancelled: 'cancelled' } as const;

/**
 * Debrief pairing figures, counted in the database: true for every process sharing it and across
 * restarts. Counts only: no member, community or group id becomes a label.
 */
export function registerPairingMetrics(registry: Registry, store: Store): void {
  const prisma = () => store.database.prisma;
  new Gauge({
    name: 'peercircle_pairing_rounds',
    help: 'Debrief pairing rounds created',
    registers: [registry],
    async collect() {
      this.set(await prisma().pairingRound.count());
    },
  });
  new Gauge({
    name: 'peercircle_pairing_groups',
    help: 'Debrief groups formed (pairs and trios), re-matches within a round included',
    registers: [registry],
    async collect() {
      this.set(await prisma().pairingGroup.count());
    },
  });
  new Gauge({
    name: 'peercircle_pairing_answers',
    help: '"Did you meet?" answers, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
    async collect() {
      const rows = await prisma().pairingGroupMember.groupBy({ by: ['outcome'], where: { outcome: { not: null } }, _count: { _all: true } });
      for (const outcome of ANSWERS) this.set({ outcome }, rows.find((r) => r.outcome === outcome)?._count._all ?? 0);
    },
  });
  new Gauge({
    name: 'peercircle_debrief_requests',
    help: 'On-demand debrief requests, by outcome: accepted; unanswered (nobody accepted in time, or every peer asked said not today); waiting',
    labelNames: ['outcome'],
    registers: [registry],
    async collect() {
      const rows = await prisma().debriefRequest.groupBy({ by: ['status'], _count: { _all: true } });
      for (const [status, outcome] of Object.entries(REQUEST_OUTCOMES)) this.set({ outcome }, rows.find((r) => r.status === status)?._count._all ?? 0);
    },
  });
}
