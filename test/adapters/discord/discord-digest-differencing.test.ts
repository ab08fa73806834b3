import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };
const actor = (n: number, name: string): Actor => ({ userId: `30000000000000001${n}`, name, guildId: guild.id });
const sup = actor(0, 'Sam');

// Issue 14, leak C2, on a Discord server through discord.js and the fake Discord.
describe('Discord: two digests either side of one check-in cannot be subtracted', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild], now: new Date('2026-11-25T17:00:00Z') });
  });
  afterAll(() => session.close());

  const checkIn = async (who: Actor, answers: string[]) => {
    let shown = shownBy(await session.interact(slashCommand(who, 'checkin')));
    for (const answer of [...answers, 'No note today']) {
      const button = shown.buttons.find((b) => b.label === answer);
      expect(button, shown.text).toBeDefined();
      shown = shownBy(await session.interact(buttonPress(who, button!.customId)));
    }
  };
  const digest = async () => {
    const text = shownBy(await session.interact(slashCommand(sup, 'digest'))).text;
    return text.slice(text.indexOf('Team digest'));
  };

  it('GIVEN five members checked in, a digest, a sixth check-in with a very heavy day THEN the second digest is the first, and shows no running week', async () => {
    await session.interact(slashCommand(sup, 'help'));
    await session.app.store.database.prisma.member.updateMany({ where: { platformUserId: sup.userId }, data: { role: 'supervisor' } });
    for (const [i, name] of ['Ana', 'Ben', 'Cas', 'Dev', 'Eli'].entries()) await checkIn(actor(i + 1, name), ['4', '2', '2', '4', '4']);
    expect(await session.app.store.database.prisma.checkIn.count({ where: { completedAt: { not: null } } })).toBe(5);
    const first = await digest();
    expect(first).toContain('The current week (from 23 Nov) is not shown yet: it appears once it ends.');
    await checkIn(actor(6, 'Fay'), ['1', '5', '5', '1', '1']);
    expect(await digest()).toBe(first);

    session.setNow(new Date('2026-11-30T12:00:00Z'));
    const closed = await digest();
    expect(closed).toContain('5–9 people');
    expect(closed).toMatch(/How is your energy today\? .* → 3\.5–4\.0/);
    expect(closed).not.toMatch(/3\.50|\b6 people/);
  });
});
