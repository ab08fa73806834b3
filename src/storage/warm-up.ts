import type pg from 'pg';

/**
 * Opens every connection a PostgreSQL pool may hold and has each one plan a query on every table,
 * before the process takes requests. Reads no row and writes nothing.
 *
 * Why: a PostgreSQL server process loads a table's catalog entries (its columns, indexes and
 * constraints) the first time one of its queries touches that table, and keeps them for its life.
 * On a fresh connection the first query on each of the schema's tables costs several times the
 * second (bench/slack-first-commands.ts shows the effect end to end). pg's pool hands out the
 * connection returned last, so light traffic keeps using one or two warm connections and leaves the
 * others cold until the first real burst, which then pays those loads on all of them at once while
 * acks queue behind. The embedded database is one server process that every connection shares:
 * its first command warms it for all, which is why only PostgreSQL needs this.
 *
 * `SELECT 1 FROM t WHERE false` is planned (the planner opens the table and its indexes) but reads
 * nothing; all the tables go in one round trip per connection.
 */
export async function warmConnections(pool: pg.Pool, count: number): Promise<void> {
  // Held all at once, so each is a server process of its own.
  const clients = await Promise.all(Array.from({ length: count }, () => pool.connect()));
  try {
    // Only peercircle's own schema, and only tables it may read: a database shared with other apps must not be walked.
    const { rows } = await clients[0]!.query<{ name: string }>(
      "SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND has_table_privilege(format('%I.%I', schemaname, tablename), 'SELECT') ORDER BY 1",
    );
    const touchEveryTable = rows.map((row) => `SELECT 1 FROM ${row.name} WHERE false`).join(';\n');
    if (touchEveryTable) await Promise.all(clients.map((client) => client.query(touchEveryTable)));
  } catch {
    // A warm-up is a speed-up, never a reason to refuse to start: the connections are open, and a cold one only costs its first queries a few milliseconds.
  } finally {
    for (const client of clients) client.release();
  }
}
