import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createTestDatabase } from '../helpers/test-database.js';

const onPostgres = inject('postgresTemplate') !== null;

/**
 * Opens a fresh PostgreSQL test database through peercircle (after `prepare`, run on a plain connection), then hands
 * `observe` a second plain connection to look at what the opening did; closes everything afterwards.
 */
async function openAndObserve(observe: (observer: pg.Client) => Promise<void>, prepare?: (setup: pg.Client) => Promise<void>): Promise<void> {
  const testDb = await createTestDatabase();
  if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
  if (prepare) {
    const setup = new pg.Client({ connectionString: testDb.target.url });
    await setup.connect();
    try {
      await prepare(setup);
    } finally {
      await setup.end();
    }
  }
  const database = await openDatabase(testDb.target);
  const observer = new pg.Client({ connectionString: testDb.target.url });
  await observer.connect();
  try {
    await observe(observer);
  } finally {
    await observer.end();
    await database.close();
    await testDb.dispose();
  }
}

/** The last statement of every other connection to this database: Prisma's pool and the quick lane's. */
async function lastStatements(observer: pg.Client): Promise<string[]> {
  const { rows } = await observer.query<{ query: string }>('SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return rows.map(({ query }) => query);
}

describe.skipIf(!onPostgres)('connections are warm before the first request (PostgreSQL)', () => {
  it('GIVEN a PostgreSQL database WHEN peercircle opens it THEN every pooled connection, the quick lane\'s too, has already planned a query on every table, and no row was written', async () => {
    await openAndObserve(async (observer) => {
      const queries = await lastStatements(observer);
      // Five connections for Prisma's pool, two for the quick lane: each one's last statement is the warm-up.
      expect(queries).toHaveLength(7);
      for (const query of queries) expect(query).toMatch(/^SELECT 1 FROM \S+ WHERE false;/);
      const { rows: written } = await observer.query<{ rows: string }>(
        "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) AS rows FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'",
      );
      expect(Number(written[0]!.rows)).toBe(0);
    });
  });

  it("GIVEN a database shared with another app's schema WHEN peercircle opens it THEN the warm-up touches only peercircle's own tables", async () => {
    await openAndObserve(
      async (observer) => {
        const queries = await lastStatements(observer);
        expect(queries).toHaveLength(7);
        for (const query of queries) {
          expect(query).toMatch(/^SELECT 1 FROM \S+ WHERE false;/);
          expect(query).not.toContain('other_app');
        }
      },
      async (setup) => {
        await setup.query('CREATE SCHEMA other_app; CREATE TABLE other_app.ledger (id int)');
      },
    );
  });
});
