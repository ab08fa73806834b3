import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { PeercircleError } from '../core/errors.js';
import { openSchemaEngine } from './schema-engine.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaPath = path.join(projectRoot, 'prisma/schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma/migrations');

const noFilters = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = '-- This is an empty migration.';

export async function readMigrationsList(dir = migrationsDir): Promise<MigrationList> {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(path.join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/**
 * Migrations in the folder that the database has not recorded as finished with the same checksum
 * (the sha256 of migration.sql, as Prisma records it). Cheap: one query, no schema engine.
 */
export async function pendingMigrationNames(db: RawQueryable, dir = migrationsDir): Promise<string[]> {
  const list = await readMigrationsList(dir);
  const [{ present }] = await db.$queryRawUnsafe<[{ present: boolean }]>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present",
  );
  const applied = new Set<string>();
  if (present) {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    for (const row of rows) applied.add(`${row.migration_name}:${row.checksum}`);
  }
  return list.migrationDirectories
    .filter((m) => {
      const sql = m.migrationFile.content.tag === 'ok' ? m.migrationFile.content.value : '';
      return !applied.has(`${m.path}:${createHash('sha256').update(sql).digest('hex')}`);
    })
    .map((m) => m.path);
}

async function readSchema(file = schemaPath) {
  return { path: 'schema.prisma', content: await readFile(file, 'utf8') };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns the names applied. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(factory, await readSchema());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } catch (cause) {
    throw new PeercircleError('MIGRATION_FAILED', `Could not apply database migrations: ${describe(cause)}`, { cause });
  } finally {
    await close();
  }
}

/**
 * The SQL that would bring the migrations folder up to the schema, or null when they agree.
 * `factory` only provides the shadow database the engine replays migrations into.
 */
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir = migrationsDir,
  schemaFile = schemaPath,
): Promise<string | null> {
  const schema = await readSchema(schemaFile);
  const { engine, close } = await openSchemaEngine(factory, schema);
  try {
    const migrations = await readMigrationsList(dir);
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (stdout ?? '').trim();
    return sql === '' || sql === EMPTY_MIGRATION ? null : sql;
  } finally {
    await close();
  }
}

/** Writes `prisma/migrations/<timestamp>_<name>/migration.sql` from the schema change, if any. */
export async function writeMigration(
  factory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
  options: { now?: Date; migrationsDir?: string; schemaPath?: string } = {},
): Promise<string | null> {
  const baseDir = options.migrationsDir ?? migrationsDir;
  const sql = await diffMigrationsToSchema(factory, baseDir, options.schemaPath ?? schemaPath);
  if (sql === null) return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'migration';
  const dir = path.join(baseDir, `${stamp}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dir;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
