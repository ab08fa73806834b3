import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PeercircleError } from '../core/errors.js';

/**
 * Makes sure DATA_DIR is a directory this process can write, creating it one level at a time.
 * Node's `mkdir(…, { recursive: true })` never returns under /proc, so it is not used here; every
 * failure becomes one line that names DATA_DIR and says what to do.
 */
export function ensureDataDir(dir: string, shownAs = dir): void {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  let existing = absolute;
  while (!exists(existing)) {
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!statSync(existing).isDirectory()) {
    throw dataDirError(shownAs, `${existing} is a file, not a directory`);
  }
  for (const step of missing) {
    try {
      mkdirSync(step);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(step).isDirectory()) continue;
      throw dataDirError(shownAs, `it could not be created (${(error as NodeJS.ErrnoException).code ?? 'error'} at ${step})`, error);
    }
  }
  try {
    accessSync(absolute, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw dataDirError(shownAs, 'this user may not write in it', error);
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function dataDirError(dir: string, why: string, cause?: unknown): PeercircleError {
  return new PeercircleError(
    'CONFIG_INVALID',
    `DATA_DIR=${dir}: ${why}. Set DATA_DIR to a folder this user can write, such as ./data, or create it first.`,
    { cause },
  );
}
