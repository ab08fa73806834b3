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
  /**
   * For a caller that has closed everything using the database (the app, its timers): hands an
   * embedded instance back for the next test of this worker, which gets it emptied (every table
   * truncated, identities restarted, session state discarded): as fresh as a copy of the template,
   * without the seconds a copy takes. On PostgreSQL, the same as `dispose`.
   */
  release(): Promise<void>;
}

/**
 * Embedded instances given back with `release`, kept per worker: test files share their worker's
 * module cache (isolate: false), so the next file's tests reuse them too. A few at most.
 */
const spare: PGlite[] = [];
const SPARE_MAX = 2;

/**
 * What a test could have changed beyond rows: relations, functions, rules, triggers, schemas and
 * recorded migrations. An instance whose shape differs from the template's is never reused.
 */
async function shapeOf(instance: PGlite): Promise<string> {
  const { rows } = await instance.query<{ shape: string }>(`
    SELECT concat_ws(' ',
      (SELECT string_agg(n.nspname || '.' || c.relname || ':' || c.relkind::text, ',' ORDER BY n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')),
      (SELECT count(*) FROM pg_proc WHERE pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)),
      (SELECT count(*) FROM pg_rewrite), (SELECT count(*) FROM pg_trigger), (SELECT count(*) FROM pg_namespace), (SELECT count(*) FROM pg_attribute),
      (SELECT string_agg(migration_name || ':' || checksum::text, ',' ORDER BY migration_name) FROM _prisma_migrations)) AS shape`);
  return rows[0]!.shape;
}

/** The template's shape, taken from the first fresh copy this worker makes. */
let templateShape: string | undefined;

/** An instance handed back, made indistinguishable from a fresh copy of the template; null if it can't be. */
async function emptied(instance: PGlite): Promise<PGlite | null> {
  try {
    if (instance.closed) return null;
    await instance.exec('ROLLBACK');
    await instance.exec('DISCARD ALL');
    if (templateShape === undefined || (await shapeOf(instance)) !== templateShape) throw new Error('changed shape');
    const { rows } = await instance.query<{ name: string }>(
      "SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> '_prisma_migrations'",
    );
    if (rows.length > 0) await instance.exec(`TRUNCATE ${rows.map((row) => row.name).join(', ')} RESTART IDENTITY CASCADE`);
    return instance;
  } catch {
    await instance.close().catch(() => {});
    return null;
  }
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
    const dispose = async () => {
      await adminQuery(postgres.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
    return { target: { kind: 'postgres', url: withDatabase(postgres.serverUrl, name) }, kind: 'postgres', dispose, release: dispose };
  }
  let instance: PGlite | null = null;
  while (!instance && spare.length > 0) instance = await emptied(spare.pop()!);
  if (!instance) {
    instance = await PGlite.create({ loadDataDir: new Blob([await readFile(inject('pgliteTemplate'))]) });
    templateShape ??= await shapeOf(instance);
  }
  const own = instance;
  return {
    target: { kind: 'pglite', instance: own },
    kind: 'embedded',
    dispose: () => own.close(),
    release: async () => {
      if (own.closed || spare.includes(own)) return;
      if (spare.length < SPARE_MAX) spare.push(own);
      else await own.close();
    },
  };
}

/** Opens the test database through the same code path the bot uses; `dispose` closes it and hands it back. */
export async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const testDb = await createTestDatabase();
  const database = await openDatabase(testDb.target);
  return {
    database,
    dispose: async () => {
      await database.close();
      await testDb.release();
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
