import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { isPeercircleError, PeercircleError } from '../core/errors.js';
import { SOCKET_PORT } from './embedded/embedded-process.js';
import { embeddedServer } from './embedded/embedded-server.js';
import { QUICK_LANE_APPLICATION } from './embedded/wire-server.js';
import { PrismaClient } from './generated/client.js';
import { applyMigrations, pendingMigrationNames } from './migrations.js';
import { warmConnections } from './warm-up.js';

export type Prisma = InstanceType<typeof PrismaClient>;

export interface Database {
  prisma: Prisma;
  kind: 'embedded' | 'postgres';
  /**
   * A connection of its own for the few short statements someone is waiting on (recording
   * acknowledged work before its ack), so they never queue behind the pool's longer work. Absent
   * for an in-process PGlite (tests), where `prisma` serves them.
   */
  quick?: QuickLane;
  /**
   * How another thread of this process opens its own connections to this same database (a client
   * of the embedded database's process, or PostgreSQL's URL). Absent for an in-process PGlite,
   * which no other thread can reach.
   */
  sharedTarget?: DatabaseTarget;
  close(): Promise<void>;
}

/** One parameterised statement at a time, on a connection the Prisma pool does not share. */
export interface QuickLane {
  /** `name` prepares the statement once per connection, so later runs skip parsing and planning. */
  query<Row extends Record<string, unknown>>(text: string, values: unknown[], name?: string): Promise<Row[]>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  /** PGlite in DATA_DIR, run in a process of its own. */
  | { kind: 'embedded'; dataDir: string; /** DATA_DIR as the operator wrote it, for messages. */ shownAs?: string }
  /** A PGlite instance in this process (tests, and in-memory work such as make-migration). */
  | { kind: 'pglite'; instance: PGlite }
  /** The embedded database's process another thread of this process started and owns: its socket, nothing more. */
  | { kind: 'embedded-client'; socketDir: string };

export interface OpenOptions {
  migrate?: boolean;
  onMigrated?: (names: string[]) => void;
  /**
   * The embedded database's process stopped without being asked to. By default the line is printed
   * and this process exits with 69 (EX_UNAVAILABLE, as for any unreachable database): nothing can be
   * stored any more, and a supervisor restarts it.
   */
  onLost?: (error: PeercircleError) => void;
}

const exitOnLost = (error: PeercircleError) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(69);
};

export function targetFromConfig(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'embedded', dataDir: path.resolve(config.DATA_DIR), shownAs: config.DATA_DIR };
}

/**
 * Opens the database and brings its schema up to date. Migrations run only when some are pending,
 * so a restart against a current database never loads the schema engine.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  const { factory, kind, closeDriver, quickPool, sharedTarget, warm } = await connect(target, options.onLost ?? exitOnLost);
  const prisma = new PrismaClient({ adapter: factory });
  try {
    const pending = options.migrate === false ? [] : await pendingMigrationNames(prisma).catch((cause: unknown) => {
      throw target.kind === 'postgres' ? unreachable(target.url, cause) : cause;
    });
    if (pending.length > 0) {
      const applied = await applyMigrations(factory);
      options.onMigrated?.(applied);
    }
    for (const [pool, count] of warm ?? []) await warmConnections(pool, count);
  } catch (cause) {
    await prisma.$disconnect().catch(() => {});
    await quickPool?.end().catch(() => {});
    await closeDriver();
    throw cause;
  }
  return {
    prisma,
    kind,
    ...(sharedTarget ? { sharedTarget } : {}),
    ...(quickPool
      ? { quick: { query: async <Row extends Record<string, unknown>>(text: string, values: unknown[], name?: string) => (await quickPool.query<Row>({ text, values, ...(name ? { name } : {}) })).rows } }
      : {}),
    async close() {
      await prisma.$disconnect();
      await quickPool?.end().catch(() => {});
      await closeDriver();
    },
  };
}

/** Connections each thread's Prisma pool opens to PostgreSQL at most. */
const POSTGRES_POOL_SIZE = 5;

/** The quick lane's pool: connects on first use; a connection that drops is replaced on the next query. */
function quickLanePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, idleTimeoutMillis: 0, allowExitOnIdle: true });
  // An idle connection that breaks (a database restart) is dropped from the pool; the next query opens another.
  pool.on('error', () => {});
  return pool;
}

async function connect(target: DatabaseTarget, onLost: (error: PeercircleError) => void): Promise<{
  factory: SqlMigrationAwareDriverAdapterFactory;
  kind: Database['kind'];
  closeDriver: () => Promise<void>;
  quickPool?: pg.Pool;
  sharedTarget?: DatabaseTarget;
  /** Pools to open in full and warm once the schema is current, and how many connections each holds. */
  warm?: [pg.Pool, number][];
}> {
  switch (target.kind) {
    case 'postgres': {
      // Each thread's pool keeps its connections through a lull: pg's default drops them after 10 s
      // idle, and the next burst then waits on new server processes (a fork each) while acks queue
      // behind them. A few connections a thread do: more only crowd two cores, the ack's among them.
      // They are kept through a quiet night too (no idle timeout), so the burst at the start of a shift finds them open and warm (warm-up.ts).
      const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: 10_000, max: POSTGRES_POOL_SIZE, idleTimeoutMillis: 0, allowExitOnIdle: true });
      // An idle connection that breaks (a database restart) is dropped; the next query opens another.
      pool.on('error', () => {});
      const factory = new PrismaPg(pool);
      const quickPool = quickLanePool({ connectionString: target.url, connectionTimeoutMillis: 10_000, max: 2 });
      const closeDriver = async () => {
        await pool.end().catch(() => {});
      };
      return { factory, kind: 'postgres', closeDriver, quickPool, sharedTarget: target, warm: [[pool, POSTGRES_POOL_SIZE], [quickPool, 2]] };
    }
    case 'embedded': {
      const server = await embeddedServer(target.dataDir, target.shownAs);
      server.process.onLost(onLost);
      // PGlite is one backend: more connections only queue there. Two let one command's query
      // travel while another's runs; the server keeps each transaction's statements together.
      const connection = { host: server.process.socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' };
      const factory = new PrismaPg({ ...connection, max: 2, idleTimeoutMillis: 0, allowExitOnIdle: true });
      // The database's server takes each connection's turn in rotation, the quick lane's first: its
      // statement waits for at most the one running, not for the pool's queue or the other sessions' turns.
      const quickPool = quickLanePool({ ...connection, max: 1, application_name: QUICK_LANE_APPLICATION });
      return { factory, kind: 'embedded', closeDriver: () => server.close(), quickPool, sharedTarget: { kind: 'embedded-client', socketDir: server.process.socketDir } };
    }
    case 'embedded-client': {
      const connection = { host: target.socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' };
      return { factory: new PrismaPg({ ...connection, max: 2, idleTimeoutMillis: 0, allowExitOnIdle: true }), kind: 'embedded', closeDriver: async () => {} };
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
