import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
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
 * Migrates one database and hands test files a template to copy, so every file gets its own fresh,
 * migrated database in well under a second. The templates are kept between runs in the system's
 * temporary folder, under a key made of everything they are built from (the schema, the
 * migrations, the storage code, PGlite's and Node's versions): a run after a change to any of them
 * builds new ones. PEERCIRCLE_TEST_TEMPLATES=fresh builds them anew regardless.
 */
export default async function setup(project: TestProject) {
  const templates = await embeddedTemplates();
  project.provide('pgliteEmptyTemplate', path.join(templates.dir, 'empty.tar'));
  project.provide('pgliteTemplate', path.join(templates.dir, 'template.tar'));
  project.provide('embeddedDataDirTemplate', path.join(templates.dir, 'data-dir'));

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
    await templates.cleanup();
  };
}

const root = path.resolve(import.meta.dirname, '../..');
const cacheRoot = path.join(os.tmpdir(), 'peercircle-test-templates');

/**
 * The folder holding empty.tar, template.tar and data-dir/ for this checkout, built once per key,
 * and what to remove at the end of the run (a folder built for this run alone).
 */
async function embeddedTemplates(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const key = await templateKey();
  const ready = path.join(cacheRoot, key);
  const keep = async () => {};
  if (process.env.PEERCIRCLE_TEST_TEMPLATES !== 'fresh' && existsSync(path.join(ready, 'complete'))) {
    const now = new Date();
    await utimes(ready, now, now).catch(() => {}); // in use: not old
    return { dir: ready, cleanup: keep };
  }
  await mkdir(cacheRoot, { recursive: true });
  const building = await mkdtemp(path.join(cacheRoot, `${key}.building-`));
  const own = { dir: building, cleanup: () => rm(building, { recursive: true, force: true }) };
  await buildTemplates(building);
  if (process.env.PEERCIRCLE_TEST_TEMPLATES === 'fresh') return own;
  await writeFile(path.join(building, 'complete'), new Date().toISOString());
  try {
    await rename(building, ready);
  } catch {
    // Another run finished the same templates first and may be using them: use this run's own.
    return own;
  }
  await forgetOldTemplates(key);
  return { dir: ready, cleanup: keep };
}

async function buildTemplates(dir: string): Promise<void> {
  const pglite = await PGlite.create();
  await writeDump(pglite, path.join(dir, 'empty.tar'));
  const database = await openDatabase({ kind: 'pglite', instance: pglite });
  await database.close();
  const templatePath = await writeDump(pglite, path.join(dir, 'template.tar'));
  await pglite.close();

  // The migrated database in a DATA_DIR; the bot's own code opens it and finds nothing pending.
  const dataDir = path.join(dir, 'data-dir');
  await mkdir(dataDir);
  const stored = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([await readFile(templatePath)]) });
  await stored.close();
  await (await openDatabase({ kind: 'embedded', dataDir })).close();
}

/** A hash of what the templates are built from. */
async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const pkg of ['@electric-sql/pglite', '@prisma/client', 'pglite-prisma-adapter']) {
    hash.update(await readFile(path.join(root, 'node_modules', pkg, 'package.json')));
  }
  const files = [...(await filesUnder(path.join(root, 'prisma'))), ...(await filesUnder(path.join(root, 'src/storage'), ['generated']))].sort();
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(dir: string, skip: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !skip.includes(entry.name))
      .map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : Promise.resolve(entry.isFile() ? [path.join(dir, entry.name)] : []))),
  );
  return nested.flat();
}

/** Templates of other keys (earlier schemas, other checkouts) left alone for a day, then removed. */
async function forgetOldTemplates(current: string): Promise<void> {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of await readdir(cacheRoot).catch(() => [] as string[])) {
    if (name === current) continue;
    const entry = path.join(cacheRoot, name);
    const { mtimeMs } = await stat(entry).catch(() => ({ mtimeMs: Date.now() }));
    if (mtimeMs < dayAgo) await rm(entry, { recursive: true, force: true }).catch(() => {});
  }
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
