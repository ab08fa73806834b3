import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import type { IncomingEvent } from '../../src/core/events.js';
import { useTestApp } from '../helpers/test-app.js';

/** Slack and Discord hand over parsed options: a hostile client can put any keys and values in them. */
describe('hostile platform options through Bot.handle', () => {
  const testApp = useTestApp({ COMMANDS_PER_MINUTE: '0' });
  let app: App;
  beforeAll(async () => {
    app = testApp.app;
  });

  it('GIVEN options with prototype keys, odd types and huge values THEN a plain reply, no polluted objects, and the bot keeps working', async () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'setting', 'value', 'topic', 'action', 'hasOwnProperty');
    const value = fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('x'.repeat(2000), 'role U1 admin', 'audit 9999', 'export', 'delete'));
    const options = fc.array(fc.tuple(key, value), { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands.map((c) => c.name)), options, async (name, opts) => {
        const replies = await app.bot.handle({
          kind: 'command', name, text: '', options: opts,
          community: { platform: 'discord', externalId: 'G-OPTS' }, user: { id: 'U-OPTS' }, isDirect: true, receivedAt: new Date(),
        } as IncomingEvent);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect(reply.text).not.toMatch(/TypeError|PrismaClient|undefined|Sorry, something went wrong/);
      }),
      { numRuns: 80 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const member = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'U-OPTS' } });
    expect(member.role).toBe('peer');
  });

  it('GIVEN events missing their text, name or values THEN a calm reply, never an exception at the adapter', async () => {
    const base = { community: { platform: 'discord', externalId: 'G-OPTS' }, user: { id: 'U-BROKEN' }, isDirect: true, receivedAt: new Date() };
    for (const body of [{ kind: 'command' }, { kind: 'command', name: 'principle' }, { kind: 'message' }, { kind: 'form', formId: 'checkin:x:note' }, { kind: 'choice' }]) {
      const replies = await app.bot.handle({ ...base, ...body } as unknown as IncomingEvent);
      expect(replies.length, JSON.stringify(body)).toBeGreaterThan(0);
      for (const reply of replies) expect(reply.text).not.toMatch(/TypeError|undefined/);
    }
  });
});
