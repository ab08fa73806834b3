import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import type { IncomingEvent } from '../../src/core/events.js';
import { useTestApp } from '../helpers/test-app.js';

const names = [...commands.map((c) => c.name), 'CHECKIN', '', '/', 'help me', 'ünïcødé'];
const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom("'; DROP TABLE members; --", '\u0000\u0007\u001b[2J', '{{7*7}}', '${process.exit()}', '"unclosed', '../../etc/passwd', 'x'.repeat(5000)),
);
const base = { community: { platform: 'slack' as const, externalId: 'T-FUZZ' }, isDirect: true, receivedAt: new Date() };
const event = fc.oneof(
  fc.record({ kind: fc.constant('command' as const), name: fc.constantFrom(...names), text: hostile }),
  fc.record({
    kind: fc.constant('choice' as const),
    actionId: fc.oneof(hostile, fc.constantFrom('checkin:2026-11-23:energy', 'principle:reflect:boundaries-reflection:99', 'checkin::', 'settings:x')),
    value: hostile,
  }),
  fc.record({ kind: fc.constant('form' as const), formId: fc.oneof(hostile, fc.constant('checkin:2026-11-23:note')), values: fc.dictionary(fc.string({ maxLength: 10 }), hostile) }),
  fc.record({ kind: fc.constant('message' as const), text: hostile }),
);

describe('hostile and random input through Bot.handle', () => {
  const testApp = useTestApp();
  let app: App;
  beforeAll(async () => {
    app = testApp.app;
  });

  it('GIVEN any command, click, form or message THEN a reply in plain words, never a stack trace, and the bot keeps working', async () => {
    await fc.assert(
      fc.asyncProperty(event, fc.constantFrom('U1', 'U2', 'U3'), async (body, userId) => {
        const replies = await app.bot.handle({ ...base, ...body, user: { id: userId } } as IncomingEvent);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) {
          expect(reply.text.length).toBeGreaterThan(0);
          expect(reply.text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|TypeError|PrismaClient|undefined|NaN/);
          expect(reply.text).not.toContain('Sorry, something went wrong'); // every bad input has its own answer
        }
      }),
      { numRuns: 150 },
    );
    // A member the storm did not come from: U1–U3 may rightly be resting under the rate limit by now.
    const help = await app.bot.handle({ ...base, kind: 'command', name: 'help', text: '', user: { id: 'U-AFTER' } });
    expect(help.map((reply) => reply.text).join('\n')).toContain('/checkin');
  });
});
