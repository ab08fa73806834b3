import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct } from '../../src/core/messages.js';
import { waitFor } from '../helpers/processes.js';
import { startRunningTerminalBot, type RunningTerminalBot } from '../helpers/running-terminal-bot.js';

describe('one message to several members together', () => {
  let bot: RunningTerminalBot;
  beforeAll(async () => {
    bot = await startRunningTerminalBot({ externalId: 'group', user: { id: 'ana' } });
  });
  afterAll(async () => bot.close());

  it('GIVEN a queued message for a pair THEN the runtime delivers it once, to both together, and records it sent', async () => {
    const { store } = bot.app;
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'group' }, { timeZone: 'UTC', locale: 'en-US' });
    await store.outbox.enqueue(
      [{ communityId: community.id, platformUserId: 'ana', platformUserIds: ['ana', 'kim'], kind: 'pairing-intro', message: direct('Meet your debrief partner.'), dedupeKey: 'pair:1' }],
      new Date(),
    );
    await waitFor(async () => (await store.outbox.counts()).sent === 1, 10_000, 'the message to be delivered');
    expect(bot.screen()).toContain('✉ to you and kim: Meet your debrief partner.');
    const row = await store.database.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: 'pair:1' } });
    expect(row).toMatchObject({ status: 'sent', platformUserIds: ['ana', 'kim'] });
    expect(bot.screen().match(/Meet your debrief partner/g)).toHaveLength(1);
  });
});
