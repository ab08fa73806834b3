import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PeercircleError } from '../core/errors.js';

export const LOCK_FILE = 'peercircle.lock';

export interface DataDirLock {
  /** Names a helper process (the embedded database's) as holding the lock too, while it lives. */
  share(pid: number): void;
  release(): void;
}

/**
 * The embedded database serves one process: this claims DATA_DIR for this one with a lock file
 * holding its pid. A lock left by a process that is gone (killed, crashed, or a container restarted
 * with the same pid as ours) is taken over, so a crash never blocks the next start. The file may name
 * a second pid, the database process this one started: the lock holds while either lives.
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
    const holders = lockHolders(file);
    // Its owner is gone and only the database process it started lives: that one is closing
    // the database (it follows its parent out); give it a moment rather than refuse.
    if (holders.length > 1 && !isAlive(holders[0]!)) waitForExit(holders.slice(1), 10_000);
    const holder = holders.find((pid) => pid !== process.pid && isAlive(pid));
    if (holder !== undefined) {
      throw new PeercircleError(
        'DATABASE_UNAVAILABLE',
        `Another peercircle process (pid ${holder}) is using DATA_DIR=${shownAs}; stop it or use another DATA_DIR. ` +
          'For several processes on one database, set DATABASE_URL to a PostgreSQL server.',
      );
    }
    try {
      if (lockHolders(file).join() === holders.join()) unlinkSync(file); // stale: its processes are gone
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
      if (lockHolders(file)[0] === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  // A process that exits without closing the database (process.exit after an error) still lets go.
  process.on('exit', release);
  const share = (pid: number) => {
    if (!held) return;
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, `${process.pid}\n${pid}\n`, { mode: 0o600 });
    renameSync(draft, file);
  };
  return { share, release };
}

/** The pids the lock file names: its owner first, then a helper it started. */
function lockHolders(file: string): number[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => Number.parseInt(line.trim(), 10))
      .filter((pid) => Number.isInteger(pid) && pid > 0);
  } catch {
    return [];
  }
}

function waitForExit(pids: number[], timeoutMs: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 50);
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
