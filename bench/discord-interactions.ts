import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { DiscordAdapter } from '../adapters/discord/discord-adapter.js';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config/env.js';
import type { DatabaseTarget } from '../src/storage/database.js';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import { homeCommunityOf, pairingChannelOf } from '../src/storage/platform-directory.js';
import { autocomplete, buttonPress, slashCommand, type Actor } from '../test/helpers/discord-interactions.js';
import { FakeDiscord } from '../test/helpers/fake-discord.js';
import { benchDatabase } from './postgres.js';

const guild = { id: '100000000000000001', name: 'Bench Server', ownerId: '200000000000000001' };

/**
 * Interaction-to-response latency on Discord: interactions sent through the fake gateway at a
 * steady rate (open loop: the next one goes out on time whether or not the last was answered),
 * each timed from its dispatch to the fake REST API receiving its first response. A mix of what
 * members do: /settings, /principle <topic>, a settings button, and topic autocomplete.
 */
export async function measureDiscordInteractions(ratePerSecond = 200, seconds = 10): Promise<void> {
  console.log(`Discord interaction-to-response latency at ${ratePerSecond} interactions/s for ${seconds} s (target p99 under 50 ms)`);
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
  const fake = await FakeDiscord.start({ guilds: [guild] });
  const handled = new Map<string, () => void>();
  const adapter = new DiscordAdapter({
    token: 'bench-token',
    api: fake.apiUrl,
    commands: app.bot.commands,
    content: app.services.content,
    homeGuildOf: (userId) => homeCommunityOf(app.store.database.prisma, 'discord', userId),
    pairingChannelOf: (guildId) => pairingChannelOf(app.store.database.prisma, 'discord', guildId),
    logger: pino({ level: 'silent' }),
    onInteractionHandled: (id) => handled.get(id)?.(),
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
    const members: Actor[] = Array.from({ length: 50 }, (_, i) => ({ userId: String(300_000_000_000_000_000n + BigInt(i)), name: `Member ${i}`, guildId: guild.id }));
    const send = (payload: { id: string; token: string }) => {
      const done = new Promise<void>((resolve) => handled.set(payload.id, resolve));
      fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, guild.id);
      return done;
    };
    // Warm-up: every member has met the bot once (their welcome is behind them), off the clock.
    await Promise.all(members.map((m) => send(slashCommand(m, 'help'))));

    const mix = [
      (m: Actor) => slashCommand(m, 'settings'),
      (m: Actor) => slashCommand(m, 'principle', { topic: 'boundaries' }),
      (m: Actor) => buttonPress(m, 'settings:share-name|yes'),
      (m: Actor) => autocomplete(m, 'principle', { topic: 'list' }, 'topic'),
    ];
    const total = ratePerSecond * seconds;
    const sentAt = new Map<string, number>();
    const finished: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / ratePerSecond;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const payload = mix[i % mix.length]!(members[i % members.length]!);
      sentAt.set(payload.token, performance.now());
      finished.push(send(payload));
    }
    const bound = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000).unref());
    const outcome = await Promise.race([Promise.all(finished), bound]);
    const elapsed = (performance.now() - started) / 1000;
    const firstResponse = new Map<string, number>();
    for (const call of fake.calls) {
      const token = /\/interactions\/\d+\/([^/]+)\/callback$/.exec(call.path)?.[1];
      if (token && sentAt.has(token) && !firstResponse.has(token)) firstResponse.set(token, call.receivedAt - sentAt.get(token)!);
    }
    const latencies = [...firstResponse.values()].sort((a, b) => a - b);
    const quantile = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
    const at = (q: number) => quantile(latencies, q);
    const core = coreMs.slice(members.length).sort((a, b) => a - b);
    console.log(
      `  ${label.padEnd(18)} core alone p50 ${quantile(core, 0.5).toFixed(1)} ms · p99 ${quantile(core, 0.99).toFixed(1)} ms (autocomplete does not reach the core)`,
    );
    console.log(
      `  ${label.padEnd(18)} ${latencies.length}/${total} answered${outcome === 'timeout' ? ' (stopped waiting after 60 s)' : ''} in ${elapsed.toFixed(1)} s · ` +
        `p50 ${at(0.5).toFixed(1)} ms · p99 ${at(0.99).toFixed(1)} ms · max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms · deferred ${fake.calls.filter((c) => c.path.endsWith('/callback') && (c.body?.type === 5 || c.body?.type === 6)).length}`,
    );
  } finally {
    await adapter.stop();
    await fake.close();
    await app.close();
  }
}
