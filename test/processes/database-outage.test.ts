import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, startPeercircle, waitFor } from '../helpers/processes.js';
import { OwnPostgres, postgresBinDir } from '../helpers/own-postgres.js';

describe.skipIf(!postgresBinDir())('a PostgreSQL outage mid-run (a server the test starts itself)', () => {
  let pg: OwnPostgres;
  beforeAll(() => {
    pg = new OwnPostgres();
    pg.start();
  });
  afterAll(() => pg.destroy());

  it('GIVEN the database stops THEN the bot keeps running, reports not ready, tells the member, and recovers by itself when it returns', async () => {
    const port = 50000 + Math.floor(Math.random() * 5000);
    const bot = startPeercircle(['start'], {
      DATABASE_URL: pg.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NOTES_KEY: randomBytes(32).toString('base64'),
      TERMINAL_USER: 'outage',
    });
    const ready = async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.status;
    await waitFor(async () => (await ready()) === 200, 30_000, 'the bot to be ready');
    bot.stdin.write('/help\n');
    await waitFor(() => bot.output().includes('Commands'), 10_000, 'an answer to /help');

    pg.stop();
    await waitFor(async () => (await ready()) === 503, 15_000, '/readyz to report the outage');
    bot.stdin.write('/checkin\n');
    await waitFor(() => bot.output().includes('something went wrong on my side'), 20_000, 'a calm reply during the outage');
    expect(bot.output()).toContain('may not have been saved');
    expect(bot.exitCode).toBeNull(); // still running

    pg.start();
    await waitFor(async () => (await ready()) === 200, 30_000, 'recovery');
    bot.stdin.write('/checkin\n');
    await waitFor(() => bot.output().includes('1/5 How is your energy today?'), 20_000, 'a check-in after recovery');
    bot.stdin.end();
    expect(await exited(bot)).toBe(0);
  }, 180_000); // a real process and a real PostgreSQL server, each waited for in turn
});
