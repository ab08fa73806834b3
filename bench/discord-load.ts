import { autocomplete, buttonPress, slashCommand, type Actor } from '../test/helpers/discord-interactions.js';
import { FakeDiscord } from '../test/helpers/fake-discord.js';

/**
 * The load generator for the Discord benchmark, in a process of its own as Discord is: a fake
 * gateway and REST API that sends interactions at a steady rate (open loop: each goes out on time
 * whether or not the last was answered) and times each from its dispatch to the arrival of its
 * first response. Both instants are taken here, on one clock.
 */
export interface LoadRequest {
  rate: number;
  seconds: number;
  guildId: string;
}

export interface LoadResult {
  sent: number;
  latenciesMs: number[];
  deferred: number;
  elapsedS: number;
}

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const guildId = process.argv[2] ?? '100000000000000001';
  const fake = await FakeDiscord.start({ guilds: [{ id: guildId, name: 'Bench Server', ownerId: '200000000000000001' }] });
  process.send?.({ kind: 'ready', apiUrl: fake.apiUrl });
  process.on('message', (message: { kind: 'run'; request: LoadRequest } | { kind: 'stop' }) => {
    if (message.kind === 'stop') void fake.close().then(() => process.exit(0));
    else void run(fake, message.request).then((result) => process.send?.({ kind: 'result', result }));
  });
}

async function run(fake: FakeDiscord, { rate, seconds, guildId }: LoadRequest): Promise<LoadResult> {
  const members: Actor[] = Array.from({ length: 50 }, (_, i) => ({ userId: String(300_000_000_000_000_000n + BigInt(i)), name: `Member ${i}`, guildId }));
  const answered = (token: string) => fake.waitForCall((c) => c.path.endsWith(`/${token}/callback`));
  const mix = [
    (m: Actor) => slashCommand(m, 'settings'),
    (m: Actor) => slashCommand(m, 'principle', { topic: 'boundaries' }),
    (m: Actor) => buttonPress(m, 'settings:share-name|yes'),
    (m: Actor) => autocomplete(m, 'principle', { topic: 'list' }, 'topic'),
  ];
  // Warm-up, off the clock: every member has met the bot (no welcome in the figures) and each kind
  // of interaction has run, so the figures are of a bot that has been up a while.
  for (const make of [(m: Actor) => slashCommand(m, 'help'), ...mix]) {
    for (const member of members) {
      const payload = make(member);
      fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, guildId);
      await answered(payload.token);
    }
  }
  const total = rate * seconds;
  const pending: Promise<number>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await waitMs(wait);
    const payload = mix[i % mix.length]!(members[i % members.length]!);
    const sentAt = performance.now();
    fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, guildId);
    pending.push(answered(payload.token).then((call) => call.receivedAt - sentAt));
  }
  const bound = waitMs(60_000).then(() => 'timeout' as const);
  const settled = await Promise.race([Promise.all(pending), bound]);
  const latenciesMs = settled === 'timeout' ? [] : settled;
  const deferred = fake.calls.filter((c) => c.path.endsWith('/callback') && (c.body?.type === 5 || c.body?.type === 6)).length;
  return { sent: total, latenciesMs, deferred, elapsedS: (performance.now() - started) / 1000 };
}

if (process.send) await main();
