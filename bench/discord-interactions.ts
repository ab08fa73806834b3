import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { DiscordAdapter } from '../adapters/discord/discord-adapter.js';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config/env.js';
import type { DatabaseTarget } from '../src/storage/database.js';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import { homeCommunityOf, pairingChannelOf } from '../src/storage/platform-directory.js';
import { AdapterMemory } from '../src/storage/adapter-memory.js';
import type { LoadResult } from './discord-load.js';
import { benchDatabase } from './postgres.js';

const guild = { id: '100000000000000001', name: 'Bench Server', ownerId: '200000000000000001' };

/**
 * Interaction-to-response latency on Discord: interactions sent through a fake gateway, in a
 * process of its own, at a steady rate, each timed from its dispatch to the fake REST API
 * receiving its first response (bench/discord-load.ts). A mix of what members do: /settings,
 * /principle <topic>, a settings button, and topic autocomplete.
 */
export async function measureDiscordInteractions(ratePerSecond = 200, seconds = 10): Promise<void> {
  console.log(`Discord interaction-to-response latency at ${ratePerSecond} interactions/s for ${seconds} s (target p99 under 50 ms; load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')} on ${os.cpus().length} cores at the start)`);
  const pglite = await PGlite.create();
  await runOnce('embedded database', { kind: 'pglite', instance: pglite }, ratePerSecond, seconds);
  await pglite.close();
  let postgres: Awaited<ReturnType<typeof benchDatabase>> | undefined;
  try {
    postgres = await benchDatabase('discord');
    await postgres.database.close();
    await runOnce('PostgreSQL', { kind: 'postgres', url: postgres.url }, ratePerSecond, seconds);
  } catch (error) {
    console.log(`  PostgreSQL: skipped (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await postgres?.drop().catch(() => {});
  }
}

async function runOnce(label: string, target: DatabaseTarget, ratePerSecond: number, seconds: number): Promise<void> {
  const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
  if (!config.ok) throw new Error(config.error.join('\n'));
  const app = await createApp(config.value, { database: target, cipher: new NoteCipher(noteKey(randomBytes(32))), logger: pino({ level: 'silent' }) });
  // Discord is another machine: the fake runs in its own process, so it does not share this one's event loop.
  const load = fork(path.join(import.meta.dirname, 'discord-load.ts'), [guild.id], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>(kind: string) => new Promise<T>((resolve) => load.on('message', (m: { kind: string } & T) => m.kind === kind && resolve(m)));
  const { apiUrl } = await next<{ apiUrl: string }>('ready');
  const adapter = new DiscordAdapter({
    token: 'bench-token',
    api: apiUrl,
    commands: app.bot.commands,
    content: app.services.content,
    homeGuildOf: (userId) => homeCommunityOf(app.store.database.prisma, 'discord', userId),
    pairingChannelOf: (guildId) => pairingChannelOf(app.store.database.prisma, 'discord', guildId),
    memory: new AdapterMemory(app.store.database.prisma, 'discord'),
    logger: pino({ level: 'silent' }),
  });
  // The time spent in the core alone, to tell it apart from Discord's round trips.
  const coreMs: number[] = [];
  await adapter.start({
    async handle(event) {
      const begun = performance.now();
      try {
        return await app.bot.handle(event);
      } finally {
        coreMs.push(performance.now() - begun);
      }
    },
  });
  try {
    const finished = next<{ result: LoadResult }>('result');
    load.send({ kind: 'run', request: { rate: ratePerSecond, seconds, guildId: guild.id } });
    const { result } = await finished;
    const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
    const core = coreMs.slice(50 * 4); // after the warm-up (autocomplete never reaches the core)
    console.log(`  ${label.padEnd(18)} core alone p50 ${quantile(core, 0.5).toFixed(1)} ms · p99 ${quantile(core, 0.99).toFixed(1)} ms (autocomplete does not reach the core)`);
    console.log(
      `  ${label.padEnd(18)} ${result.latenciesMs.length}/${result.sent} answered${result.latenciesMs.length < result.sent ? ' (stopped waiting after 60 s)' : ''} in ${result.elapsedS.toFixed(1)} s · ` +
        `p50 ${quantile(result.latenciesMs, 0.5).toFixed(1)} ms · p99 ${quantile(result.latenciesMs, 0.99).toFixed(1)} ms · max ${Math.max(...result.latenciesMs).toFixed(1)} ms · deferred ${result.deferred}`,
    );
  } finally {
    load.send({ kind: 'stop' });
    await adapter.stop();
    await app.close();
  }
}
