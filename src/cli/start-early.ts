import path from 'node:path';
import type { Config } from '../config/env.js';
import { PeercircleError } from '../core/errors.js';
import { startEmbeddedServerEarly } from '../storage/embedded/embedded-server.js';
import { checkPortFree } from './check-port.js';
import { loadConfigOrExit } from './load-config.js';

/** Start-up progress on standard error: the conversation (terminal mode) keeps standard output. */
export const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

let prepared: Promise<Config> | undefined;

/**
 * The first, light steps of `peercircle start`: settings, the first progress line, a taken PORT
 * (known in a moment, before the slow part), then the embedded database's process. bin/ calls this
 * before the rest of the bot loads, so PGlite opens meanwhile; `start` awaits the same promise, so
 * its failures are reported by the command like any other.
 */
export function prepareStart(): Promise<Config> {
  prepared ??= (async () => {
    const config = loadConfigOrExit();
    const slack = Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID);
    if (slack && config.DISCORD_TOKEN) {
      throw new PeercircleError('CONFIG_INVALID', 'Both Slack and Discord credentials are set. Run one process per platform: unset the SLACK_* or the DISCORD_* settings.');
    }
    progress(`Starting peercircle… ${whereData(config)}`);
    if (config.PORT !== undefined) await checkPortFree(config.PORT, config.HOST);
    if (!config.DATABASE_URL) startEmbeddedServerEarly(path.resolve(config.DATA_DIR), config.DATA_DIR);
    return config;
  })();
  return prepared;
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
