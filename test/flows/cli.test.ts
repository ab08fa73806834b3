import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/peercircle.mjs');
const run = promisify(execFile);

/** Runs the real `peercircle` binary with piped standard input, as a script or CI would. */
function peercircle(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DEFAULT_TIME_ZONE: 'UTC', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

describe('the peercircle command, as a newcomer runs it', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-cli-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('GIVEN --help THEN the operator commands are listed', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help'], { cwd: root });
    for (const command of ['start', 'migrate', 'tick', 'content-check', '--version']) expect(stdout).toContain(command);
    expect(stdout).toContain('scheduler pass');
  });

  it('GIVEN piped lines and a fresh data directory THEN the bot answers on standard output, keeps the data, and exits at end of input', async () => {
    const env = { DATA_DIR: path.join(dataDir, 'data') };
    const first = await peercircle(['start'], { input: '/principle boundaries\n/checkin\n3\n', env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Boundaries');
    expect(first.stdout).toContain('1/5 How is your energy today?');
    expect(first.stdout).not.toMatch(/"level"|INFO/); // logs stay off standard output

    const second = await peercircle(['start'], { input: '/checkin\n', env });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain("I'm peercircle"); // the same member, already welcomed
    expect(second.stdout).toContain("Let's pick up today's check-in where you left off.");
    // Two real processes, the first creating the embedded database: slow on a busy machine.
  }, 120_000);

  it('GIVEN migrate and tick --at on that database THEN they report what they did', async () => {
    const env = { DATA_DIR: path.join(dataDir, 'data') };
    const migrate = await peercircle(['migrate'], { env });
    expect(migrate.stdout).toContain('The database is up to date.');
    const tick = await peercircle(['tick', '--at', '2999-01-01T12:00:00Z'], { env });
    expect(tick.code).toBe(0);
    expect(tick.stdout).toContain('Scheduler pass at 2999-01-01T12:00:00.000Z');
    expect(tick.stdout).toContain('check-in prompts queued: 1');
  }, 60_000);

  it('GIVEN a digest export for an unknown community or a bad date THEN a clear message and a non-zero exit', async () => {
    const env = { DATA_DIR: path.join(dataDir, 'data') };
    const unknown = await peercircle(['digest', '--community', 'slack:TNOPE', '--from', '2026-11-01', '--to', '2026-11-30'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'No community "slack:TNOPE" for --community: this database has terminal:local (your local demo community). Pass one as --community terminal:local (or a community\'s id).\n',
    );
    const none = await peercircle(['digest', '--from', '2026-11-01', '--to', '2026-11-30'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      "peercircle digest needs --community: this database has terminal:local (your local demo community). Pass one as --community terminal:local (or a community's id).\n",
    );
    const local = await peercircle(['digest', '--community', 'terminal:local', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'csv'], { env });
    expect(local.code).toBe(0);
    expect(local.stdout.split('\n')[0]).toBe(
      'week,participants,checkin_days,heavy_day_share,avg_energy,avg_stress,avg_load,avg_boundaries,avg_self,signals_watch,signals_reach_out,signals_urgent,debrief_pairings_met',
    );
    expect(local.stderr).toContain('it appears once it ends');
    // 1 November is a Sunday: the export starts on the Monday of its week, and says so.
    expect(local.stderr).toMatch(/^2026-11-01 to 2026-11-30 shown as whole weeks: Mon 26 Oct – Sun \d+ \w+\.$/m);
    const backwards = await peercircle(['digest', '--community', 'terminal:local', '--from', '2026-11-30', '--to', '2026-11-01'], { env });
    expect(backwards.code).not.toBe(0);
    expect(backwards.stderr).toContain('--from 2026-11-30 is after --to 2026-11-01. Give the earlier day as --from.');
    const badDate = await peercircle(['digest', '--community', 'terminal:local', '--from', 'last week', '--to', '2026-11-30'], { env });
    expect(badDate.stderr).toContain('Use a date such as 2026-11-01.');
  }, 150_000); // five real processes, one after another

  it('GIVEN a digest export and a key rotation THEN `peercircle audit` exports the audit log with both, as operator actions', async () => {
    const env = { DATA_DIR: path.join(dataDir, 'data') };
    const oldKey = (await readFile(path.join(dataDir, 'data', 'notes.key'), 'utf8')).trim();
    const rotated = await peercircle(['rotate-key'], { env: { ...env, NOTES_KEY: randomBytes(32).toString('base64'), NOTES_PREVIOUS_KEYS: oldKey } });
    expect(rotated.stdout).toContain('Re-sealed');
    const audit = await peercircle(['audit', '--community', 'terminal:local', '--from', '2026-01-01', '--to', '2099-12-31'], { env });
    expect(audit.code).toBe(0);
    const lines = JSON.parse(audit.stdout) as { action: string; actor: string; details: Record<string, unknown> }[];
    expect(lines).toContainEqual(expect.objectContaining({ action: 'digest.export', actor: 'an operator (command line)', details: { from: '2026-11-01', to: '2026-11-30', format: 'csv' } }));
    expect(lines).toContainEqual(expect.objectContaining({ action: 'notes.rotate-key', actor: 'an operator (command line)' }));
    const csv = await peercircle(['audit', '--community', 'terminal:local', '--from', '2026-01-01', '--to', '2099-12-31', '--format', 'csv'], { env });
    expect(csv.stdout.split('\n')[0]).toBe('at,actor,actor_role,action,subject,details');
    expect(csv.stdout).toContain('audit.export'); // the first export is itself in the trail
    const unknown = await peercircle(['audit', '--community', 'discord:nope', '--from', '2026-01-01', '--to', '2026-12-31'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No community "discord:nope" for --community: this database has terminal:local');
    const none = await peercircle(['audit', '--from', '2026-01-01', '--to', '2026-12-31'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('peercircle audit needs --community: this database has terminal:local');
  }, 150_000); // five real processes, one after another

  it('GIVEN tick with a time that is not ISO 8601 THEN a clear message and a non-zero exit', async () => {
    const tick = await peercircle(['tick', '--at', 'tomorrow-ish'], { env: { DATA_DIR: path.join(dataDir, 'data') } });
    expect(tick.code).not.toBe(0);
    expect(tick.stderr).toContain('Use an ISO 8601 time such as 2026-11-23T09:00:00Z.');
  });

  it('GIVEN bad configuration THEN each problem is on its own line naming the variable, no secret is printed, exit non-zero', async () => {
    const result = await peercircle(['start'], {
      env: { DATABASE_URL: 'mysql://admin:hunter2@db/x', LOG_LEVEL: 'chatty', DATA_DIR: path.join(dataDir, 'data') },
    });
    expect(result.code).toBe(78);
    const lines = result.stderr.split('\n');
    expect(lines).toContain('  DATABASE_URL: expected a PostgreSQL URL such as postgres://user:password@host:5432/peercircle; leave it unset to use the embedded database.');
    expect(lines.some((l) => l.startsWith('  LOG_LEVEL: expected one of'))).toBe(true);
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stdout).toBe('');
  });

  it('GIVEN a community content folder with one good and one malformed topic THEN the bad file is reported with its line and the rest loads', async () => {
    const own = path.join(dataDir, 'own-content');
    await mkdir(own, { recursive: true });
    await writeFile(
      path.join(own, 'team-rituals.md'),
      '---\nid: team-rituals\ntitle: Our team rituals\nsummary: How we close a hard week together.\nsources:\n  - "Our team handbook"\n---\nWe meet on Fridays.\n',
    );
    await writeFile(path.join(own, 'broken.md'), '---\nid: broken\ntitle: [unclosed\n---\nbody\n');
    await writeFile(path.join(own, 'boundaries.md'), '---\nid: boundaries\ntitle: Our boundaries\nsummary: How we keep them.\n---\nOurs.\n');
    const check = await peercircle(['content-check', own]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/broken\.md:3: YAML/);
    expect(check.stdout).toMatch(/boundaries\.md:1: not used, so the built-in topic "boundaries" stays in place until it is fixed: "sources" is missing: add it to the front-matter\. For example:\n\s+sources:/);
    expect(check.stdout).not.toContain('Invalid input');
    const session = await peercircle(['start'], {
      input: '/principle team-rituals\n',
      env: { CONTENT_DIR: own, DATA_DIR: path.join(dataDir, 'data') },
    });
    expect(session.stdout).toContain('We meet on Fridays.');
    expect(session.stderr).toMatch(/content skipped: .*broken\.md:3/);
    expect(session.stderr).toMatch(/^Content loaded: \d+ topics, 2 file\(s\) skipped \(run `peercircle content-check`\)\.$/m);
  }, 60_000);
});
