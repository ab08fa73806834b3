import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type FakeMessage } from '../../helpers/fake-slack.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SlackHarness, TEAM, type SlackMember } from './slack-harness.js';

// Sentences the screen routes today; each route's reply is unit-tested in test/unit/core/crisis-reply.test.ts.
const imminent = "I'm planning to overdose tonight";
const possible = "honestly I don't want to be here anymore";
const harm = "my partner hits me and I'm scared to go home";
const someoneElse = 'a client told me she is thinking about suicide and it stays with me';

/** The real Bolt app, signed requests and a fake Slack whose users.info reports each member's locale. */
describe('Slack: the crisis route, for members in the US, the UK, Germany, Mexico and Australia', () => {
  const test = useTestApp();
  const slack = new SlackHarness();
  beforeAll(async () => slack.start(test.app));
  afterAll(async () => slack.stop());

  /** A DM to the bot, as Slack's message event; resolves with what the bot posted or changed. */
  async function dm(member: SlackMember, text: string): Promise<FakeMessage[]> {
    const before = slack.conversation(slack.dmOf(member)).length;
    await slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        event: { type: 'message', channel_type: 'im', channel: slack.dmOf(member), user: member.id, text, ts: `${Date.now()}.1` },
        event_id: `Ev${Math.random().toString(36).slice(2)}`,
        event_time: 1,
      }),
      'application/json',
    );
    return slack.conversation(slack.dmOf(member)).slice(before);
  }
  const shown = (messages: FakeMessage[]) => messages.map((m) => visible(m).text).join('\n');
  const labels = (message: FakeMessage | undefined) => (message ? visible(message).buttons.map((b) => b.label) : []);
  const setCommunityLocale = (locale: string) => test.app.store.database.prisma.community.updateMany({ data: { locale } });

  it('GIVEN a US member with a plan THEN 911 and 988 first, then "Are you safe right now?" with two buttons; "I\'m not safe" gives 911 again and the offer of a human', async () => {
    const us = { id: 'UUS' };
    slack.fake.locales.set(us.id, 'en-US');
    const replies = await dm(us, imminent);
    expect(shown(replies)).toContain('call 911');
    expect(shown(replies)).toContain('Crisis Lifeline*: call 988');
    expect(shown(replies)).not.toContain("Hi, I'm peercircle");
    const question = replies.at(-1)!;
    expect(visible(question).text).toContain('Are you safe right now?');
    expect(labels(question)).toEqual(["I'm safe for now", "I'm not safe"]);
    // A lock screen shows nothing of it.
    expect(replies.every((m) => m.text === 'A message from peercircle')).toBe(true);

    const answer = await slack.click(us, question, "I'm not safe");
    expect(shown(answer)).toContain('Please *call 911 now*');
    expect(labels(answer.at(-1))).toEqual(['Yes, ask someone to reach out to me', 'Not now']);
  });

  it('GIVEN a UK member THEN 999 and Shout, the UK line with two sources; the US community’s lines follow', async () => {
    const uk = { id: 'UGB' };
    slack.fake.locales.set(uk.id, 'en-GB');
    const text = shown(await dm(uk, imminent));
    expect(text).toContain('call 999');
    expect(text).toContain('Shout*: text SHOUT to 85258');
    expect(text).toContain('In United States: call 911');
    expect(text.indexOf('call 999')).toBeLessThan(text.indexOf('call 911'));
  });

  it('GIVEN a member in Germany harmed by a partner THEN 112 and the Hilfetelefon, nothing about confronting anyone', async () => {
    const de = { id: 'UDE' };
    slack.fake.locales.set(de.id, 'de-DE');
    const text = shown(await dm(de, harm));
    expect(text).toContain('call 112');
    expect(text).toContain('Hilfetelefon Gewalt gegen Frauen*: call 116 016');
    expect(text).not.toMatch(/confront|stand up to/i);
  });

  it('GIVEN a member in Mexico (Slack: es-LA) in a Mexican community THEN passive ideation is asked about plainly and yes brings Línea de la Vida', async () => {
    await setCommunityLocale('es-MX');
    const mx = { id: 'UMX' };
    slack.fake.locales.set(mx.id, 'es-LA');
    const [question] = await dm(mx, possible);
    expect(visible(question!).text).toContain('are you thinking about suicide?');
    expect(labels(question)).toEqual(['Yes', 'No']);
    const yes = await slack.click(mx, question!, 'Yes');
    expect(shown(yes)).toContain('Línea de la Vida*: call 800 911 2000');
    expect(shown(yes)).toContain('call 911');
    const abuse = shown(await dm(mx, harm));
    expect(abuse).toContain('Línea de las Mujeres*: call 079, then press 1');
  });

  it('GIVEN a member in Australia (Slack’s default en-US) in an Australian community THEN 000, Lifeline and 1800RESPECT', async () => {
    await setCommunityLocale('en-AU');
    const au = { id: 'UAU' };
    const own = shown(await dm(au, imminent));
    expect(own).toContain('call 000');
    expect(own).toContain('Lifeline*: call 13 11 14');
    expect(shown(await dm(au, harm))).toContain('1800RESPECT*: call 1800 737 732');
  });

  it('GIVEN someone else’s crisis THEN secondary trauma and a "Debrief now" button that starts the on-demand debrief', async () => {
    await setCommunityLocale('en-US');
    const cy = { id: 'UCY' };
    const [reply] = await dm(cy, someoneElse);
    expect(visible(reply!).text).toContain('secondary trauma');
    expect(labels(reply)).toEqual(['Debrief now', 'Not now']);
    const started = await slack.click(cy, reply!, 'Debrief now');
    expect(shown(started)).toContain('nobody here has signed up to be asked for on-demand debriefs yet');
  });

  it('GIVEN text after a slash command THEN the crisis reply comes first, then the command’s answer', async () => {
    const ed = { id: 'UED' };
    await slack.command(ed, 'help');
    const replies = await slack.command(ed, 'support', "I don't see the point in anything anymore");
    const text = shown(replies);
    expect(text.indexOf('are you thinking about suicide?')).toBeGreaterThan(-1);
    expect(text.indexOf('are you thinking about suicide?')).toBeLessThan(text.indexOf("You don't have to carry this alone."));
  });

  it('GIVEN a member writing Spanish in the US THEN the reply is in Spanish, with 988 in Spanish (press 2, AYUDA)', async () => {
    const es = { id: 'UES' };
    const [question] = await dm(es, 'quiero morir');
    expect(visible(question!).text).toContain('¿estás pensando en el suicidio?');
    expect(question!.text).toBe('Un mensaje de peercircle');
    const yes = await slack.click(es, question!, 'Sí');
    expect(shown(yes)).toContain('988 Lifeline en español*: llama al 988 y marca el 2 o envía AYUDA al 988');
    expect(labels(yes.at(-1))).toEqual(['Por ahora estoy a salvo', 'No estoy a salvo']);
  });
});
