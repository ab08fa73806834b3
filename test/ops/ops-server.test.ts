import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { startOpsServer } from '../../src/ops/http-server.js';
import { Metrics } from '../../src/ops/metrics.js';
import { readiness, runBot, type Running } from '../../src/runtime.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('operations endpoints: /healthz, /readyz, /metrics', () => {
  let app: App;
  let testDb: TestDatabase;
  let running: Running;
  let base: string;
  const input = new PassThrough();
  const output = new PassThrough();

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', PORT: '0', HOST: '127.0.0.1', SCHEDULER: 'off' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
    const adapter = new TerminalAdapter({ input, output, interactive: false, community: { platform: 'terminal', externalId: 'ops' }, user: { id: 'op' } });
    running = await runBot(app, adapter, config.value);
    base = `http://127.0.0.1:${running.opsPort}`;
  });
  afterAll(async () => {
    input.end();
    await running.shutdown();
    await testDb.release();
  });

  it('GIVEN a running bot with PORT set THEN /healthz and /readyz answer 200, and unknown routes or methods get 4xx', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', delivery: { state: 'sending' } });
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('GIVEN some activity THEN /metrics reports outbox depth and check-ins, with no member labels', async () => {
    const community = await app.store.communities.findOrCreate({ platform: 'terminal', externalId: 'ops' }, { timeZone: 'UTC', locale: 'en-US' });
    await app.store.outbox.enqueue([{ communityId: community.id, platformUserId: 'U-SECRET', kind: 'test', message: { visibility: 'direct', text: 'hi' }, dedupeKey: 'ops:1' }], new Date());
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('peercircle_outbox_messages{status="pending"} 1');
    expect(text).toContain('peercircle_checkins_answered 0');
    expect(text).toContain('peercircle_escalations');
    for (const name of ['peercircle_outbox_gave_up_total', 'peercircle_outbox_taken_over_total', 'peercircle_outbox_overdue', 'peercircle_delivery_circuit_open']) expect(text).toContain(`# TYPE ${name}`);
    expect(text).not.toContain('U-SECRET');
  });

  it('GIVEN a command through the running bot THEN it is counted and timed', async () => {
    input.write('/help\n');
    // The event is counted as it arrives and timed once answered: wait (bounded) for the answer.
    let text = '';
    for (let i = 0; i < 100 && !/peercircle_event_seconds_count\{kind="command"\} 1/.test(text); i++) {
      await new Promise((r) => setTimeout(r, 100));
      text = await (await fetch(`${base}/metrics`)).text();
    }
    expect(text).toContain('peercircle_events_handled_total{kind="command"} 1');
    expect(text).toMatch(/peercircle_event_seconds_count\{kind="command"\} 1/);
  });

  it('GIVEN the database goes away THEN /readyz answers 503 with a reason, and /healthz still 200', async () => {
    const broken = await createTestDatabase();
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error('config');
    const lonely = await createApp(config.value, { database: broken.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
    const server = await startOpsServer(0, { check: () => readiness(lonely, true) }, new Metrics(lonely.store), undefined, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await broken.dispose();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('not ready');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await lonely.close().catch(() => {});
  });
});
