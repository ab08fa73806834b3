import type { App } from './app.js';
import type { Config } from './config/env.js';
import type { ChatAdapter } from './core/adapter.js';
import { OutboxDispatcher } from './scheduling/outbox-dispatcher.js';
import { Scheduler } from './scheduling/scheduler.js';

export interface Running {
  /** Stops taking events and work, finishes deliveries in flight, closes the database. */
  shutdown(): Promise<void>;
}

/**
 * Runs the bot on one adapter: events in, the scheduler ticking each minute, and the outbox
 * delivered through the adapter. Several such processes may share one PostgreSQL.
 */
export async function runBot(app: App, adapter: ChatAdapter, config: Config): Promise<Running> {
  const { store, logger } = app.services;
  const dispatcher = new OutboxDispatcher(
    store.outbox,
    (message) =>
      message.channelId
        ? adapter.sendToChannel({ communityExternalId: message.communityExternalId, channelId: message.channelId }, message.message)
        : adapter.sendDirect({ communityExternalId: message.communityExternalId, platformUserId: message.platformUserId }, message.message),
    logger,
    { lockMs: config.OUTBOX_LOCK_SECONDS * 1000, ratePerSecond: config.OUTBOX_RATE_PER_SECOND, platforms: [adapter.platform] },
  );
  const scheduler = new Scheduler(store, logger);
  await adapter.start(app.bot);
  if (config.SCHEDULER === 'on') {
    scheduler.start();
    dispatcher.start();
  }
  let stopping: Promise<void> | undefined;
  return {
    shutdown() {
      stopping ??= (async () => {
        await adapter.stop();
        await scheduler.stop();
        await dispatcher.stop();
        await app.close();
      })();
      return stopping;
    },
  };
}
