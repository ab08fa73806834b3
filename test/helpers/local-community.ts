import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { openTerminalSession } from '../../src/cli/start-terminal.js';
import { parseConfig } from '../../src/config/env.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testCipher } from './test-cipher.js';
import { waitFor } from './processes.js';

export interface OpenTerminal {
  /** Types one line, as the member would at the keyboard. */
  type(line: string): void;
  /** Everything this member's terminal has shown so far. */
  screen(): string;
  /** Waits until the screen shows `text`. */
  sees(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Ends input (Ctrl-D): the session finishes what it was doing and closes. Returns the screen. */
  close(): Promise<string>;
}

export interface LocalCommunity {
  /** The data folder the sessions share (DATA_DIR); saved files are in its `attachments`. */
  dataDir: string;
  /** Opens the terminal as `peercircle start` does with TERMINAL_USER and TERMINAL_ROLE set. */
  open(user: string, role?: 'peer' | 'supervisor' | 'admin'): Promise<OpenTerminal>;
  /** The shared database, for checking rows between sessions (open only while no session is). */
  inspect<T>(check: (database: Database) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

/**
 * Several members of one local community taking turns at the terminal, on one data folder and one
 * database, each session wired exactly as `peercircle start` wires it (scheduler and outbox on).
 */
export async function startLocalCommunity(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<LocalCommunity> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-local-'));
  const testDb: TestDatabase = await createTestDatabase();
  /** Sessions still open: `dispose` closes them before the database is handed back. */
  const open = new Set<() => Promise<string>>();
  return {
    dataDir,
    async open(user, role = 'peer') {
      const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', DATA_DIR: dataDir, TERMINAL_USER: user, TERMINAL_ROLE: role, SCHEDULER: 'on', ...options.env });
      if (!config.ok) throw new Error(config.error.join('\n'));
      const input = new PassThrough();
      const output = new PassThrough();
      let screen = '';
      output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
      const session = await openTerminalSession(config.value, { input, output, interactive: false }, {
        database: testDb.target,
        cipher: testCipher(),
        logger: pino({ level: 'silent' }),
        ...(options.now && { now: options.now }),
      });
      const close = async () => {
        open.delete(close);
        input.end();
        await session.finished();
        await session.running.shutdown();
        return screen;
      };
      open.add(close);
      return {
        type: (line) => input.write(`${line}\n`),
        screen: () => screen,
        sees: (text, timeoutMs = 15_000) =>
          waitFor(() => (typeof text === 'string' ? screen.includes(text) : text.test(screen)), timeoutMs, `${user}'s terminal to show ${String(text)}`),
        close,
      };
    },
    async inspect(check) {
      const database = await openDatabase(testDb.target);
      try {
        return await check(database);
      } finally {
        await database.close();
      }
    },
    async dispose() {
      for (const close of [...open]) await close();
      await testDb.release();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
