import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CommandRateLimiter } from '../core/rate-limit.js';
import type { Store } from '../storage/store.js';
import { registerPairingMetrics } from './pairing-metrics.js';

/** The bot's Prometheus metrics. Counts only: no member, text or id ever becomes a label. */
export class Metrics {
  readonly registry = new Registry();
  readonly eventsHandled = new Counter({ name: 'peercircle_events_handled_total', help: 'Events handled, by kind', labelNames: ['kind'], registers: [this.registry] });
  readonly eventLatency = new Histogram({
    name: 'peercircle_event_seconds',
    help: 'Time to answer an event (commands, buttons, forms, messages)',
    labelNames: ['kind'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
    registers: [this.registry],
  });
  readonly promptsQueued = new Counter({ name: 'peercircle_checkin_prompts_queued_total', help: 'Check-in prompts claimed and queued by this process', registers: [this.registry] });
  readonly delivered = new Counter({ name: 'peercircle_outbox_deliveries_total', help: 'Outbox delivery attempts, by result', labelNames: ['result'], registers: [this.registry] });
  readonly deliveryLatency = new Histogram({
    name: 'peercircle_delivery_seconds',
    help: 'From a message being queued to its delivery',
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
    registers: [this.registry],
  });

  readonly gaveUp = new Counter({
    name: 'peercircle_outbox_gave_up_total',
    help: 'Outbox messages given up by this process, by kind and reason (refused: the platform said never; expired: no longer worth sending)',
    labelNames: ['kind', 'reason'],
    registers: [this.registry],
  });
  readonly takenOver = new Counter({
    name: 'peercircle_outbox_taken_over_total',
    help: "Outbox messages this process took over from another process whose claim lapsed",
    registers: [this.registry],
  });
  readonly breakerChanges = new Counter({
    name: 'peercircle_delivery_circuit_changes_total',
    help: 'Delivery circuit breakers opening (the platform failing) and closing (answering again), by platform',
    labelNames: ['platform', 'state'],
    registers: [this.registry],
  });
  /** Commands refused by the rate limit of another thread of this process (the job thread), since start. */
  rateLimitedElsewhere = 0;
  /** The keys of this process's delivery circuit breakers that are not closed ("slack", "slack:T0123"). */
  openBreakers: () => string[] = () => [];

  constructor(store: Store, rateLimiter?: CommandRateLimiter, overdueAfterMs = 15 * 60_000) {
    const refusedElsewhere = () => this.rateLimitedElsewhere;
    new Counter({
      name: 'peercircle_commands_rate_limited_total',
      help: 'Commands refused by the per-member rate limit in this process (all its threads)',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc((rateLimiter?.refused ?? 0) + refusedElsewhere());
      },
    });
    new Gauge({
      name: 'peercircle_outbox_messages',
      help: 'Outbox messages by status (pending is the delivery backlog)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const counts = await store.outbox.counts();
        for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
      },
    });
    new Gauge({
      name: 'peercircle_outbox_overdue',
      help: 'Escalations and crisis-contact requests (never given up) still undelivered after the overdue time, by kind',
      labelNames: ['kind'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [kind, n] of Object.entries(await store.outbox.overdueCounts(new Date(), overdueAfterMs))) this.set({ kind }, n);
      },
    });
    new Gauge({
      name: 'peercircle_checkins_answered',
      help: 'Completed check-ins held in the database',
      registers: [this.registry],
      async collect() {
        this.set(await store.database.prisma.checkIn.count({ where: { completedAt: { not: null } } }));
      },
    });
    new Gauge({
      name: 'peercircle_escalations',
      help: 'Support signals by level and status',
      labelNames: ['level', 'status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows = await store.database.prisma.escalation.groupBy({ by: ['level', 'status'], _count: { _all: true } });
        for (const row of rows) this.set({ level: row.level, status: row.status }, row._count._all);
      },
    });
    new Gauge({
      name: 'peercircle_acknowledged_work',
      help: 'Commands and clicks acknowledged to the platform and not yet answered: held by a process, or waiting for one with room (falling behind)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const { leased, waiting } = await store.acknowledgedWork.backlog(new Date());
        this.set({ state: 'held' }, leased);
        this.set({ state: 'waiting' }, waiting);
      },
    });
    const openBreakers = () => this.openBreakers();
    new Gauge({
      name: 'peercircle_delivery_circuit_open',
      help: 'Delivery circuit breakers of this process not closed (sends paused while the platform fails), by platform and scope (platform or workspace)',
      labelNames: ['platform', 'scope'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const key of openBreakers()) {
          const [platform, workspace] = key.split(':');
          this.inc({ platform: platform!, scope: workspace ? 'workspace' : 'platform' });
        }
      },
    });
    registerPairingMetrics(this.registry, store);
  }
}
