import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';

/**
 * An embedded database as PGlite creates it, before any migration: what the schema engine diffs
 * against. A copy of one made at the start of the run, so each test skips initdb's seconds of CPU.
 */
export async function emptyEmbeddedDatabase(): Promise<PGlite> {
  return PGlite.create({ loadDataDir: new Blob([await readFile(inject('pgliteEmptyTemplate'))]) });
}
