import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { runTick } from '../../../src/scheduling/tick.js';
import { visible, type FakeMessage } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { SlackHarness, TEAM, type SlackMember } from './slack-harness.js';

/**
 * Issue 14's C1, C3 and C4 in one Slack workspace with several members, through the real Bolt app,
 * signed requests, the runtime's outbox delivering through a fake Slack Web API.
 */
describe('Slack: consent, the crisis contact and the backup supervisor, with several members', () => {
  let app: App;
  let testDb: TestDatabase;
  const slack = new SlackHarness({}, true);
  const now = new Date('2026-11-16T09:00:00Z'); // in the past: the outbox delivers what is due by the real clock
  const admin: SlackMember = { id: 'UADA', name: 'ada' };
  const sam: SlackMember = { id: 'USAM', name: 'sam' };
  const lee: SlackMember = { id: 'ULEE', name: 'lee' };
  const dana: SlackMember = { id: 'UDANA', name: 'dana' };
  const eve: SlackMember = { id: 'UEVE', name: 'eve' };
  const fin: SlackMember = { id: 'UFIN', name: 'fin' };
  const bob: SlackMember = { id: 'UBOB', name: 'bob' };
  const texts = (messages: FakeMessage[]) => messages.map((m) => visible(m).text).join('\n');
  const withButton = (messages: FakeMessage[], label: string) => messages.findLast((m) => visible(m).buttons.some((b) => b.label === label))!;

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC', COMMANDS_PER_MINUTE: '0' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
    await slack.start(app);
    slack.fake.admins.add(admin.id);
    for (const member of [sam, lee, dana, eve, fin, bob]) await slack.command(member, 'help');
    await slack.command(admin, 'community', 'role <@USAM|sam> supervisor');
    await slack.command(admin, 'community', 'role <@ULEE|lee> supervisor');
  });
  afterAll(async () => {
    await slack.stop();
    await testDb.release();
  });

  it('C1 GIVEN eve agreed only to her name with her requests WHEN one very heavy check-in THEN no supervisor hears her name until she says yes to the offer naming them', async () => {
    await slack.command(eve, 'settings', 'share-name yes');
    let prompt = withButton(await slack.command(eve, 'checkin'), '1');
    for (const answer of ['1', '5', '5', '1']) prompt = (await slack.click(eve, prompt, answer))[1]!;
    const notePrompt = (await slack.click(eve, prompt, '1'))[1]!;
    const finished = await slack.click(eve, notePrompt, 'No note today');
    expect(texts(finished)).toContain("Today's check-in looks very heavy.");
    const offer = withButton(finished, 'Yes, let them know');
    expect(visible(offer).text).toContain('Would you like me to let sam and lee know?');
    await runTick(app.store, new Date(now.getTime() + 5 * 3_600_000));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts([...slack.conversation('DUSAM'), ...slack.conversation('DULEE')])).not.toMatch(/\beve\b/);

    await slack.click(eve, offer, 'Yes, let them know');
    const notice = await slack.waitForMessage((m) => m.channel === 'DUSAM' && visible(m).text.includes('eve') && visible(m).buttons.some((b) => b.label === 'Acknowledge'));
    expect(visible(notice).text).toContain('had a very heavy check-in today');
    await slack.click(sam, notice, 'Acknowledge');
    const told = await slack.waitForMessage((m) => m.channel === 'DUEVE' && visible(m).text.includes('has seen that your check-ins have been heavy'));
    expect(visible(told).text).toContain('sam');
  });

  it('C3 GIVEN dana (by @mention) is the crisis contact and lee the backup WHEN fin asks for her THEN only dana hears fin’s name, acknowledges, and fin is told', async () => {
    const set = await slack.command(admin, 'community', 'crisis-contact <@UDANA|dana> Dana, our clinical lead');
    expect(texts(set)).toContain('members see "Dana, our clinical lead"');
    await slack.command(admin, 'community', 'backup <@ULEE|lee>');
    await slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        api_app_id: 'A1',
        event: { type: 'message', channel_type: 'im', channel: 'DUFIN', user: 'UFIN', text: 'I want to die', ts: '9.1' },
        event_id: 'EvFin1',
        event_time: 9,
      }),
      'application/json',
    );
    // The crisis route asks plainly first, then whether fin is safe, then offers a person.
    const asked = slack.conversation('DUFIN').findLast((m) => visible(m).buttons.some((b) => b.label === 'Yes'))!;
    await slack.click(fin, asked, 'Yes');
    const safeNow = slack.conversation('DUFIN').findLast((m) => visible(m).buttons.some((b) => b.label === "I'm safe for now"))!;
    await slack.click(fin, safeNow, "I'm safe for now");
    const crisis = slack.conversation('DUFIN').findLast((m) => visible(m).buttons.some((b) => b.label.startsWith('Yes, ask')))!;
    expect(visible(crisis).buttons.map((b) => b.label)).toContain('Yes, ask Dana, our clinical lead to reach out to me');
    const askedDana = await slack.click(fin, crisis, 'Yes, ask Dana, our clinical lead to reach out to me');
    expect(texts(askedDana)).toContain("I've asked Dana, our clinical lead to reach out to you, and nobody else");

    const notice = await slack.waitForMessage((m) => m.channel === 'DUDANA' && visible(m).text.includes('fin'));
    expect(visible(notice).buttons.map((b) => b.label)).toEqual(['Acknowledge']);
    await slack.click(dana, notice, 'Acknowledge');
    await slack.waitForMessage((m) => m.channel === 'DUFIN' && visible(m).text.includes('has seen your request'));
    for (const channel of ['DUSAM', 'DULEE', 'DUADA']) expect(texts(slack.conversation(channel))).not.toMatch(/\bfin\b/);
  });

  it('C4 GIVEN a peer THEN they are refused as backup; GIVEN the backup is made a peer THEN the setting is cleared and the admin is told', async () => {
    expect(texts(await slack.command(admin, 'community', 'backup <@UBOB|bob>'))).toContain("not a supervisor, so they can't be the backup supervisor");
    const demoted = await slack.command(admin, 'community', 'role <@ULEE|lee> peer');
    expect(texts(demoted)).toContain('no longer the backup supervisor');
    expect((await app.store.database.prisma.community.findFirstOrThrow({ where: { externalId: TEAM } })).backupSupervisorId).toBeNull();
  });
});
