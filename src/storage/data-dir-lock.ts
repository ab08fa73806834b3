import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PeercircleError } from '../core/errors.js';

export const LOCK_FILE = 'peercircle.lock';

export interface DataDirLock {
  release(): void;
}

/**
 * The embedded database serves one process: this claims DATA_DIR for this one with a lock file
 * holding its pid. A lock left by a process that is gone (killed, crashed, or a container restarted
 * with the same pid as ours) is taken over, so a crash never blocks the next start.
 */
export function lockDataDir(dataDir: string, shownAs = dataDir): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written aside, then linked into place: the lock never exists without its pid in it.
    const draft = `${file}.${process.pid}`;
    try {
      writeFileSync(draft, `${process.pid}\n`, { mode: 0o600 });
      linkSync(draft, file);
      return ownedLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new PeercircleError('CONFIG_INVALID', `DATA_DIR=${shownAs}: the lock file ${file} could not be written. Set DATA_DIR to a folder this user can write.`, { cause: error });
      }
    } finally {
      try {
        unlinkSync(draft);
      } catch {
        // never written
      }
    }
    const holder = lockHolder(file);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
      throw new PeercircleError(
        'DATABASE_UNAVAILABLE',
        `Another peercircle process (pid ${holder}) is using DATA_DIR=${shownAs}; stop it or use another DATA_DIR. ` +
          'For several processes on one database, set DATABASE_URL to a PostgreSQL server.',
      );
    }
    try {
      if (lockHolder(file) === holder) unlinkSync(file); // stale: its process is gone
    } catch {
      // another starter removed it first; try again
    }
  }
  throw new PeercircleError('DATABASE_UNAVAILABLE', `DATA_DIR=${shownAs}: could not take the lock ${file}; another process keeps taking it. Stop the other peercircle process.`);
}

function ownedLock(file: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (lockHolder(file) === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  // A process that exits without closing the database (process.exit after an error) still lets go.
  process.on('exit', release);
  return { release };
}

function lockHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
