import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PeercircleError } from '../core/errors.js';
import { PrismaClient } from './generated/client.js';
import { applyMigrations, pendingMigrationNames } from './migrations.js';

export type Prisma = InstanceType<typeof PrismaClient>;

export interface Database {
  prisma: Prisma;
  kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'pglite'; instance: PGlite };

export function targetFromConfig(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'embedded', dataDir: path.resolve(config.DATA_DIR) };
}

/**
 * Opens the database and brings its schema up to date. Migrations run only when some are pending,
 * so a restart against a current database never loads the schema engine.
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: { migrate?: boolean; onMigrated?: (names: string[]) => void } = {},
): Promise<Database> {
  const { factory, kind, closeDriver } = await connect(target);
  const prisma = new PrismaClient({ adapter: factory });
  try {
    if (options.migrate !== false && (await pendingMigrationNames(prisma)).length > 0) {
      const applied = await applyMigrations(factory);
      options.onMigrated?.(applied);
    }
  } catch (cause) {
    await prisma.$disconnect().catch(() => {});
    await closeDriver();
    throw cause;
  }
  return {
    prisma,
    kind,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

async function connect(target: DatabaseTarget): Promise<{
  factory: SqlMigrationAwareDriverAdapterFactory;
  kind: Database['kind'];
  closeDriver: () => Promise<void>;
}> {
  switch (target.kind) {
    case 'postgres': {
      const factory = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
      return { factory, kind: 'postgres', closeDriver: async () => {} };
    }
    case 'embedded': {
      await mkdir(target.dataDir, { recursive: true });
      const instance = await openPGlite(path.join(target.dataDir, 'pglite'));
      return { factory: new PrismaPGlite(instance), kind: 'embedded', closeDriver: () => instance.close() };
    }
    case 'pglite':
      return { factory: new PrismaPGlite(target.instance), kind: 'embedded', closeDriver: async () => {} };
  }
}

async function openPGlite(dir: string): Promise<PGlite> {
  try {
    return await PGlite.create(dir);
  } catch (cause) {
    throw new PeercircleError(
      'DATABASE_UNAVAILABLE',
      `Could not open the embedded database in ${dir}. Is another peercircle process using it? ` +
        'The embedded database serves one process; for several, set DATABASE_URL to a PostgreSQL server.',
      { cause },
    );
  }
}
