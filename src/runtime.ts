import type { App } from './app.js';
import type { Config } from './config/env.js';
import type { ChatAdapter } from './core/adapter.js';
import { OutboxDispatcher } from './scheduling/outbox-dispatcher.js';
import { Scheduler } from './scheduling/scheduler.js';
import type { IncomingEvent } from './core/events.js';
import { startOpsServer } from './ops/http-server.js';
import { Metrics } from './ops/metrics.js';

/**
 * Ready when the adapter has started and is still connected to its platform, and the database
 * answers within two seconds.
 */
export async function readiness(app: App, adapterReady: boolean, adapterConnected = true): Promise<string | undefined> {
  if (!adapterReady) return 'the chat adapter is not connected';
  if (!adapterConnected) return 'the chat adapter lost its connection to the platform and is reconnecting';
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('the database did not answer within 2 s'), 2000).unref());
  const ping = app.store.database.prisma.$queryRawUnsafe('SELECT 1').then(
    () => undefined,
    () => 'the database is unreachable',
  );
  return Promise.race([ping, timeout]);
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
  const metrics = new Metrics(store, app.rateLimiter);
  const dispatcher = new OutboxDispatcher(
    store.outbox,
    async (message) => {
      const deliveryId = `outbox-${message.id}`;
      try {
        const { communityExternalId } = message;
        const receipt = await (message.channelId
          ? adapter.sendToChannel({ communityExternalId, channelId: message.channelId, deliveryId }, message.message)
          : message.platformUserIds.length > 1
            ? adapter.sendToGroup({ communityExternalId, platformUserIds: message.platformUserIds, deliveryId }, message.message)
            : adapter.sendDirect({ communityExternalId, platformUserId: message.platformUserId, deliveryId }, message.message));
        metrics.delivered.inc({ result: 'sent' });
        metrics.deliveryLatency.observe((Date.now() - message.createdAt.getTime()) / 1000);
        return receipt;
      } catch (error) {
        metrics.delivered.inc({ result: 'error' });
        throw error;
      }
    },
    logger,
    { lockMs: config.OUTBOX_LOCK_SECONDS * 1000, ratePerSecond: config.OUTBOX_RATE_PER_SECOND, platforms: [adapter.platform], ...(adapter.reachesOnly && { onlyFor: adapter.reachesOnly }) },
  );
  const scheduler = new Scheduler(store, logger, async (report) => {
    metrics.promptsQueued.inc(report.promptsQueued);
  });
  const timed = {
    async handle(event: IncomingEvent) {
      metrics.eventsHandled.inc({ kind: event.kind });
      const stop = metrics.eventLatency.startTimer({ kind: event.kind });
      try {
        return await app.bot.handle(event);
      } finally {
        stop();
      }
    },
  };
  let adapterReady = false;
  const ops =
    config.PORT === undefined
      ? undefined
      : await startOpsServer(config.PORT, { check: () => readiness(app, adapterReady, adapter.connected?.() ?? true) }, metrics, adapter.handleHttpRequest?.bind(adapter), config.HOST);
  await adapter.start(timed);
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
