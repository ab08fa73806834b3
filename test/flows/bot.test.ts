import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

const base = {
  community: { platform: 'slack' as const, externalId: 'T-NEW', name: 'Riverside Peer Team' },
  user: { id: 'U-NEW', displayName: 'Jo' },
  isDirect: false,
  receivedAt: new Date('2026-11-23T10:00:00Z'),
};

describe('the bot core (Bot.handle, the entry point every adapter calls)', () => {
  let app: App | undefined;
  let testDb: TestDatabase | undefined;
  const logLines: string[] = [];

  async function start(): Promise<App> {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'Europe/London', DEFAULT_LOCALE: 'en-GB' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(line) });
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger, now: () => base.receivedAt });
    return app;
  }
  afterEach(async () => {
    await app?.close().catch(() => {});
    await testDb?.release().catch(() => {});
    logLines.length = 0;
  });

  it('GIVEN a member joining a new workspace THEN community and member are created and the member is welcomed by direct message', async () => {
    const { bot, store } = await start();
    const replies = await bot.handle({ ...base, kind: 'member-joined' });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ visibility: 'direct' });
    expect(replies[0]?.text).toContain('for Riverside Peer Team');
    expect(replies[0]?.text).toContain('What I keep and who sees it');
    const community = await store.database.prisma.community.findFirstOrThrow();
    expect(community).toMatchObject({ platform: 'slack', externalId: 'T-NEW', timeZone: 'Europe/London', locale: 'en-GB' });
    const member = await store.database.prisma.member.findFirstOrThrow();
    expect(member.onboardedAt).toEqual(base.receivedAt);

    const again = await bot.handle({ ...base, kind: 'command', name: 'support', text: '' });
    expect(again.map((r) => r.text).join()).not.toContain("I'm peercircle");
    // An en-GB community: the UK's emergency number and Shout, its one line with a second, recent source.
    expect(again[0]?.text).toContain('call 999');
    expect(again[0]?.text).toContain('**Shout**: text SHOUT to 85258');
  });

  it('GIVEN the database is gone mid-run THEN the member gets a calm reply, the error is logged without their words, and nothing throws', async () => {
    const { bot } = await start();
    await bot.handle({ ...base, kind: 'command', name: 'help', text: '' });
    await testDb!.dispose();
    const replies = await bot.handle({ ...base, kind: 'form', formId: 'checkin:2026-11-23:note', values: { note: 'my private words' } });
    expect(replies).toEqual([
      expect.objectContaining({ text: expect.stringContaining("Sorry, something went wrong on my side") }),
    ]);
    expect(logLines.join('\n')).toContain('could not handle an event');
    expect(logLines.join('\n')).not.toContain('my private words');
    testDb = undefined;
  });

  it('GIVEN words that point to risk THEN the log records that the crisis route was shown, by rule, never the words', async () => {
    const { bot } = await start();
    await bot.handle({ ...base, kind: 'message', text: 'I keep thinking about killing myself, my name is Jo Example' });
    const log = logLines.join('\n');
    expect(log).toContain('crisis route shown');
    expect(log).toContain('suicidal-thoughts');
    expect(log).not.toMatch(/killing myself|Jo Example/);
  });
});
