import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { writeMigration } from '../storage/migrations.js';

/** `peercircle make-migration <name>` (for developers): diffs the schema against the migrations in memory. */
export async function makeMigration(name: string): Promise<void> {
  const pglite = await PGlite.create();
  const dir = await writeMigration(new PrismaPGlite(pglite), name);
  await pglite.close();
  console.log(dir ? `Wrote ${dir}/migration.sql` : 'The schema and the migrations agree; nothing to write.');
}
