import pg from 'pg';
import { openDatabase, type Database } from '../src/storage/database.js';

export const benchServerUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A migrated PostgreSQL database of its own for one benchmark, dropped by `drop()`. */
export async function benchDatabase(name: string): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: benchServerUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const dbName = `peercircle_bench_${name}_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(benchServerUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}
