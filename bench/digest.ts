import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { benchDatabase } from './postgres.js';

/**
 * The supervisor digest for one community holding 1,000,000 check-ins (2,000 members × 500 days)
 * on PostgreSQL: the weekly four-week digest with its chart, and an admin export of the whole
 * 500 days. Each runs in a fresh process so its peak memory is its own.
 */
export async function measureDigest(members = 2_000, days = 500): Promise<void> {
  const { database, url, drop } = await benchDatabase('digest');
  try {
    const { prisma } = database;
    const community = await prisma.community.create({ data: { platform: 'slack', externalId: 'T-BIG', name: 'Big Team' } });
    await prisma.$executeRawUnsafe(`
      INSERT INTO members (id, community_id, platform_user_id, updated_at)
      SELECT gen_random_uuid(), '${community.id}', 'U' || i, now() FROM generate_series(1, ${members}) AS i`);
    const seeded = performance.now();
    await prisma.$executeRawUnsafe(`
      INSERT INTO check_ins (id, member_id, local_date, answers, completed_at, created_at, updated_at)
      SELECT gen_random_uuid(), m.id, date '2026-11-22' - d,
             jsonb_build_object('energy', 1 + (random() * 4)::int, 'stress', 1 + (random() * 4)::int, 'load', 1 + (random() * 4)::int,
                                'boundaries', 1 + (random() * 4)::int, 'self', 1 + (random() * 4)::int),
             now(), now(), now()
      FROM members m CROSS JOIN generate_series(0, ${days - 1}) AS d
      WHERE m.community_id = '${community.id}'`);
    await prisma.$executeRawUnsafe('ANALYZE');
    const total = await prisma.checkIn.count();
    const seedSeconds = (performance.now() - seeded) / 1000;
    const run = (...extra: string[]) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'digest-run.ts'), url, community.id, '2026-11-22', ...extra], {
          encoding: 'utf8',
        }),
      ) as { ms: number; weeks: number; pngBytes: number; peakRssMb: number };
    const weekly = run();
    const everything = run('2025-07-11');
    console.log(`supervisor digest, one community with ${total.toLocaleString('en-US')} check-ins on PostgreSQL (seeded in ${seedSeconds.toFixed(0)} s; target under 1 s)`);
    console.log(`  weekly digest (4 weeks) with chart:   ${weekly.ms.toFixed(0).padStart(5)} ms, peak RSS ${weekly.peakRssMb.toFixed(0)} MB`);
    console.log(`  admin export, all ${everything.weeks} weeks with chart: ${everything.ms.toFixed(0).padStart(5)} ms, peak RSS ${everything.peakRssMb.toFixed(0)} MB`);
  } finally {
    await drop();
  }
}
