import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTick } from '../../src/scheduling/tick.js';
import { waitFor } from '../helpers/processes.js';
import { startRunningTerminalBot, type RunningTerminalBot } from '../helpers/running-terminal-bot.js';

describe('a pairing round reaches the pair, through the running bot', () => {
  let bot: RunningTerminalBot;
  beforeAll(async () => {
    bot = await startRunningTerminalBot({ externalId: 'local', user: { id: 'alex', displayName: 'Alex' } });
  });
  afterAll(async () => bot.close());

  it('GIVEN rounds due now and two members THEN the introduction with the debrief guide is shown once to the member at this terminal, for both together', async () => {
    bot.type('/debrief');
    await waitFor(() => bot.screen().includes('Your debriefs'), 10_000, 'the /debrief reply');
    const { app } = bot;
    const { prisma } = app.store.database;
    const community = await prisma.community.findFirstOrThrow();
    await prisma.member.create({ data: { communityId: community.id, platformUserId: 'bo', displayName: 'Bo' } });
    const now = new Date();
    await prisma.pairingSettings.create({ data: { communityId: community.id, weekday: now.getUTCDay() === 0 ? 7 : now.getUTCDay(), time: '00:00' } });

    expect((await runTick(app.store, now)).pairingRounds).toBe(1);
    // Bo is not at this terminal: it is shown to Alex now, and waits for Bo's own session.
    await waitFor(() => bot.screen().includes('Your debrief pairing for this round'), 15_000, 'the introduction to be shown');
    expect(bot.screen()).toContain('✉ to you and bo: Your debrief pairing for this round');
    expect(bot.screen()).toContain('Hi Alex and Bo');
    expect(bot.screen()).toContain('Boundaries check');
    expect(bot.screen().match(/Your debrief pairing for this round/g)).toHaveLength(1);
  });
});
