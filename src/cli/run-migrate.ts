import { openDatabase, targetFromConfig } from '../storage/database.js';
import { loadConfigOrExit } from './load-config.js';

/** `peercircle migrate`: applies pending migrations and says which. */
export async function runMigrate(): Promise<void> {
  const config = loadConfigOrExit();
  let applied: string[] = [];
  const database = await openDatabase(targetFromConfig(config), { onMigrated: (names) => (applied = names) });
  await database.close();
  console.log(applied.length > 0 ? `Applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}` : 'The database is up to date.');
}
