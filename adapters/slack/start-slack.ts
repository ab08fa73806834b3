import { commands } from '../../commands/index.js';
import { createApp } from '../../src/app.js';
import type { Config } from '../../src/config/env.js';
import { memberHome } from '../../src/core/home.js';
import { runBot } from '../../src/runtime.js';
import { AdapterMemory } from '../../src/storage/adapter-memory.js';
import { SlackAdapter } from './slack-adapter.js';
import { stopOnSignal } from '../../src/cli/stop-on-signal.js';

/** `peercircle start` with Slack credentials: HTTP mode on PORT, or Socket Mode with SLACK_APP_TOKEN. */
export async function startSlack(config: Config, progress?: (line: string) => void): Promise<void> {
  const app = await createApp(config, progress ? { progress } : {});
  const oauth =
    config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET
      ? { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET, stateSecret: config.SLACK_STATE_SECRET }
      : undefined;
  const adapter = new SlackAdapter({
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_BOT_TOKEN ? { botToken: config.SLACK_BOT_TOKEN } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    ...(oauth && !config.SLACK_BOT_TOKEN ? { oauth } : {}),
    installations: app.store.slackInstallations,
    acknowledgedWork: app.store.acknowledgedWork,
    forms: new AdapterMemory(app.store.database.prisma, 'slack'),
    workLeaseMs: config.WORK_LEASE_SECONDS * 1000,
    // Commands are worked on by a thread of their own, so this one only verifies, records and acknowledges.
    ...(app.store.database.sharedTarget ? { jobThread: { config, database: app.store.database.sharedTarget } } : {}),
    logger: app.services.logger,
    commandNames: commands.map((command) => command.name),
    home: (community, user) => memberHome(app.services, community, user),
  });
  if (oauth && config.SLACK_BOT_TOKEN) {
    app.services.logger.warn('SLACK_BOT_TOKEN is set, so peercircle serves that one workspace; unset it to install in many through OAuth.');
  }
  let running;
  try {
    progress?.(`Connecting to Slack (${config.SLACK_APP_TOKEN ? 'Socket Mode' : `HTTP on PORT=${config.PORT}`})…`);
    running = await runBot(app, adapter, config);
    progress?.('Connected to Slack: peercircle is running. Stop it with Ctrl+C.');
  } catch (error) {
    // The caller prints why in one line; nothing left open may keep the process alive after.
    setTimeout(() => process.exit(process.exitCode ?? 1), 1000).unref();
    await app.close().catch(() => {});
    throw error;
  }
  app.services.logger.info(
    {
      mode: config.SLACK_APP_TOKEN ? 'socket' : 'http',
      install: config.SLACK_BOT_TOKEN ? 'single workspace' : 'oauth',
      ...(running.opsPort !== undefined ? { port: running.opsPort } : {}),
    },
    'peercircle is running in Slack',
  );
  await new Promise<void>((resolve) => stopOnSignal(() => running.shutdown(), resolve));
}
