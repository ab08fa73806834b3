import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/peercircle.mjs');

// One data folder per test process, so two suites on one machine never meet at the embedded database's lock.
const defaultDataDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-process-tests-'));

/** Starts the real `peercircle` binary as its own process. */
export function startPeercircle(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams & { output: () => string; errors: () => string } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    // DATA_DIR outside the checkout: only the note key file lands there.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DEFAULT_TIME_ZONE: 'UTC', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn', DATA_DIR: defaultDataDir, ...env },
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
