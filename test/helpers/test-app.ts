import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testCipher } from './test-cipher.js';

export interface TestApp {
  /** The app, once the suite's beforeAll has run. */
  readonly app: App;
}

/**
 * Gives the calling suite a fresh app on a fresh, migrated test database: created before its tests,
 * closed after them. Register it first: vitest runs after-hooks in reverse, so anything a suite
 * starts on top of the app (an adapter, a harness) is stopped before the app is closed.
 */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  let app: App | undefined;
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', ...env });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app?.close();
    await testDb?.release();
  });
  return {
    get app() {
      if (!app) throw new Error('useTestApp: the app is created in beforeAll; use it inside hooks and tests');
      return app;
    },
  };
}
