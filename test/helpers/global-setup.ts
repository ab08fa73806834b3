import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/storage/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a migrated embedded database; each test file starts from a copy. */
    pgliteTemplate: string;
    /** A dump of an embedded database before any migration, for shadow databases. */
    pgliteEmptyTemplate: string;
    /** A DATA_DIR holding a migrated embedded database, as the bot leaves it; copy it, never use it. */
    embeddedDataDirTemplate: string;
    /** Set when the suite runs on PostgreSQL: a migrated template database to copy per test file. */
    postgresTemplate: { serverUrl: string; templateName: string; prefix: string } | null;
  }
}

/**
 * Migrates one database per run and hands test files a template to copy, so every file gets its
 * own fresh, migrated database in well under a second.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-test-'));
  const pglite = await PGlite.create();
  project.provide('pgliteEmptyTemplate', await writeDump(pglite, path.join(dir, 'empty.tar')));
  const database = await openDatabase({ kind: 'pglite', instance: pglite });
  await database.close();
  const templatePath = await writeDump(pglite, path.join(dir, 'template.tar'));
  await pglite.close();
  project.provide('pgliteTemplate', templatePath);

  // The migrated database in a DATA_DIR; the bot's own code opens it and finds nothing pending.
  const dataDir = path.join(dir, 'data-dir');
  await mkdir(dataDir);
  const stored = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([await readFile(templatePath)]) });
  await stored.close();
  await (await openDatabase({ kind: 'embedded', dataDir })).close();
  project.provide('embeddedDataDirTemplate', dataDir);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let cleanupPostgres = async () => {};
  if (serverUrl) {
    const prefix = `peercircle_test_${randomBytes(4).toString('hex')}`;
    const templateName = `${prefix}_template`;
    await adminQuery(serverUrl, `CREATE DATABASE ${templateName}`);
    const templateDb = await openDatabase({ kind: 'postgres', url: withDatabase(serverUrl, templateName) });
    await templateDb.close();
    project.provide('postgresTemplate', { serverUrl, templateName, prefix });
    cleanupPostgres = () => dropDatabasesWithPrefix(serverUrl, prefix);
  } else {
    project.provide('postgresTemplate', null);
  }

  return async () => {
    await cleanupPostgres();
    await rm(dir, { recursive: true, force: true });
  };
}

async function writeDump(pglite: PGlite, file: string): Promise<string> {
  const dump = await pglite.dumpDataDir('none');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminSession<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const adminQuery = (serverUrl: string, sql: string): Promise<pg.QueryResult> =>
  adminSession(serverUrl, (client) => client.query(sql));

async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  const { rows } = await adminQuery(serverUrl, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
  for (const { datname } of rows as { datname: string }[]) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}
