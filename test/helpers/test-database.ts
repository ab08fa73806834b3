import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/storage/database.js';
import { adminQuery, adminSession, withDatabase } from './global-setup.js';

export interface TestDatabase {
  target: DatabaseTarget;
  kind: 'embedded' | 'postgres';
  /** Drops the database (PostgreSQL) or closes the instance (PGlite). */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of its own: PostgreSQL when the suite runs with TEST_DATABASE_URL,
 * otherwise an embedded PGlite copied from the run's template.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const postgres = inject('postgresTemplate');
  if (postgres) {
    const name = `${postgres.prefix}_${randomBytes(4).toString('hex')}`;
    // PostgreSQL refuses two copies of one template at the same moment; test files run in
    // parallel, so they take turns through an advisory lock.
    await adminSession(postgres.serverUrl, async (client) => {
      await client.query('SELECT pg_advisory_lock(7262)');
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${postgres.templateName}`);
      } finally {
        await client.query('SELECT pg_advisory_unlock(7262)');
      }
    });
    return {
      target: { kind: 'postgres', url: withDatabase(postgres.serverUrl, name) },
      kind: 'postgres',
      dispose: async () => {
        await adminQuery(postgres.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dump = await readFile(inject('pgliteTemplate'));
  const instance = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return { target: { kind: 'pglite', instance }, kind: 'embedded', dispose: () => instance.close() };
}

/** Opens the test database through the same code path the bot uses. */
export async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const testDb = await createTestDatabase();
  const database = await openDatabase(testDb.target);
  return {
    database,
    dispose: async () => {
      await database.close();
      await testDb.dispose();
    },
  };
}

export interface SharedPostgres {
  /** The database opened in this process, for setting up and checking rows. */
  readonly database: Database;
  /** Its URL, for the bot processes a test starts (DATABASE_URL). */
  readonly url: string;
}

/**
 * For suites that start real bot processes against one PostgreSQL database: a fresh one before the
 * suite, opened here too, dropped after. Use it inside `describe.skipIf(!onPostgres)`.
 */
export function useSharedPostgres(): SharedPostgres {
  let testDb: TestDatabase | undefined;
  let database: Database | undefined;
  let url = '';
  beforeAll(async () => {
    testDb = await createTestDatabase();
    if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
    url = testDb.target.url;
    database = await openDatabase(testDb.target);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.dispose();
  });
  return {
    get database() {
      if (!database) throw new Error('useSharedPostgres: the database opens in beforeAll');
      return database;
    },
    get url() {
      return url;
    },
  };
}
