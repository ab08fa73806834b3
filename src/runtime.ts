import type { App } from './app.js';
import type { Config } from './config/env.js';
import type { ChatAdapter, DeliveryReceipt, HandleHooks } from './core/adapter.js';
import type { ClaimedMessage } from './storage/outbox.js';
import { OutboxDispatcher } from './scheduling/outbox-dispatcher.js';
import { Scheduler } from './scheduling/scheduler.js';
import type { IncomingEvent } from './core/events.js';
import { startOpsServer } from './ops/http-server.js';
import { Metrics } from './ops/metrics.js';
import { portError } from './ops/port-error.js';

/**
 * Ready when the adapter has started, is still connected to its platform and has finished warming up, and the
 * database answers within two seconds.
 */
export async function readiness(app: App, adapterReady: boolean, adapterConnected = true, warmingUp?: string): Promise<string | undefined> {
  if (!adapterReady) return 'the chat adapter is not connected';
  if (!adapterConnected) return 'the chat adapter lost its connection to the platform and is reconnecting';
  if (warmingUp !== undefined) return warmingUp;
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('the database did not answer within 2 s'), 2000).unref());
  const ping = app.store.database.prisma.$queryRawUnsafe('SELECT 1').then(
    () => undefined,
    () => 'the database is unreachable',
  );
  return Promise.race([ping, timeout]);
}

/**
 * What /readyz says about delivery: the platforms (or workspaces) whose circuit breaker is open,
 * since when and when the next probe goes. An open breaker does not make the process unready: it
 * still answers members; only the platform's sending side is failing, and the outbox waits it out.
 */
export function deliveryDetails(dispatcher: OutboxDispatcher): Record<string, unknown> {
  const paused = dispatcher.breakers.notClosed().map((breaker) => ({
    scope: breaker.key,
    state: breaker.state,
    ...(breaker.openSince !== undefined ? { since: new Date(breaker.openSince).toISOString() } : {}),
    ...(breaker.nextProbeAt !== undefined ? { nextProbeAt: new Date(breaker.nextProbeAt).toISOString() } : {}),
  }));
  return { delivery: paused.length === 0 ? { state: 'sending' } : { state: 'paused: the platform is failing, messages wait and nothing is lost', paused } };
}

/** Sends one outbox message through the adapter: to a channel, a group conversation, or by DM. */
export function deliveryThrough(adapter: ChatAdapter): (message: ClaimedMessage) => Promise<DeliveryReceipt> {
  return (message) => {
    const deliveryId = `outbox-${message.id}`;
    const { communityExternalId } = message;
    return message.channelId
      ? adapter.sendToChannel({ communityExternalId, channelId: message.channelId, deliveryId }, message.message)
      : message.platformUserIds.length > 1
        ? adapter.sendToGroup({ communityExternalId, platformUserIds: message.platformUserIds, deliveryId }, message.message)
        : adapter.sendDirect({ communityExternalId, platformUserId: message.platformUserId, deliveryId }, message.message);
  };
}

export interface Running {
  /** The port /healthz, /readyz and /metrics listen on, when PORT is set. */
  opsPort?: number;
  /** Stops taking events and work, finishes deliveries in flight, closes the database. */
  shutdown(): Promise<void>;
}

/**
 * Runs the bot on one adapter: events in, the scheduler ticking each minute, and the outbox
 * delivered through the adapter. Several such processes may share one PostgreSQL.
 */
export async function runBot(app: App, adapter: ChatAdapter, config: Config): Promise<Running> {
  const { store, logger } = app.services;
  const overdueAfterMs = config.OUTBOX_OVERDUE_MINUTES * 60_000;
  const metrics = new Metrics(store, app.rateLimiter, overdueAfterMs);
  const send = deliveryThrough(adapter);
  const dispatcher = new OutboxDispatcher(
    store.outbox,
    async (message) => {
      try {
        const receipt = await send(message);
        metrics.delivered.inc({ result: 'sent' });
        metrics.deliveryLatency.observe((Date.now() - message.createdAt.getTime()) / 1000);
        return receipt;
      } catch (error) {
        metrics.delivered.inc({ result: 'error' });
        throw error;
      }
    },
    logger,
    { lockMs: config.OUTBOX_LOCK_SECONDS * 1000, ratePerSecond: config.OUTBOX_RATE_PER_SECOND, platforms: [adapter.platform], overdueAfterMs, now: () => app.services.now(), ...(adapter.reachesOnly && { onlyFor: adapter.reachesOnly }) },
    {
      gaveUp: (kind, reason) => metrics.gaveUp.inc({ kind, reason }),
      tookOver: (count) => metrics.takenOver.inc(count),
      breakerChanged: (change) => metrics.breakerChanges.inc({ platform: change.key.split(':')[0]!, state: change.state }),
    },
  );
  metrics.openBreakers = () => dispatcher.breakers.notClosed().map((breaker) => breaker.key);
  const scheduler = new Scheduler(store, logger, async (report) => {
    metrics.promptsQueued.inc(report.promptsQueued);
  });
  const timed = {
    async handle(event: IncomingEvent, hooks?: HandleHooks) {
      metrics.eventsHandled.inc({ kind: event.kind });
      const stop = metrics.eventLatency.startTimer({ kind: event.kind });
      try {
        return await app.bot.handle(event, hooks);
      } finally {
        stop();
      }
    },
    handledElsewhere(kind: IncomingEvent['kind'], seconds: number, rateLimited = 0) {
      metrics.eventsHandled.inc({ kind });
      metrics.eventLatency.observe({ kind }, seconds);
      metrics.rateLimitedElsewhere += rateLimited;
    },
  };
  let adapterReady = false;
  const ops =
    config.PORT === undefined
      ? undefined
      : await startOpsServer(
          config.PORT,
          { check: () => readiness(app, adapterReady, adapter.connected?.() ?? true, adapter.warmingUp?.()), details: () => deliveryDetails(dispatcher) },
          metrics,
          adapter.handleHttpRequest?.bind(adapter),
          config.HOST,
        ).catch((error: NodeJS.ErrnoException) => {
          throw portError(config.PORT!, config.HOST, error);
        });
  try {
    await adapter.start(timed);
  } catch (error) {
    // Refused credentials, say: nothing of this run may stay open.
    await new Promise<void>((resolve) => (ops ? ops.close(() => resolve()) : resolve()));
    throw error;
  }
  adapterReady = true;
  if (config.SCHEDULER === 'on') {
    scheduler.start();
    dispatcher.start();
  }
  let stopping: Promise<void> | undefined;
  const address = ops?.address();
  return {
    ...(address && typeof address === 'object' ? { opsPort: address.port } : {}),
    shutdown() {
      stopping ??= (async () => {
        adapterReady = false;
        await new Promise<void>((resolve) => (ops ? ops.close(() => resolve()) : resolve()));
        await adapter.stop();
        await scheduler.stop();
        await dispatcher.stop();
        await app.close();
      })();
      return stopping;
    },
  };
}
