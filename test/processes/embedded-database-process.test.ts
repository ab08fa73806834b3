import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, migratedDataDir, startPeercircle, waitFor } from '../helpers/processes.js';

/** The pids the DATA_DIR lock names: the bot, then the embedded database's process it started. */
const lockPids = (dataDir: string): number[] => {
  try {
    return readFileSync(path.join(dataDir, 'peercircle.lock'), 'utf8').trim().split('\n').map(Number);
  } catch {
    return [];
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts the terminal bot on its own DATA_DIR and waits until its database process is serving. */
async function runningBot(dataDir: string) {
  const bot = startPeercircle(['start'], { DATA_DIR: dataDir, SCHEDULER: 'off' }); // standard input stays open: it keeps running
  bot.stdin.write('/help\n');
  // Answered: the bot is running, with its signal handlers in place.
  await waitFor(() => bot.output().includes('/help') && lockPids(dataDir).length === 2, 120_000, 'the bot to answer');
  const [botPid, databasePid] = lockPids(dataDir) as [number, number];
  expect(botPid).toBe(bot.pid);
  expect(isAlive(databasePid)).toBe(true);
  // Its last argument is the private socket, in a folder of its own that must not outlive it.
  const socketDir = path.dirname(readFileSync(`/proc/${databasePid}/cmdline`, 'utf8').split('\0').filter(Boolean).at(-1)!);
  expect(existsSync(socketDir)).toBe(true);
  return { bot, databasePid, socketDir };
}

describe('the embedded database runs in a process of its own', () => {
  const dirs: string[] = [];
  const migratedCopy = () => {
    const dir = migratedDataDir('peercircle-db-process-');
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a running bot WHEN its database process is killed THEN the bot says so in one line and exits 69 at once, letting go of DATA_DIR', async () => {
    const dataDir = migratedCopy(); // the database made once for the run: this is about its process, not its creation
    const { bot, databasePid, socketDir } = await runningBot(dataDir);
    const killedAt = Date.now();
    process.kill(databasePid, 'SIGKILL');
    expect(await exited(bot)).toBe(69);
    expect(Date.now() - killedAt).toBeLessThan(10_000); // no hang
    const lines = bot.errors().split('\n').filter((line) => line.includes('embedded database process'));
    expect(lines).toEqual([
      `The embedded database process (pid ${databasePid}) was stopped by SIGKILL; peercircle is stopping. The data in DATA_DIR=${dataDir} is kept: start peercircle again. If this repeats, check free memory and disk space.`,
    ]);
    expect(bot.errors()).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(dataDir, 'peercircle.lock'))).toBe(false);
    expect(existsSync(socketDir)).toBe(false);
  }, 180_000);

  it('GIVEN a running bot WHEN SIGTERM reaches the bot and its database process together (a service manager stopping the group) THEN the bot drains and exits 0 and no process is left behind', async () => {
    const dataDir = migratedCopy(); // the database made once for the run: this is about its process, not its creation
    const { bot, databasePid, socketDir } = await runningBot(dataDir);
    const signalled = Date.now();
    process.kill(databasePid, 'SIGTERM'); // the database process waits for the bot to let it go
    bot.kill('SIGTERM');
    expect(await exited(bot)).toBe(0);
    await waitFor(() => !isAlive(databasePid), 10_000, 'the database process to exit');
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(bot.errors()).not.toContain('embedded database process'); // a stop asked for is not a crash
    expect(existsSync(path.join(dataDir, 'peercircle.lock'))).toBe(false);
    expect(existsSync(socketDir)).toBe(false);
  }, 180_000);

  it('GIVEN a running bot WHEN the bot is killed outright THEN its database process closes the database and exits on its own, and the next start opens the same data', async () => {
    const dataDir = migratedCopy(); // the database made once for the run: this is about its process, not its creation
    const { bot, databasePid, socketDir } = await runningBot(dataDir);
    bot.kill('SIGKILL');
    await exited(bot);
    await waitFor(() => !isAlive(databasePid), 15_000, 'the orphaned database process to exit');
    expect(existsSync(socketDir)).toBe(false);

    const next = await runningBot(dataDir);
    next.bot.kill('SIGTERM');
    expect(await exited(next.bot)).toBe(0);
  }, 240_000);
});
