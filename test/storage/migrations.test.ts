import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, migrationsDir, pendingMigrationNames, readMigrationsList, schemaPath, writeMigration } from '../../src/storage/migrations.js';
import { emptyEmbeddedDatabase } from '../helpers/shadow-database.js';
import { openTestDatabase } from '../helpers/test-database.js';
import type { Database } from '../../src/storage/database.js';

describe('schema and migrations', () => {
  let shadow: PGlite;
  beforeAll(async () => {
    shadow = await emptyEmbeddedDatabase();
  });
  afterAll(async () => {
    await shadow.close();
  });

  it('GIVEN the committed schema and migrations folder THEN they agree (no drift)', async () => {
    const drift = await diffMigrationsToSchema(new PrismaPGlite(shadow));
    expect(drift, `prisma/schema.prisma changed without a migration. Run: npm run db:migration -- <name>\n${drift}`).toBeNull();
  });

  it('GIVEN a migrations folder missing the last migration that changes the schema THEN the drift check reports the SQL it needs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-drift-'));
    try {
      const list = await readMigrationsList();
      // Data-only migrations after it (a DELETE, an UPDATE) need its tables, so they go with it.
      const sqlOf = (m: (typeof list.migrationDirectories)[number]) => (m.migrationFile.content.tag === 'ok' ? m.migrationFile.content.value : '');
      const lastSchema = list.migrationDirectories.findLastIndex((m) => /CREATE TABLE|ALTER TABLE/.test(sqlOf(m)));
      const removed = list.migrationDirectories.slice(lastSchema);
      await cp(migrationsDir, dir, { recursive: true });
      for (const m of removed) await rm(path.join(dir, m.path), { recursive: true });
      // With only the lockfile left the engine compares against an empty database: same check.
      const remaining = await readMigrationsList(dir);
      expect(remaining.migrationDirectories).toHaveLength(list.migrationDirectories.length - removed.length);
      const fresh = await emptyEmbeddedDatabase();
      const drift = await diffMigrationsToSchema(new PrismaPGlite(fresh), dir);
      await fresh.close();
      expect(drift).toMatch(/CREATE TABLE|ALTER TABLE/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('writing a migration from a schema change (npm run db:migration)', () => {
  it('GIVEN a new model in the schema THEN a migration creating its table is written, and then nothing drifts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-newmigration-'));
    try {
      await cp(migrationsDir, path.join(dir, 'migrations'), { recursive: true });
      const schema = `${await readFile(schemaPath, 'utf8')}\nmodel Example {\n  id Int @id\n  label String\n  @@map("examples")\n}\n`;
      await writeFile(path.join(dir, 'schema.prisma'), schema);
      const paths = { migrationsDir: path.join(dir, 'migrations'), schemaPath: path.join(dir, 'schema.prisma') };
      const shadow = await emptyEmbeddedDatabase();
      const written = await writeMigration(new PrismaPGlite(shadow), 'add examples', { ...paths, now: new Date('2030-01-02T03:04:05Z') });
      expect(written).toBe(path.join(dir, 'migrations', '20300102030405_add_examples'));
      expect(await readFile(path.join(written!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "examples"');
      expect(await diffMigrationsToSchema(new PrismaPGlite(shadow), paths.migrationsDir, paths.schemaPath)).toBeNull();
      expect(await writeMigration(new PrismaPGlite(shadow), 'again', paths)).toBeNull();
      await shadow.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000); // the schema engine (WebAssembly) diffs every migration twice
});

describe('applying migrations', () => {
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ database, dispose } = await openTestDatabase());
  });
  afterAll(async () => dispose());

  it('GIVEN a migrated database THEN every migration is recorded in _prisma_migrations with its sha256 checksum', async () => {
    const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
    );
    const list = await readMigrationsList();
    expect(rows.map((r) => r.migration_name)).toEqual(list.migrationDirectories.map((m) => m.path));
    const { createHash } = await import('node:crypto');
    for (const m of list.migrationDirectories) {
      const sql = await readFile(path.join(migrationsDir, m.path, 'migration.sql'));
      expect(rows.find((r) => r.migration_name === m.path)?.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
    }
    expect(await pendingMigrationNames(database.prisma)).toEqual([]);
  });

  it('GIVEN a migration file edited after it was applied THEN it counts as pending (checksum mismatch)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-edited-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      const first = (await readMigrationsList(dir)).migrationDirectories[0]!;
      await writeFile(path.join(dir, first.path, 'migration.sql'), '-- edited\nSELECT 1;\n');
      expect(await pendingMigrationNames(database.prisma, dir)).toEqual([first.path]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
