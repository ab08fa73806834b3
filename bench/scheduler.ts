import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import { runTick } from '../src/scheduling/tick.js';
import { openDatabase, type Database } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { benchDatabase } from './postgres.js';
import { cpuSeconds as cpuSecondsSoFar } from './proc-cpu.js';
import { processTree } from './process-tree.js';

/** CPU seconds a local process has used so far; 0 if it is not on this machine or gone. */
const cpuSeconds = (pid: number) => cpuSecondsSoFar(pid) || 0;

const zones = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland'];

export type SchedulerDatabase = 'postgres' | 'embedded';

/** A fresh database for the benchmark: its own on the PostgreSQL server, or an embedded one in a temporary directory. */
async function schedulerDatabase(kind: SchedulerDatabase): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'postgres') return benchDatabase('scheduler');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peercircle-bench-scheduler-'));
  const database = await openDatabase({ kind: 'embedded', dataDir });
  return {
    database,
    drop: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One scheduler pass for 100,000 members across 1,000 communities, on PostgreSQL or the embedded
 * database: the pass in which everyone's time has come (every prompt found, claimed and queued),
 * then a steady-state pass with nothing new (the cost paid every minute).
 */
export async function measureSchedulerPass(kind: SchedulerDatabase = 'postgres', members = 100_000, communities = 1_000): Promise<void> {
  const { database, drop } = await schedulerDatabase(kind);
  try {
    const { prisma } = database;
    await prisma.$executeRawUnsafe(`
      INSERT INTO communities (id, platform, external_id, time_zone, checkin_weekdays, catch_up_minutes, updated_at)
      SELECT gen_random_uuid(), 'slack', 'T' || i, (ARRAY['${zones.join("','")}'])[1 + i % ${zones.length}],
             ARRAY[1,2,3,4,5,6,7], 1440, now()
      FROM generate_series(1, ${communities}) AS i`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO members (id, community_id, platform_user_id, checkin_time, updated_at)
      SELECT gen_random_uuid(), c.id, 'U' || c.external_id || '-' || j,
             to_char(time '00:00' + (j % 96) * interval '15 minutes', 'HH24:MI'), now()
      FROM communities c CROSS JOIN generate_series(1, ${Math.floor(members / communities)}) AS j`);
    await prisma.$executeRawUnsafe('ANALYZE');
    const store = new Store(database, new NoteCipher(noteKey(randomBytes(32))));
    // Check-in times are spread over the day in quarter hours. The first pass is a backlog (as after
    // a long outage with a day-long catch-up window); the next quarter hour is a typical busy minute.
    const at = new Date('2026-11-24T23:30:00Z');
    // CPU used by this process and by the database's server processes for this database during the
    // backlog pass: unlike its wall time, not inflated by whatever else the machine is running.
    // The embedded database runs in a child process of this one: its CPU is that process's.
    const backends = async () =>
      kind === 'embedded'
        ? processTree(process.pid).slice(1)
        : (await prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`).map((r) => r.pid);
    const serverBefore = new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)]));
    const ownBefore = process.cpuUsage();
    const backlog = await runTick(store, at);
    const own = process.cpuUsage(ownBefore);
    const serverS = (await backends()).reduce((sum, pid) => sum + cpuSeconds(pid) - (serverBefore.get(pid) ?? 0), 0);
    const busy = await runTick(store, new Date(at.getTime() + 15 * 60_000));
    const quiet = await runTick(store, new Date(at.getTime() + 16 * 60_000));
    const row = (label: string, r: typeof busy) =>
      console.log(`  ${label.padEnd(34)} ${r.elapsedMs.toFixed(0).padStart(5)} ms, ${r.promptsQueued.toLocaleString('en-US').padStart(7)} prompts claimed and queued (finding due work: ${r.findMs.toFixed(0)} ms)`);
    console.log(`scheduler pass, ${members.toLocaleString('en-US')} members in ${communities.toLocaleString('en-US')} communities, ${kind === 'postgres' ? 'PostgreSQL' : 'embedded database'} (target: under 2 s)`);
    row('a quarter hour with prompts due', busy);
    row('a minute with nothing new due', quiet);
    row('backlog after a day-long outage', backlog);
    console.log(`    its CPU: ${((own.user + own.system) / 1e6).toFixed(2)} s in this process, ${serverS.toFixed(2)} s in the database server (0 when not on this machine)`);
  } finally {
    await drop();
  }
}
