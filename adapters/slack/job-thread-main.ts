import { workerData } from 'node:worker_threads';
import { webApi } from '@slack/bolt';
import { commands } from '../../commands/index.js';
import { createApp } from '../../src/app.js';
import { serveJobs } from '../../src/core/job-thread-worker.js';
import { AdapterMemory } from '../../src/storage/adapter-memory.js';
import { boltLogger } from './bolt-logger.js';
import { slackClientOptions } from './client-options.js';
import { SlackEventRunner } from './event-runner.js';
import type { SlackJobThreadData } from './job-thread.js';
import { runJob, type SlackJob } from './request-intake.js';
import { SlackWeb } from './slack-web.js';

/**
 * The Slack job thread: a runtime of its own (its own database connections, Web API client and
 * caches) that hands each acknowledged job to the core and delivers the replies.
 */
serveJobs<SlackJob>(async (timed) => {
  const { config, database, commandPrefix, apiUrl, botToken, requestTimeoutMs } = workerData as SlackJobThreadData;
  const app = await createApp(config, { database, migrate: false, thread: 'jobs' });
  const { logger, now } = app.services;
  const client = new webApi.WebClient(undefined, { ...slackClientOptions(apiUrl, requestTimeoutMs), logger: boltLogger(logger) });
  const naming = { prefix: commandPrefix, names: new Set(commands.map((command) => command.name)) };
  const installations = app.store.slackInstallations;
  const web = new SlackWeb(client, naming, installations, botToken, new AdapterMemory(app.store.database.prisma, 'slack'), now);
  const runner = new SlackEventRunner({ client, web, naming, installations, logger, now });
  runner.handler = timed(app.bot);
  return { run: (job) => runJob(runner, job), close: () => app.close(), rateLimited: () => app.rateLimiter?.refused ?? 0 };
});
