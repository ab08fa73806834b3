import { Store } from '../../src/storage/store.js';
import { testCipher } from './test-cipher.js';
import { openTestDatabase } from './test-database.js';

/** A Store over a fresh, migrated test database of its own (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
export async function openTestStore(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const opened = await openTestDatabase();
  return { store: new Store(opened.database, testCipher()), dispose: opened.dispose };
}
