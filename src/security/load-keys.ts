import { chmodSync, existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/env.js';
import { ensureDataDir } from '../storage/data-dir.js';
import { NoteCipher, noteKey } from './note-cipher.js';

/**
 * The note keys: NOTES_KEY (and NOTES_PREVIOUS_KEYS during a rotation) from the environment. For
 * a single process without one, a key is created once in DATA_DIR/notes.key, readable by this user
 * only; several processes sharing PostgreSQL must all be given the same NOTES_KEY.
 */
export function loadNoteCipher(config: Config): NoteCipher {
  const previous = (config.NOTES_PREVIOUS_KEYS ?? []).map(noteKey);
  if (config.NOTES_KEY) return new NoteCipher(noteKey(config.NOTES_KEY), previous);
  const dir = path.resolve(config.DATA_DIR);
  const file = path.join(dir, 'notes.key');
  if (!existsSync(file)) {
    // Written aside, then linked into place: if two processes start at once, the first link wins
    // and both read the same key.
    ensureDataDir(dir, config.DATA_DIR);
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(32).toString('base64'), { mode: 0o600 });
    chmodSync(draft, 0o600);
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return new NoteCipher(noteKey(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')), previous);
}
