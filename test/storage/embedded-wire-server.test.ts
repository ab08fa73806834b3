import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteWireServer, QUICK_LANE_APPLICATION } from '../../src/storage/embedded/wire-server.js';

/** The server the embedded database's process runs, here in the test's process, with real pg clients. */
describe('the embedded database server: one PGlite, several connections', () => {
  let db: PGlite;
  let server: PGliteWireServer;
  let dir: string;
  const fatal: unknown[] = [];
  const client = async (application_name?: string) => {
    const c = new pg.Client({ host: dir, port: 5432, user: 'postgres', database: 'postgres', ...(application_name ? { application_name } : {}) });
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-wire-'));
    db = await PGlite.create();
    await db.exec('CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)');
    server = new PGliteWireServer(db, (error) => fatal.push(error));
    await server.listen(path.join(dir, '.s.PGSQL.5432'));
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
    expect(fatal).toEqual([]);
  });

  it('GIVEN one connection inside a transaction WHEN another asks THEN it waits for the commit and then sees the rows', async () => {
    const [a, b] = [await client(), await client()];
    await a.query('BEGIN');
    await a.query('INSERT INTO notes VALUES ($1, $2)', [1, 'one']);
    let answered = false;
    const count = b.query('SELECT count(*)::int AS n FROM notes').then((r) => ((answered = true), r.rows[0].n as number));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);
    await a.query('COMMIT');
    expect(await count).toBe(1);
    await Promise.all([a.end(), b.end()]);
  });

  it('GIVEN a connection that dies inside a transaction THEN what it wrote is rolled back and the others go on', async () => {
    const [a, b] = [await client(), await client()];
    await a.query('BEGIN');
    await a.query('INSERT INTO notes VALUES ($1, $2)', [2, 'never committed']);
    const waiting = b.query('SELECT array_agg(id ORDER BY id) AS ids FROM notes');
    a.on('error', () => {});
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows[0].ids).toEqual([1]);
    await b.end();
  });

  it('GIVEN a failing statement and concurrent work from several connections THEN each gets its own answers', async () => {
    const clients = await Promise.all([client(), client(), client()]);
    await expect(clients[0]!.query('INSERT INTO notes VALUES ($1, $2)', [1, 'duplicate'])).rejects.toThrow(/duplicate key/);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        clients[i % 3]!.query('INSERT INTO notes VALUES ($1, $2) RETURNING id, body', [100 + i, `note ${i}`]).then((r) => r.rows[0]),
      ),
    );
    expect(results).toEqual(Array.from({ length: 60 }, (_, i) => ({ id: 100 + i, body: `note ${i}` })));
    expect((await clients[1]!.query('SELECT count(*)::int AS n FROM notes')).rows[0].n).toBe(61);
    await Promise.all(clients.map((c) => c.end()));
  });

  it('GIVEN the backend held by a transaction AND other sessions and the quick lane waiting THEN the quick lane goes first once it is free', async () => {
    const [holder, b, c] = [await client(), await client(), await client()];
    const quick = await client(QUICK_LANE_APPLICATION);
    await holder.query('CREATE SEQUENCE IF NOT EXISTS served_order');
    await holder.query('BEGIN');
    const turn = (who: pg.Client) => who.query("SELECT nextval('served_order')::int AS n").then((r) => r.rows[0].n as number);
    const others = [turn(b), turn(c)];
    await new Promise((resolve) => setTimeout(resolve, 50));
    const quickTurn = turn(quick);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await holder.query('COMMIT');
    const [first, ...rest] = [await quickTurn, ...(await Promise.all(others))];
    expect(first).toBeLessThan(Math.min(...rest));
    await Promise.all([holder, b, c, quick].map((x) => x.end()));
  });
});
