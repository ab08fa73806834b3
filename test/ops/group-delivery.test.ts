import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { direct } from '../../src/core/messages.js';
import { runBot, type Running } from '../../src/runtime.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('one message to several members together', () => {
  let app: App;
  let testDb: TestDatabase;
  let running: Running;
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', SCHEDULER: 'on' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
    const adapter = new TerminalAdapter({ input, output, interactive: false, community: { platform: 'terminal', externalId: 'group' }, user: { id: 'ana' } });
    running = await runBot(app, adapter, config.value);
  });
  afterAll(async () => {
    input.end();
    await running.shutdown();
    await testDb.dispose();
  });

  it('GIVEN a queued message for a pair THEN the runtime delivers it once, to both together, and records it sent', async () => {
    const community = await app.store.communities.findOrCreate({ platform: 'terminal', externalId: 'group' }, { timeZone: 'UTC', locale: 'en-US' });
    await app.store.outbox.enqueue(
      [{ communityId: community.id, platformUserId: 'ana', platformUserIds: ['ana', 'kim'], kind: 'pairing-intro', message: direct('Meet your debrief partner.'), dedupeKey: 'pair:1' }],
      new Date(),
    );
    for (let i = 0; i < 100 && !screen.includes('Meet your debrief partner.'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(screen).toContain('✉ to you and kim: Meet your debrief partner.');
    for (let i = 0; i < 100 && (await app.store.outbox.counts()).sent === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const row = await app.store.database.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: 'pair:1' } });
    expect(row).toMatchObject({ status: 'sent', platformUserIds: ['ana', 'kim'] });
    expect(screen.match(/Meet your debrief partner/g)).toHaveLength(1);
  });
});
