import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createTestDatabase } from '../helpers/test-database.js';

const onPostgres = inject('postgresTemplate') !== null;

describe.skipIf(!onPostgres)('connections are warm before the first request (PostgreSQL)', () => {
  it('GIVEN a PostgreSQL database WHEN peercircle opens it THEN every pooled connection, the quick lane\'s too, has already planned a query on every table, and no row was written', async () => {
    const testDb = await createTestDatabase();
    if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
    const database = await openDatabase(testDb.target);
    const observer = new pg.Client({ connectionString: testDb.target.url });
    await observer.connect();
    try {
      const { rows } = await observer.query<{ query: string }>('SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      // Five connections for Prisma's pool, two for the quick lane: each one's last statement is the warm-up.
      expect(rows).toHaveLength(7);
      for (const { query } of rows) expect(query).toMatch(/^SELECT 1 FROM \S+ WHERE false;/);
      const { rows: written } = await observer.query<{ rows: string }>(
        "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) AS rows FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'",
      );
      expect(Number(written[0]!.rows)).toBe(0);
    } finally {
      await observer.end();
      await database.close();
      await testDb.dispose();
    }
  });

  it("GIVEN a database shared with another app's schema WHEN peercircle opens it THEN the warm-up touches only peercircle's own tables", async () => {
    const testDb = await createTestDatabase();
    if (testDb.target.kind !== 'postgres') throw new Error('needs PostgreSQL');
    const setup = new pg.Client({ connectionString: testDb.target.url });
    await setup.connect();
    await setup.query('CREATE SCHEMA other_app; CREATE TABLE other_app.ledger (id int)');
    await setup.end();
    const database = await openDatabase(testDb.target);
    const observer = new pg.Client({ connectionString: testDb.target.url });
    await observer.connect();
    try {
      const { rows } = await observer.query<{ query: string }>('SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      expect(rows).toHaveLength(7);
      for (const { query } of rows) {
        expect(query).toMatch(/^SELECT 1 FROM \S+ WHERE false;/);
        expect(query).not.toContain('other_app');
      }
    } finally {
      await observer.end();
      await database.close();
      await testDb.dispose();
    }
  });
});
