import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PeercircleError } from '../../core/errors.js';

/** The PostgreSQL port number pg puts in the socket's file name; nothing listens on TCP. */
export const SOCKET_PORT = 5432;
// Plain JavaScript, run by node itself: no TypeScript loader to start (about 0.3 s).
const childEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.js');

/** Database processes of this one that are running, and the line for one that stopped unasked. */
const live = new Set<ChildProcess>();
let lost: PeercircleError | undefined;

/**
 * After an error that may come from the database process having died (a query that lost its
 * connection): the one line saying so, if it did. Its exit may be reported a moment after the
 * closed connection, so this waits up to `waitMs` for it.
 */
export async function lostDatabaseProcess(waitMs = 1000): Promise<PeercircleError | undefined> {
  if (lost || live.size === 0) return lost;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    for (const child of live) child.once('exit', () => setImmediate(() => (clearTimeout(timer), resolve())));
  });
  return lost;
}

export interface EmbeddedDatabaseProcess {
  readonly pid: number;
  /** The private folder holding the socket: pg's `host`. */
  readonly socketDir: string;
  /** Called once if the process stops without being asked to, with one line saying so. */
  onLost(listener: (error: PeercircleError) => void): void;
  /** Lets the process close the database and waits for it to exit. */
  close(): Promise<void>;
}

/**
 * Starts the process that runs PGlite for `pgliteDir`, so the database's work never stalls the
 * thread that answers the platforms. The child dies with this process: it closes the database when
 * the IPC channel closes, which happens however this process ends.
 */
export function startEmbeddedDatabase(pgliteDir: string, shownAs: string): Promise<EmbeddedDatabaseProcess> {
  // A private folder (mode 0700): nobody else on the machine may connect to the socket.
  let socketDir: string;
  try {
    socketDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-db-'));
  } catch (error) {
    return Promise.reject(
      new PeercircleError(
        'CONFIG_INVALID',
        `The embedded database needs a private folder for its socket in ${os.tmpdir()}, which could not be made (${(error as NodeJS.ErrnoException).code ?? 'error'}). Set TMPDIR to a folder this user can write.`,
        { cause: error },
      ),
    );
  }
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const child = spawn(process.execPath, [childEntry, pgliteDir, socketPath], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const cleanUp = () => {
    process.off('exit', cleanUp);
    rmSync(socketDir, { recursive: true, force: true });
  };
  // Also when this process exits before hearing that the database process died.
  process.once('exit', cleanUp);
  return new Promise((resolve, reject) => {
    const failedToStart = (why: string) => {
      cleanUp();
      reject(openError(pgliteDir, why));
    };
    const onMessage = (message: { ready?: true; error?: string }) => {
      if (message.error !== undefined) return failedToStart(message.error);
      if (!message.ready) return;
      child.off('exit', onEarlyExit);
      child.off('error', onSpawnError);
      resolve(running(child, socketDir, shownAs, cleanUp));
    };
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => failedToStart(`its process ${stopped(code, signal)} before it was ready`);
    const onSpawnError = (error: Error) => failedToStart(`its process could not start: ${error.message}`);
    child.on('message', onMessage);
    child.once('exit', onEarlyExit);
    child.once('error', onSpawnError);
  });
}

function running(child: ChildProcess, socketDir: string, shownAs: string, cleanUp: () => void): EmbeddedDatabaseProcess {
  let closing = false;
  let gaveUpWaiting = false;
  const listeners: ((error: PeercircleError) => void)[] = [];
  live.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      cleanUp();
      resolve();
      // Asked to close, it exits 0 (or is killed after not closing in time); anything else is a crash,
      // even one that comes while closing.
      if (closing && (code === 0 || gaveUpWaiting)) return;
      const error = (lost = new PeercircleError(
        'DATABASE_UNAVAILABLE',
        `The embedded database process (pid ${child.pid}) ${stopped(code, signal)}; peercircle is stopping. ` +
          `The data in DATA_DIR=${shownAs} is kept: start peercircle again. If this repeats, check free memory and disk space.`,
      ));
      for (const listener of listeners) listener(error);
    });
  });
  // The database should not keep the bot alive by itself; open connections do that while in use.
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  return {
    pid: child.pid!,
    socketDir,
    onLost: (listener) => listeners.push(listener),
    async close() {
      if (closing) return exited;
      closing = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.disconnect();
        const timer = setTimeout(() => {
          gaveUpWaiting = true;
          child.kill('SIGKILL');
        }, 15_000);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

function stopped(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was stopped by ${signal}` : `exited with code ${code}`;
}

function openError(dir: string, why: string): PeercircleError {
  return new PeercircleError(
    'DATABASE_UNAVAILABLE',
    `Could not open the embedded database in ${dir} (${why}). ` +
      'If the folder was copied or damaged, restore it from a backup or set DATA_DIR to a new folder; for several processes, set DATABASE_URL to a PostgreSQL server.',
  );
}
