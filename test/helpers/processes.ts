import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject } from 'vitest';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/peercircle.mjs');

// One default data folder per test file (files share a worker process), so two suites never meet at
// the embedded database's lock and no file sees what another file's bot stored.
const defaultDataDirs = new Map<string, string>();
function defaultDataDir(): string {
  const file = expect.getState().testPath ?? '';
  let dir = defaultDataDirs.get(file);
  if (!dir) defaultDataDirs.set(file, (dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-process-tests-'))));
  return dir;
}

/**
 * A new DATA_DIR holding a migrated embedded database, as an earlier `peercircle migrate` left it
 * (a copy of one this run made through the bot's own code). For bot processes whose test is not
 * about creating the database: creating one from nothing costs seconds of CPU per process.
 */
export function migratedDataDir(prefix = 'peercircle-migrated-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(inject('embeddedDataDirTemplate'), dir, { recursive: true });
  return dir;
}

/** Starts the real `peercircle` binary as its own process. */
export function startPeercircle(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams & { output: () => string; errors: () => string } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    // DATA_DIR outside the checkout: only the note key file lands there.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DEFAULT_TIME_ZONE: 'UTC', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn', DATA_DIR: defaultDataDir(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, { output: () => stdout, errors: () => stderr });
}

export function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('close', (code) => resolve(code));
  });
}

/** Polls until `check` is true, or fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
