import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processTree } from './process-tree.js';

const root = path.resolve(import.meta.dirname, '..');

export interface StartupSample {
  /** From spawning the process to its "peercircle ready" log line. */
  readyMs: number;
  /** From spawning to the answer of a first /help. */
  firstReplyMs: number;
  /** Resident memory once the first reply is out: the bot's process, */
  rssMb: number;
  /** and with its helper processes (the embedded database's). */
  rssTotalMb: number;
}

function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;
  } catch {
    return 0;
  }
}

/** Starts the real binary in the terminal, as a user does, and measures it. */
export function measureStartup(env: Record<string, string>): Promise<StartupSample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/peercircle.mjs'), 'start'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "info", LOG_FORMAT: "json", SCHEDULER: "off", ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let readyMs = Number.NaN;
    let stdout = '';
    let sample: StartupSample | undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      if (Number.isNaN(readyMs) && chunk.toString().includes('peercircle ready')) {
        readyMs = performance.now() - started;
        child.stdin.write('/help\n');
      }
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Commands')) {
        const firstReplyMs = performance.now() - started;
        const tree = processTree(child.pid!);
        sample = { readyMs, firstReplyMs, rssMb: rssMb(child.pid!), rssTotalMb: tree.reduce((sum, pid) => sum + rssMb(pid), 0) };
        child.stdin.end();
      }
    });
    child.on('error', reject);
    // Resolved once it has exited: the next start must not meet this one still closing DATA_DIR.
    child.on('close', (code) => {
      if (sample) resolve(sample);
      else reject(new Error(`peercircle exited (${code}) before answering`));
    });
  });
}
