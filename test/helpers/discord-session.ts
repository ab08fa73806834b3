import pino from 'pino';
import { topicsOfCommunity } from '../../src/content/community-library.js';
import { DiscordAdapter, type DiscordAdapterOptions } from '../../adapters/discord/discord-adapter.js';
import { createApp, type App } from '../../src/app.js';
import { homeCommunityOf, pairingChannelOf } from '../../src/storage/platform-directory.js';
import { AdapterMemory } from '../../src/storage/adapter-memory.js';
import { parseConfig } from '../../src/config/env.js';
import type { EventHandler } from '../../src/core/adapter.js';
import { FakeDiscord, type FakeDiscordOptions, type RecordedCall } from './fake-discord.js';
import { testCipher } from './test-cipher.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface DiscordSession {
  fake: FakeDiscord;
  /** The bot process's adapter (a new one after `restart`). */
  readonly adapter: DiscordAdapter;
  app: App;
  /** Dispatches an interaction through the gateway and resolves with the REST calls that answered it. */
  interact(payload: { id: string; token: string; guild_id?: string }): Promise<RecordedCall[]>;
  setNow(instant: Date): void;
  /** Stops the adapter and starts a fresh one (a new discord.js client) on the same database: a restart. */
  restart(): Promise<void>;
  /**
   * Another bot process beside the first, on the same database and the same Discord, e.g. the
   * process for another slice of the shards. Stopped by `close`.
   */
  startAnotherProcess(shards?: SessionOptions['shards']): Promise<DiscordAdapter>;
  close(): Promise<void>;
}

export interface SessionOptions extends FakeDiscordOptions {
  now?: Date;
  /** Settings besides the defaults, e.g. CONTENT_DIR. */
  env?: Record<string, string>;
  deferAfterMs?: number;
  /** Wraps the bot, e.g. to make it slow. */
  wrap?: (handler: EventHandler) => EventHandler;
  shards?: ConstructorParameters<typeof DiscordAdapter>[0]['shards'];
  /** Every process's report of each interaction: answered, or passed over as a repeat. */
  onInteractionHandled?: (interactionId: string, outcome: 'answered' | 'repeat') => void;
}

/** For adapters in tests that never get as far as the database (a refused login): any use fails the test. */
export const unusedMemory: DiscordAdapterOptions['memory'] = new Proxy({} as DiscordAdapterOptions['memory'], {
  get: (_target, name) => () => Promise.reject(new Error(`this test did not expect the adapter to use its memory (${String(name)})`)),
});

/** The real bot and database, the real discord.js client, and a fake Discord on 127.0.0.1. */
export async function startDiscordSession(options: SessionOptions = {}): Promise<DiscordSession> {
  const parsed = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', ...options.env });
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  const testDb: TestDatabase = await createTestDatabase();
  let now = options.now ?? new Date('2026-11-23T10:00:00Z');
  const app = await createApp(parsed.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
  const fake = await FakeDiscord.start(options);
  const handled = new Map<string, () => void>();
  const startAdapter = async (shards: SessionOptions['shards']) => {
    const adapter = new DiscordAdapter({
      token: 'test-token',
      api: fake.apiUrl,
      ...(shards ? { shards } : {}),
      commands: app.bot.commands,
      content: app.services.content,
      topicsOf: (guildId) => topicsOfCommunity(app.store, app.services.content, { platform: 'discord', externalId: guildId }),
      homeGuildOf: (userId) => homeCommunityOf(app.store.database.prisma, 'discord', userId),
      pairingChannelOf: (guildId) => pairingChannelOf(app.store.database.prisma, 'discord', guildId),
      memory: new AdapterMemory(app.store.database.prisma, 'discord'),
      seenInteractions: app.store.seenDeliveries,
      logger: pino({ level: 'silent' }),
      now: () => now,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      onInteractionHandled: (id, outcome) => {
        handled.get(id)?.();
        options.onInteractionHandled?.(id, outcome ?? 'answered');
      },
    });
    await adapter.start(options.wrap ? options.wrap(app.bot) : app.bot);
    return adapter;
  };
  let adapter = await startAdapter(options.shards);
  const others: DiscordAdapter[] = [];
  return {
    fake,
    get adapter() {
      return adapter;
    },
    app,
    async interact(payload) {
      const done = new Promise<void>((resolve) => handled.set(payload.id, resolve));
      fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, payload.guild_id);
      await done;
      handled.delete(payload.id);
      return fake.callsFor(payload.token);
    },
    setNow(instant) {
      now = instant;
    },
    async restart() {
      await adapter.stop();
      adapter = await startAdapter(options.shards);
    },
    async startAnotherProcess(shards) {
      const another = await startAdapter(shards);
      others.push(another);
      return another;
    },
    async close() {
      for (const other of others) await other.stop();
      await adapter.stop();
      await fake.close();
      await app.close();
      await testDb.release();
    },
  };
}
