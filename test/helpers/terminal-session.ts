import { PassThrough } from 'node:stream';
import pino from 'pino';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testCipher } from './test-cipher.js';

export interface TerminalHarness {
  app: App;
  /** Types the lines into a fresh terminal session and returns everything the bot printed. */
  type(...lines: string[]): Promise<string>;
  /** The same, as another member of the same community. */
  typeAs(user: string, ...lines: string[]): Promise<string>;
  /** Moves the clock the bot sees. */
  setNow(instant: Date): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  now?: Date;
  user?: string;
  /** Pins the self-care idea picked, and anything else random. */
  random?: () => number;
  /** Where the bot's log lines go; silent by default. */
  logger?: pino.Logger;
}

/** The real bot, real database and real terminal adapter, driven through in-memory streams. */
export async function startTerminalHarness(options: HarnessOptions = {}): Promise<TerminalHarness> {
  const parsed = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', ...options.env });
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  const config: Config = parsed.value;
  const testDb: TestDatabase = await createTestDatabase();
  let now = options.now ?? new Date('2026-11-23T10:00:00Z');
  const app = await createApp(config, {
    database: testDb.target, cipher: testCipher(),
    logger: options.logger ?? pino({ level: 'silent' }),
    now: () => now,
    random: options.random ?? (() => 0),
  });
  const defaultUser = options.user ?? 'sam';
  const session = async (user: string, lines: string[]) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let transcript = '';
    output.on('data', (chunk: Buffer) => (transcript += chunk.toString()));
    const adapter = new TerminalAdapter({
      input,
      output,
      interactive: false,
      community: { platform: 'terminal', externalId: 'local', name: 'the test circle' },
      user: { id: user, displayName: user },
      now: () => now,
    });
    await adapter.start(app.bot);
    input.end(lines.map((line) => `${line}\n`).join(''));
    await adapter.finished();
    return transcript;
  };
  return {
    app,
    type: (...lines) => session(defaultUser, lines),
    typeAs: (user, ...lines) => session(user, lines),
    setNow(instant) {
      now = instant;
    },
    async close() {
      await app.close();
      await testDb.release();
    },
  };
}
