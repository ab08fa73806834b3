import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('rate limits and size limits on what members send', () => {
  let app: App;
  let testDb: TestDatabase;
  let now = new Date('2026-11-23T18:00:00Z');
  const community = { platform: 'discord' as const, externalId: 'G-LIMITS' };
  const send = (user: string, body: Record<string, unknown>): Promise<OutgoingMessage[]> =>
    app.bot.handle({ ...body, community, user: { id: user, displayName: user }, isDirect: true, receivedAt: now } as IncomingEvent);
  const text = async (user: string, body: Record<string, unknown>) => (await send(user, body)).map((m) => m.text).join('\n');
  const command = (user: string, name: string, commandText = '') => text(user, { kind: 'command', name, text: commandText });

  beforeEach(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', COMMANDS_PER_MINUTE: '6', COMMAND_BURST: '3' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    now = new Date('2026-11-23T18:00:00Z');
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now });
  });
  afterEach(async () => {
    await app.close();
    await testDb.release();
  });

  it('GIVEN a member sending commands too fast THEN a kind reply says when to try again, while /support, check-in answers and other members go on', async () => {
    for (let i = 0; i < 3; i++) expect(await command('ANA', 'principle')).not.toContain('taking a breath');
    const refused = await command('ANA', 'principle', 'boundaries');
    expect(refused).toBe("That's a lot of commands in a short time, so I'm taking a breath. Please try again in 10 seconds. If you need someone now, `/support` always works.");
    expect(await command('ANA', 'support')).toContain('not a crisis service');
    expect(await command('BEN', 'principle')).not.toContain('taking a breath');

    // A check-in answer is a button press: never limited, always saved.
    await send('ANA', { kind: 'choice', actionId: 'checkin:2026-11-23:energy', value: '4' });
    const saved = await app.store.database.prisma.checkIn.findFirstOrThrow({ where: { member: { platformUserId: 'ANA' } } });
    expect(saved.answers).toEqual({ energy: 4 });

    now = new Date(now.getTime() + 10_000);
    expect(await command('ANA', 'principle', 'boundaries')).toContain('Boundaries');
  });

  it('GIVEN over-long text anywhere THEN each reply names the limit, and nothing is saved from it', async () => {
    expect(await command('ANA', 'principle', 'x'.repeat(1500))).toContain('That is 1,500 characters; the limit for what follows a command is 1,000.');
    expect(await command('ANA', 'principle', 'b'.repeat(101))).toContain('(100 characters at most)');

    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'ANA' }, data: { role: 'admin' } });
    expect(await command('ANA', 'community', `crisis-policy ${'We follow our safeguarding procedure. '.repeat(15)}`)).toContain(
      'the limit for a crisis policy is 500.',
    );
    expect(await command('ANA', 'community', `crisis-contact @ANA ${'Dana '.repeat(20)}`)).toContain('the limit for a crisis contact label is 80');
    const stored = await app.store.database.prisma.community.findFirstOrThrow();
    expect(stored).toMatchObject({ crisisPolicy: null, crisisContactName: null });

    for (const q of ['energy', 'stress', 'load', 'boundaries', 'self']) await send('ANA', { kind: 'choice', actionId: `checkin:2026-11-23:${q}`, value: '3' });
    const note = await text('ANA', { kind: 'form', formId: 'checkin:2026-11-23:note', values: { note: 'n'.repeat(1200) } });
    expect(note).toContain('the limit is 1,000');
    const hugeField = await text('ANA', { kind: 'form', formId: 'checkin:2026-11-23:note', values: { note: 'n'.repeat(5000) } });
    expect(hugeField).toContain('the limit for one answer in a form is 4,000');
    const checkIn = await app.store.database.prisma.checkIn.findFirstOrThrow();
    expect(checkIn).toMatchObject({ note: null, answers: { energy: 3, stress: 3, load: 3, boundaries: 3, self: 3 } });
  });

  it('GIVEN an over-long message with words of risk THEN the crisis reply still comes first, then the limit', async () => {
    await command('ANA', 'help');
    // Text beyond the limit is cut before it is read: the screen's cost stays bounded.
    const replies = await send('ANA', { kind: 'message', text: `I want to end my life. ${'a long day. '.repeat(400)}` });
    expect(replies[0]?.text).toMatch(/not a crisis service|are you thinking about suicide/);
    expect(replies.at(-1)?.text).toContain('the limit for a message is 4,000');
  });
});
