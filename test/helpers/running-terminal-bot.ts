import { PassThrough } from 'node:stream';
import pino from 'pino';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { UserRef } from '../../src/core/events.js';
import { runBot, type Running } from '../../src/runtime.js';
import { createTestDatabase } from './test-database.js';
import { testCipher } from './test-cipher.js';

export interface RunningTerminalBot {
  app: App;
  running: Running;
  /** Everything the terminal has shown so far. */
  screen(): string;
  type(line: string): void;
  close(): Promise<void>;
}

/**
 * The whole bot as `peercircle start` runs it (scheduler and outbox delivery on), on a fresh test
 * database, with the terminal adapter as its platform: for flows that need delivery to happen.
 */
export async function startRunningTerminalBot(options: { externalId: string; user: UserRef; env?: Record<string, string> }): Promise<RunningTerminalBot> {
  const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', SCHEDULER: 'on', ...options.env });
  if (!config.ok) throw new Error(config.error.join('\n'));
  const testDb = await createTestDatabase();
  const app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const adapter = new TerminalAdapter({ input, output, interactive: false, community: { platform: 'terminal', externalId: options.externalId }, user: options.user });
  const running = await runBot(app, adapter, config.value);
  return {
    app,
    running,
    screen: () => screen,
    type: (line) => input.write(`${line}\n`),
    close: async () => {
      input.end();
      await running.shutdown();
      await testDb.release();
    },
  };
}
