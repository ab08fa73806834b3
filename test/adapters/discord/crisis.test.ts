import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, shownBy, slashCommand, type Actor, type Shown } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

// Sentences the screen routes today; each route's reply is unit-tested in test/unit/core/crisis-reply.test.ts.
const imminent = "I'm planning to overdose tonight";
const possible = "honestly I don't want to be here anymore";
const harm = "my partner hits me and I'm scared to go home";
const someoneElse = 'a client told me she is thinking about suicide and it stays with me';

const guild = { id: '100000000000000077', name: 'Peer Circle South', ownerId: '200000000000000077', roles: [], channels: [] };
const member = (userId: string, locale: string): Actor => ({ userId, name: `m${userId.slice(-2)}`, guildId: guild.id, locale });

/**
 * The real discord.js client against a fake Discord: text typed after a slash command is screened,
 * and the interaction's locale picks the lines.
 */
describe('Discord: the crisis route, for members in the US, the UK, Germany, Mexico and Australia', () => {
  let session: DiscordSession;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  /** `/principle` with free text after it: the topic a member types is read like any message. */
  const typed = async (actor: Actor, text: string): Promise<Shown> => shownBy(await session.interact(slashCommand(actor, 'principle', { topic: text })));
  const press = async (actor: Actor, shown: Shown, label: string): Promise<Shown> => {
    const button = shown.buttons.find((b) => b.label === label);
    if (!button) throw new Error(`no button "${label}": ${shown.buttons.map((b) => b.label).join(', ')}`);
    return shownBy(await session.interact(buttonPress(actor, button.customId)));
  };
  const setCommunityLocale = (locale: string) => session.app.store.database.prisma.community.updateMany({ data: { locale } });

  it('GIVEN a US member with a plan THEN 911 and 988, "Are you safe right now?" with its buttons, then the command’s own answer; previews stay neutral', async () => {
    const us = member('300000000000000071', 'en-US');
    const shown = await typed(us, imminent);
    expect(shown.text).toContain('call 911');
    expect(shown.text).toContain('988 Suicide & Crisis Lifeline**: call 988');
    expect(shown.text).toContain('Are you safe right now?');
    expect(shown.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(["I'm safe for now", "I'm not safe"]));
    expect(shown.text).not.toContain("Hi, I'm peercircle");
    expect(shown.text.indexOf('Are you safe right now?')).toBeLessThan(shown.text.indexOf("I couldn't find"));
    expect(shown.previews.slice(0, 2)).toEqual(['A message from peercircle', 'A message from peercircle']);

    const notSafe = await press(us, shown, "I'm not safe");
    expect(notSafe.text).toContain('Please **call 911 now**');
    expect(notSafe.buttons.map((b) => b.label)).toEqual(['Yes, ask someone to reach out to me', 'Not now']);
  });

  it('GIVEN a UK member (en-GB) THEN 999 and Shout, with the US community’s lines after', async () => {
    const shown = await typed(member('300000000000000072', 'en-GB'), imminent);
    expect(shown.text).toContain('call 999');
    expect(shown.text).toContain('**Shout**: text SHOUT to 85258');
    expect(shown.text).toContain('In United States: call 911');
  });

  it('GIVEN a member in Germany (de) harmed by a partner THEN 112 and the Hilfetelefon 116 016', async () => {
    const shown = await typed(member('300000000000000073', 'de'), harm);
    expect(shown.text).toContain('call 112');
    expect(shown.text).toContain('Hilfetelefon Gewalt gegen Frauen**: call 116 016');
    expect(shown.text).not.toMatch(/confront|stand up to/i);
  });

  it('GIVEN a member in Mexico (es-419) in a Mexican community THEN asked plainly; yes brings Línea de la Vida and 911', async () => {
    await setCommunityLocale('es-MX');
    const mx = member('300000000000000074', 'es-419');
    const asked = await typed(mx, possible);
    expect(asked.text).toContain('are you thinking about suicide?');
    const yes = await press(mx, asked, 'Yes');
    expect(yes.text).toContain('Línea de la Vida**: call 800 911 2000');
    expect(yes.text).toContain('call 911');
    expect((await typed(mx, harm)).text).toContain('Línea de las Mujeres**: call 079, then press 1');
  });

  it('GIVEN a member in Australia (Discord’s default en-US) in an Australian community THEN 000, Lifeline and 1800RESPECT', async () => {
    await setCommunityLocale('en-AU');
    const au = member('300000000000000075', 'en-US');
    const own = await typed(au, imminent);
    expect(own.text).toContain('call 000');
    expect(own.text).toContain('Lifeline**: call 13 11 14');
    expect((await typed(au, harm)).text).toContain('1800RESPECT**: call 1800 737 732');
  });

  it('GIVEN someone else’s crisis THEN secondary trauma and one tap on "Debrief now" starts the on-demand debrief', async () => {
    await setCommunityLocale('en-US');
    const cy = member('300000000000000076', 'en-US');
    const shown = await typed(cy, someoneElse);
    expect(shown.text).toContain('secondary trauma');
    const started = await press(cy, shown, 'Debrief now');
    expect(started.text).toContain('nobody here has signed up to be asked for on-demand debriefs yet');
  });

  it('GIVEN Spanish THEN the reply is in Spanish, with 988 in Spanish for the US', async () => {
    const es = member('300000000000000078', 'es-419');
    const asked = await typed(es, 'quiero morir');
    expect(asked.text).toContain('¿estás pensando en el suicidio?');
    const yes = await press(es, asked, 'Sí');
    expect(yes.text).toContain('988 Lifeline en español**: llama al 988 y marca el 2 o envía AYUDA al 988');
    expect(yes.previews[0]).toBe('Un mensaje de peercircle');
  });
});
