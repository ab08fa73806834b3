import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { isPeercircleError, PeercircleError } from '../core/errors.js';
import { ensureDataDir } from './data-dir.js';
import { lockDataDir } from './data-dir-lock.js';
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
  | { kind: 'embedded'; dataDir: string; /** DATA_DIR as the operator wrote it, for messages. */ shownAs?: string }
  | { kind: 'pglite'; instance: PGlite };

export function targetFromConfig(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'embedded', dataDir: path.resolve(config.DATA_DIR), shownAs: config.DATA_DIR };
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
    const pending = options.migrate === false ? [] : await pendingMigrationNames(prisma).catch((cause: unknown) => {
      throw target.kind === 'postgres' ? unreachable(target.url, cause) : cause;
    });
    if (pending.length > 0) {
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
      const shownAs = target.shownAs ?? target.dataDir;
      ensureDataDir(target.dataDir, shownAs);
      const lock = lockDataDir(target.dataDir, shownAs);
      let instance: PGlite;
      try {
        instance = await openPGlite(path.join(target.dataDir, 'pglite'));
      } catch (error) {
        lock.release();
        throw error;
      }
      return {
        factory: new PrismaPGlite(instance),
        kind: 'embedded',
        closeDriver: async () => {
          try {
            await instance.close();
          } finally {
            lock.release();
          }
        },
      };
    }
    case 'pglite':
      return { factory: new PrismaPGlite(target.instance), kind: 'embedded', closeDriver: async () => {} };
  }
}

/** PostgreSQL did not answer: one line naming DATABASE_URL (without its password) and what to do. */
function unreachable(url: string, cause: unknown): PeercircleError {
  if (isPeercircleError(cause)) return cause;
  let where = 'the server';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    // keep the generic wording
  }
  const detail = cause instanceof Error ? (/Message: `([^`]*)`/.exec(cause.message)?.[1] ?? cause.message.split('\n').find((l) => l.trim())) : undefined;
  return new PeercircleError(
    'DATABASE_UNAVAILABLE',
    `DATABASE_URL: could not use PostgreSQL at ${where}${detail ? ` (${detail.trim().slice(0, 200)})` : ''}. ` +
      'Check that the server is running and the URL, user and password are right; unset DATABASE_URL to use the embedded database in DATA_DIR.',
    { cause },
  );
}

async function openPGlite(dir: string): Promise<PGlite> {
  try {
    return await PGlite.create(dir);
  } catch (cause) {
    throw new PeercircleError(
      'DATABASE_UNAVAILABLE',
      `Could not open the embedded database in ${dir} (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}). ` +
        'If the folder was copied or damaged, restore it from a backup or set DATA_DIR to a new folder; for several processes, set DATABASE_URL to a PostgreSQL server.',
      { cause },
    );
  }
}
