import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { runBot, type Running } from '../../src/runtime.js';
import { runTick } from '../../src/scheduling/tick.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';
import { waitFor } from '../helpers/processes.js';

describe('a pairing round reaches the pair, through the running bot', () => {
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
    const adapter = new TerminalAdapter({ input, output, interactive: false, community: { platform: 'terminal', externalId: 'local' }, user: { id: 'alex', displayName: 'Alex' } });
    running = await runBot(app, adapter, config.value);
  });
  afterAll(async () => {
    input.end();
    await running.shutdown();
    await testDb.dispose();
  });

  it('GIVEN rounds due now and two members THEN the introduction with the debrief guide is delivered once to both together', async () => {
    input.write('/debrief\n');
    await waitFor(() => screen.includes('Your debriefs'), 10_000, 'the /debrief reply');
    const { prisma } = app.store.database;
    const community = await prisma.community.findFirstOrThrow();
    await prisma.member.create({ data: { communityId: community.id, platformUserId: 'bo', displayName: 'Bo' } });
    const now = new Date();
    await prisma.pairingSettings.create({ data: { communityId: community.id, weekday: now.getUTCDay() === 0 ? 7 : now.getUTCDay(), time: '00:00' } });

    expect((await runTick(app.store, now)).pairingRounds).toBe(1);
    await waitFor(async () => (await app.store.outbox.counts()).sent >= 1, 15_000, 'the introduction to be delivered');
    expect(screen).toContain('✉ to you and bo: Your debrief pairing for this round');
    expect(screen).toContain('Hi Alex and Bo');
    expect(screen).toContain('Boundaries check');
    expect(screen.match(/Your debrief pairing for this round/g)).toHaveLength(1);
  });
});
