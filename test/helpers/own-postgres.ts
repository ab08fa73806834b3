import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The PostgreSQL server binaries of this machine, if any (Debian's layout). */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const version = readdirSync(base).sort().at(-1);
  const dir = version && path.join(base, version, 'bin');
  return dir && existsSync(path.join(dir, 'initdb')) ? dir : undefined;
}

/**
 * A PostgreSQL server of the test's own: initdb in a temporary directory, its own port, started
 * and stopped at will. Never the shared server. As root it runs as the postgres user, since
 * PostgreSQL refuses to run as root.
 */
export class OwnPostgres {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-pg-'));
  readonly port = 56000 + Math.floor(Math.random() * 5000);
  private readonly bin = postgresBinDir()!;

  constructor() {
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(this.dir, uid, gid);
    }
    this.run('initdb', ['-D', this.dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    this.run('pg_ctl', ['-D', this.dir, '-w', '-l', path.join(this.dir, 'log'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.dir, '-w', '-m', 'fast', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const command = path.join(this.bin, tool);
    if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore', cwd: os.tmpdir() });
    else execFileSync(command, args, { stdio: 'ignore' });
  }
}
