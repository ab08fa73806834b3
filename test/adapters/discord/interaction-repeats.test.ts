import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventHandler } from '../../../src/core/adapter.js';
import { slashCommand } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';
import { waitFor } from '../../helpers/processes.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };

describe('Discord: the same interaction reaching two processes', () => {
  let session: DiscordSession;
  const handled: string[] = [];
  const outcomes = new Map<string, string[]>();
  beforeAll(async () => {
    session = await startDiscordSession({
      guilds: [guild],
      // Counts what reaches the bot itself, whichever process passes it on.
      wrap: (bot): EventHandler => ({
        handle: (event) => {
          handled.push(event.kind === 'command' ? event.name : event.kind);
          return bot.handle(event);
        },
      }),
      onInteractionHandled: (id, outcome) => outcomes.set(id, [...(outcomes.get(id) ?? []), outcome]),
    });
    // A second bot process on the same shard, as during a rolling deploy, with its own discord.js client.
    await session.startAnotherProcess();
  });
  afterAll(() => session.close());

  it('GIVEN one /support interaction delivered to both processes THEN it is handled once and answered once; the other process stays quiet', async () => {
    expect(session.fake.identified).toHaveLength(2);
    const payload = slashCommand({ userId: '300000000000000001', name: 'Robin', guildId: guild.id }, 'support');
    session.fake.dispatchToEvery('INTERACTION_CREATE', payload as unknown as Record<string, unknown>);
    await waitFor(() => (outcomes.get(payload.id) ?? []).length === 2, 15_000, 'both processes to deal with the interaction');

    expect(outcomes.get(payload.id)!.sort()).toEqual(['answered', 'repeat']);
    expect(handled).toEqual(['support']);
    const callbacks = session.fake.callsFor(payload.token).filter((call) => call.path.endsWith('/callback'));
    expect(callbacks).toHaveLength(1);
    const claims = await session.app.store.database.prisma.slackSeenDelivery.count({ where: { key: `discord:interaction:${payload.id}` } });
    expect(claims).toBe(1);
  });
});
