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

  it('GIVEN a queued message for a pair THEN the terminal shows it once to the member at the keyboard, and it waits for the other', async () => {
    const { store } = bot.app;
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'group' }, { timeZone: 'UTC', locale: 'en-US' });
    await store.outbox.enqueue(
      [{ communityId: community.id, platformUserId: 'ana', platformUserIds: ['ana', 'kim'], kind: 'pairing-intro', message: direct('Meet your debrief partner.'), dedupeKey: 'pair:1' }],
      new Date(),
    );
    const row = () => store.database.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: 'pair:1' } });
    await waitFor(async () => (await row()).deliveredTo.includes('ana'), 10_000, 'the message to be shown to ana');
    expect(bot.screen()).toContain('✉ to you and kim: Meet your debrief partner.');
    // Kim has not opened a terminal yet: it is not sent until she has seen it too.
    expect(await row()).toMatchObject({ status: 'pending', platformUserIds: ['ana', 'kim'], deliveredTo: ['ana'] });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(bot.screen().match(/Meet your debrief partner/g)).toHaveLength(1);
  });
});
