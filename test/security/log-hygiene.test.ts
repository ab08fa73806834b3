import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import { createLogger } from '../../src/core/logger.js';
import { exited, migratedDataDir, startPeercircle } from '../helpers/processes.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

const noteMarker = 'NOTEMARK-7f3a9c';
const crisisText = `I want to kill myself tonight ${'CRISISMARK-22be'}`;
const notesKey = randomBytes(32).toString('base64');
const dbPassword = 'pw-S3cr3t-9d1e';
const slackToken = `xoxb-${randomBytes(12).toString('hex')}`;
const discordToken = `${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(20).toString('base64url')}`;

/** Everything that must never reach a log line, and token shapes that must not either. */
function leaks(log: string): string[] {
  const found = [noteMarker, 'CRISISMARK', 'kill myself', notesKey, dbPassword, slackToken, discordToken].filter((secret) => log.includes(secret));
  const tokenLike = log.match(/xox[abpr]-[\w-]{10,}|xapp-[\w-]{10,}|\b[A-Za-z0-9+/]{43}=|[\w-]{20,}\.[\w-]{6,}\.[\w-]{25,}/g) ?? [];
  return [...found, ...tokenLike];
}

describe('logs never carry note text, crisis words or secrets (LOG_LEVEL=trace)', () => {
  let app: App;
  let testDb: TestDatabase;
  let captured = '';
  const community = { platform: 'slack' as const, externalId: 'T-LOGS' };
  const send = (body: Record<string, unknown>) =>
    app.bot.handle({ ...body, community, user: { id: 'U-LOG', displayName: 'Lou' }, isDirect: true, receivedAt: new Date() } as IncomingEvent);

  beforeAll(async () => {
    const env = {
      DEFAULT_TIME_ZONE: 'UTC',
      LOG_LEVEL: 'trace',
      NOTES_KEY: notesKey,
      DATABASE_URL: `postgres://peercircle:${dbPassword}@127.0.0.1:5432/peercircle`,
    };
    // Platform tokens would make `start` connect to Slack or Discord, so they are only logged here.
    const platformTokens = { SLACK_BOT_TOKEN: slackToken, DISCORD_TOKEN: discordToken };
    const config = parseConfig(env);
    if (!config.ok) throw new Error(config.error.join('\n'));
    const destination = new PassThrough();
    destination.on('data', (chunk: Buffer) => (captured += chunk.toString()));
    const logger = createLogger({ level: 'trace', format: 'json', destination });
    // The configuration itself, logged by mistake, is blanked by the redact paths.
    logger.info({ config: { ...config.value, ...env, ...platformTokens } }, 'configuration loaded');
    logger.info({ SLACK_BOT_TOKEN: slackToken, req: { headers: { authorization: `Bot ${discordToken}` } } }, 'a request');
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger, now: () => new Date('2026-11-23T18:00:00Z') });
  });
  afterAll(async () => {
    await app.close().catch(() => {});
  });

  it('GIVEN a check-in with a note, crisis text, and a database failure mid-save THEN the captured JSON log holds none of it', async () => {
    for (const q of ['energy', 'stress', 'load', 'boundaries', 'self']) await send({ kind: 'choice', actionId: `checkin:2026-11-23:${q}`, value: '1' });
    await send({ kind: 'form', formId: 'checkin:2026-11-23:note', values: { note: `Hard day. ${noteMarker}` } });
    const crisis = await send({ kind: 'message', text: crisisText });
    expect(crisis.map((m) => m.text).join('\n')).toContain('not a crisis service');
    await send({ kind: 'command', name: 'checkin', text: noteMarker });

    // The database goes away while a note is being saved: the error is logged, the note is not.
    await testDb.dispose();
    const failed = await send({ kind: 'form', formId: 'checkin:2026-11-23:note', values: { note: `Second try. ${noteMarker}` } });
    expect(failed.map((m) => m.text).join('\n')).toContain('something went wrong');

    expect(captured).toContain('crisis route shown');
    expect(captured).toContain('could not handle an event');
    expect(captured).toContain('[redacted]');
    expect(captured.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    expect(leaks(captured)).toEqual([]);
  });
});

// A real process on a copy of the run's migrated embedded database (creating one is not what this is about).
describe('the real process at LOG_LEVEL=trace', { timeout: 120_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = migratedDataDir('peercircle-logs-');
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('GIVEN a check-in with a note and crisis words typed into the terminal THEN standard error (the log) holds none of it', async () => {
    const child = startPeercircle(['start'], {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
      LOG_FORMAT: 'json',
      NOTES_KEY: notesKey,
      TERMINAL_USER: 'lou',
    });
    child.stdin.end(['/checkin', '1', '1', '1', '1', '1', `Hard day. ${noteMarker}`, crisisText, '/community crisis-policy secret policy words'].join('\n') + '\n');
    expect(await exited(child)).toBe(0);
    expect(child.output()).toContain('Your note is saved.');
    expect(child.output()).toContain('not a crisis service');
    expect(child.errors()).toContain('"level"');
    expect(leaks(child.errors())).toEqual([]);
  });

  it('GIVEN a bad configuration holding secrets THEN the error names the variables and prints no secret', async () => {
    const child = startPeercircle(['start'], {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
      DATABASE_URL: `mysql://root:${dbPassword}@db/x`,
      NOTES_KEY: `${notesKey.slice(0, 20)}`,
    });
    child.stdin.end('');
    expect(await exited(child)).toBe(78);
    expect(child.errors()).toContain('DATABASE_URL: expected');
    expect(child.errors()).toContain('NOTES_KEY: expected');
    expect(child.errors()).not.toContain(dbPassword);
    expect(child.errors()).not.toContain(notesKey.slice(0, 20));
  });
});
