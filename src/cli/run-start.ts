import type { Config } from '../config/env.js';
import { PeercircleError } from '../core/errors.js';
import path from 'node:path';
import { startEmbeddedServerEarly } from '../storage/embedded/embedded-server.js';
import { checkPortFree } from './check-port.js';
import { loadConfigOrExit } from './load-config.js';

/** Start-up progress on standard error: the conversation (terminal mode) keeps standard output. */
export const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** `peercircle start`: says at once what it is doing, fails fast on a taken PORT, then runs one platform. */
export async function runStart(): Promise<void> {
  const config = loadConfigOrExit();
  const slack = Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID);
  if (slack && config.DISCORD_TOKEN) {
    throw new PeercircleError('CONFIG_INVALID', 'Both Slack and Discord credentials are set. Run one process per platform: unset the SLACK_* or the DISCORD_* settings.');
  }
  progress(`Starting peercircle… ${whereData(config)}`);
  // Checked before the database opens, which can take a while: a taken port is known in a moment.
  if (config.PORT !== undefined) await checkPortFree(config.PORT, config.HOST);
  // PGlite opens in its own process while this one loads the platform's code.
  if (!config.DATABASE_URL) startEmbeddedServerEarly(path.resolve(config.DATA_DIR), config.DATA_DIR);
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./start-discord.js');
    await startDiscord({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, progress);
  } else if (slack) {
    const { startSlack } = await import('../../adapters/slack/start-slack.js');
    await startSlack(config, progress);
    process.exit(0);
  } else {
    const { startTerminal } = await import('./start-terminal.js');
    await startTerminal(config, progress);
  }
}

function whereData(config: Config): string {
  if (config.DATABASE_URL) {
    try {
      const url = new URL(config.DATABASE_URL);
      return `connecting to PostgreSQL at ${url.hostname}:${url.port || '5432'} (DATABASE_URL)`;
    } catch {
      return 'connecting to PostgreSQL (DATABASE_URL)';
    }
  }
  return `opening the embedded database in DATA_DIR=${config.DATA_DIR}`;
}
