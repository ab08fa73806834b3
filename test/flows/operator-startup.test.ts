import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { exited, migratedDataDir, root, startPeercircle, waitFor } from '../helpers/processes.js';

/** Runs the real binary to the end, standard input closed. */
async function peercircle(args: string[], env: Record<string, string>) {
  const child = startPeercircle(args, env);
  child.stdin.end();
  const code = await exited(child);
  return { code, stdout: child.output(), stderr: child.errors() };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

// Real processes on a shared, busy machine: each one can take tens of seconds to load.
describe('an operator starting peercircle, when something is wrong', { timeout: 90_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-startup-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('GIVEN --version or -V THEN the package version is printed', async () => {
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = await peercircle([flag], {});
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(version);
    }
  });

  it('GIVEN DATA_DIR names a file THEN one line names DATA_DIR and what to do, exit 78', async () => {
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const result = await peercircle(['start'], { DATA_DIR: file });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain(`DATA_DIR=${file}: ${file} is a file, not a directory. Set DATA_DIR to a folder this user can write`);
    noStackTrace(result.stderr);
  });

  it.skipIf(!existsSync('/proc'))('GIVEN DATA_DIR under /proc, where no folder can be made, THEN it stops with one line instead of hanging', async () => {
    const result = await peercircle(['start'], { DATA_DIR: '/proc/nope' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('DATA_DIR=/proc/nope: it could not be created');
    noStackTrace(result.stderr);
  });

  it('GIVEN PostgreSQL does not answer THEN one line names DATABASE_URL without its password, exit 69', async () => {
    const result = await peercircle(['migrate'], { DATABASE_URL: 'postgres://peer:hunter2@127.0.0.1:1/peercircle', DATA_DIR: path.join(dir, 'pg') });
    expect(result.code).toBe(69);
    expect(result.stderr).toContain('DATABASE_URL: could not use PostgreSQL at 127.0.0.1:1/peercircle');
    expect(result.stderr).toContain('unset DATABASE_URL to use the embedded database');
    expect(result.stderr).not.toContain('hunter2');
    noStackTrace(result.stderr);
  });

  describe('GIVEN PORT is taken by another program', () => {
    let taken: Server;
    beforeAll(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it('WHEN the bot starts THEN it says so in one line before opening the database, exit 78', async () => {
      const port = (taken.address() as AddressInfo).port;
      const dataDir = path.join(dir, 'port');
      const result = await peercircle(['start'], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
      expect(result.code).toBe(78);
      expect(result.stderr).toContain(`Starting peercircle… opening the embedded database in DATA_DIR=${dataDir}`);
      expect(result.stderr).toContain(`PORT=${port} on HOST=127.0.0.1 is already in use by another program`);
      expect(result.stderr).toContain('set PORT to a free port');
      noStackTrace(result.stderr);
      expect(existsSync(path.join(dataDir, 'pglite'))).toBe(false); // it failed before the slow part
    });
  });

  it('GIVEN a running bot on the embedded database WHEN a second process opens the same DATA_DIR THEN it is refused; after the first is killed, the next start is not blocked', async () => {
    const dataDir = migratedDataDir();
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const first = startPeercircle(['start'], { DATA_DIR: dataDir }); // standard input stays open: it keeps running
    try {
      await waitFor(() => first.errors().includes('Content loaded'), 120_000, 'the first bot to open its database');
      const second = await peercircle(['migrate'], { DATA_DIR: dataDir });
      expect(second.code).toBe(69);
      expect(second.stderr).toContain(`Another peercircle process (pid ${first.pid}) is using DATA_DIR=${dataDir}; stop it or use another DATA_DIR.`);
      noStackTrace(second.stderr);
    } finally {
      first.kill('SIGKILL'); // no chance to remove its lock
      await exited(first);
    }
    const after = await peercircle(['migrate'], { DATA_DIR: dataDir });
    expect(after.stderr).not.toContain('Another peercircle process');
    expect(after.stdout).toContain('The database is up to date.');
    expect(after.code).toBe(0);
    expect(existsSync(path.join(dataDir, 'peercircle.lock'))).toBe(false); // released on the way out
  }, 240_000);

  it('GIVEN discord-register --dry-run and no token THEN it lists what it would register and contacts nobody', async () => {
    const result = await peercircle(['discord-register', '--dry-run', '--guild', '100000000000000001'], { DISCORD_API_URL: 'http://127.0.0.1:1/api' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Would register \d+ slash commands in server 100000000000000001 \(dry run: Discord was not contacted\):$/m);
    expect(result.stdout).toMatch(/^ {2}\/checkin {2}\S/m);
  });
});
