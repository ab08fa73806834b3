import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';
import { LONG_EXERCISE_ID, LONG_TOPIC_ID, worstContentDir } from '../../helpers/worst-content.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };
const member: Actor = { userId: '300000000000000009', name: 'Lee' };

/**
 * The worst content an admin can write, through the real discord.js client and a fake Discord that
 * refuses what the real one refuses (content over 2,000 characters, custom_ids over 100).
 */
describe('Discord: the worst content an admin can write still reaches members', () => {
  const content = worstContentDir();
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild], env: { CONTENT_DIR: content.dir } });
  });
  afterAll(async () => {
    await session.close();
    content.dispose();
  });

  it('GIVEN a reflection whose id is as long as a member can type THEN its buttons are sent, and pressing one records the answer', async () => {
    const asked = shownBy(await session.interact(slashCommand(member, 'principle', { topic: LONG_EXERCISE_ID })));
    // A first command also brings the welcome and its question; the reflection's buttons come last.
    const reflection = asked.buttons.slice(-4);
    const labels = reflection.map((b) => b.label);
    expect(labels).toEqual(['Hard limit', 'Soft limit', 'Fine with me', 'Stop for now']);
    expect(asked.buttons.every((b) => b.customId.length <= 100)).toBe(true);
    const answered = shownBy(await session.interact(buttonPress(member, reflection[0]!.customId)));
    expect(answered.text).toContain('→ **Hard limit**');
    expect(answered.buttons.map((b) => b.label)).toEqual(labels);
    expect(session.fake.refused).toEqual([]);
  });

  it('GIVEN a 150,000-character topic THEN it arrives whole in messages of at most 2,000 characters, none refused', async () => {
    const calls = await session.interact(slashCommand(member, 'principle', { topic: LONG_TOPIC_ID }));
    const shown = shownBy(calls);
    expect(session.fake.refused).toEqual([]);
    expect(calls.filter((c) => c.path.startsWith('/webhooks/')).length).toBeGreaterThan(50);
    expect(shown.text).toContain('**Part 0: listening & boundaries**');
    expect(shown.text).toContain('<always>');
  });
});
