import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };
const sam: Actor = { userId: '300000000000000021', name: 'Sam', guildId: guild.id };

describe('Discord: a check-in answered by typing in the DM, and /mytrends', () => {
  let session: DiscordSession;
  let messageId = 600000000000000100n;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  /** Types a message in the member's DM with the bot and returns the bot's reply text. */
  const typeInDm = async (text: string): Promise<string> => {
    const before = session.fake.calls.length;
    session.fake.dispatch('MESSAGE_CREATE', {
      id: String(++messageId),
      channel_id: `${sam.userId}0`,
      channel_type: 1,
      author: { id: sam.userId, username: 'sam', global_name: 'Sam', discriminator: '0', avatar: null },
      content: text,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      type: 0,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: 0,
    });
    await session.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${sam.userId}0/messages`, before);
    // A reply may be several messages; give the rest a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return session.fake.calls
      .slice(before)
      .filter((c) => c.method === 'POST' && c.path === `/channels/${sam.userId}0/messages`)
      .map((c) => String(c.body?.content ?? ''))
      .join('\n');
  };

  it('GIVEN an open check-in question WHEN the member types 9, then 3/5, in the DM THEN a bad one is corrected and asked again, a good one is saved', async () => {
    await session.interact(slashCommand(sam, 'checkin'));
    const corrected = await typeInDm('9');
    expect(corrected).toContain('9 is outside this scale: please pick a whole number from 1 to 5');
    expect(corrected).toContain('How is your energy today?');
    expect(corrected).not.toContain('I work through commands');
    const next = await typeInDm('3/5');
    expect(next).toContain('How stressed do you feel?');
    const member = await session.app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: sam.userId } });
    expect((await session.app.store.checkIns.forDay(member.id, '2026-11-23'))?.answers).toEqual({ energy: 3 });
  });

  it('GIVEN a finished check-in WHEN the member runs /mytrends in the server THEN the sparklines and the chart are shown only to them', async () => {
    const { store } = session.app;
    const member = await store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: sam.userId } });
    for (const [question, value] of Object.entries({ stress: 2, load: 3, boundaries: 4, self: 4 })) await store.checkIns.saveAnswer(member.id, '2026-11-23', question, value);
    await store.checkIns.complete(member.id, '2026-11-23', new Date('2026-11-23T10:00:00Z'));
    const calls = await session.interact(slashCommand(sam, 'mytrends'));
    const shown = shownBy(calls);
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain('Your last four weeks');
    expect(shown.text).toContain('How is your energy today?');
    expect(calls.some((c) => c.files.includes('mytrends-2026-11-23.png'))).toBe(true);
  });
});
