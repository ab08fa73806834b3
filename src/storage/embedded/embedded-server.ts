import path from 'node:path';
import { ensureDataDir } from '../data-dir.js';
import { lockDataDir } from '../data-dir-lock.js';
import { startEmbeddedDatabase, type EmbeddedDatabaseProcess } from './embedded-process.js';

export interface EmbeddedServer {
  process: EmbeddedDatabaseProcess;
  /** Closes the database process, then lets go of DATA_DIR. */
  close(): Promise<void>;
}

const early = new Map<string, Promise<EmbeddedServer>>();

/**
 * Claims DATA_DIR and starts the embedded database's process. Light to import, so `peercircle
 * start` can call it first and let PGlite open while this process loads the rest of the bot.
 */
export function startEmbeddedServerEarly(dataDir: string, shownAs = dataDir): void {
  if (early.has(dataDir)) return;
  const starting = openEmbeddedServer(dataDir, shownAs);
  starting.catch(() => {}); // reported when the database is opened
  early.set(dataDir, starting);
}

/** The server started early for this DATA_DIR, or a new one. */
export function embeddedServer(dataDir: string, shownAs = dataDir): Promise<EmbeddedServer> {
  const started = early.get(dataDir);
  early.delete(dataDir);
  return started ?? openEmbeddedServer(dataDir, shownAs);
}

async function openEmbeddedServer(dataDir: string, shownAs: string): Promise<EmbeddedServer> {
  ensureDataDir(dataDir, shownAs);
  const lock = lockDataDir(dataDir, shownAs);
  let child: EmbeddedDatabaseProcess;
  try {
    child = await startEmbeddedDatabase(path.join(dataDir, 'pglite'), shownAs);
  } catch (error) {
    lock.release();
    throw error;
  }
  lock.share(child.pid);
  child.onLost(() => lock.release());
  return {
    process: child,
    async close() {
      try {
        await child.close();
      } finally {
        lock.release();
      }
    },
  };
}
