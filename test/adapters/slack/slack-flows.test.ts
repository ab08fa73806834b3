import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { runTick } from '../../../src/scheduling/tick.js';
import { visible } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { SlackHarness, TEAM } from './slack-harness.js';

/**
 * The whole bot as `peercircle start` runs it in Slack HTTP mode (runBot: the adapter's route on the
 * ops port, scheduler, outbox), the real Bolt app, signed requests, and a fake Slack Web API.
 */
describe('Slack: a peer team uses the bot in its workspace', () => {
  let app: App;
  let testDb: TestDatabase;
  const slack = new SlackHarness({}, true);
  const now = new Date('2026-11-16T09:00:00Z'); // a Monday, in the past: the outbox delivers what is due by the real clock

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop(); // shuts the runtime down, which closes the app
    await testDb.release();
  });

  it('GIVEN a member whose check-in time comes THEN the DM prompt, five answers updated in place, and a private note from a modal are saved', async () => {
    const ana = { id: 'UANA', name: 'ana' };
    await slack.command(ana, 'help');
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'UANA' }, data: { checkinTime: '09:00' } });

    await runTick(app.store, now);
    let prompt = await slack.waitForMessage((m) => m.channel === 'DUANA' && m.text.includes('Time for your check-in'));
    expect(visible(prompt).buttons.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5']);

    for (const answer of ['3', '2', '4', '4']) {
      const changed = await slack.click(ana, prompt, answer);
      // The answered question is replaced in place by the answer, and the next one is posted.
      expect(changed[0]).toBe(prompt);
      expect(visible(prompt).text).toContain(`*${answer}*`);
      expect(visible(prompt).buttons).toEqual([]);
      prompt = changed[1]!;
    }
    const notePrompt = (await slack.click(ana, prompt, '5'))[1]!;
    expect(visible(notePrompt).buttons.map((b) => b.label)).toEqual(['Add a note', 'No note today']);
    expect(slack.fake.callsTo('chat.update').length).toBeGreaterThanOrEqual(5);

    await slack.click(ana, notePrompt, 'Add a note');
    const modal = JSON.parse(String(slack.fake.callsTo('views.open').at(-1)!.args.view)) as { type: string; blocks: { element: { type: string; max_length: number } }[] };
    expect(modal.type).toBe('modal');
    expect(modal.blocks[0]!.element).toMatchObject({ type: 'plain_text_input', max_length: 1000 });

    const [finished] = await slack.submitLastModal(ana, { note: 'a long shift, but I held my boundaries' });
    expect(finished).toBe(notePrompt);
    expect(visible(notePrompt).text).toContain('Your note is saved. Only you can read it.');

    const row = await app.store.database.prisma.checkIn.findFirstOrThrow({ where: { member: { platformUserId: 'UANA' } } });
    expect(row.answers).toEqual({ energy: 3, stress: 2, load: 4, boundaries: 4, self: 5 });
    expect(row.note).not.toContain('boundaries');
    expect(app.store.cipher.decrypt(row.note!)).toBe('a long shift, but I held my boundaries');
    expect(row.completedAt).not.toBeNull();
  });

  it('GIVEN /pc-principle in a channel THEN the refresher comes back ephemeral through the response URL', async () => {
    const ben = { id: 'UBEN' };
    const seen = await slack.command(ben, 'principle', 'boundaries', 'C-GENERAL');
    const refresher = seen.at(-1)!;
    expect(refresher.ephemeral).toBe(true);
    expect(visible(refresher).text.toLowerCase()).toContain('boundar');
    expect(slack.fake.callsTo('response_url').at(-1)!.args.response_type).toBe('ephemeral');
    expect(slack.fake.messages.filter((m) => m.channel === 'C-GENERAL')).toEqual([]);
  });

  it('GIVEN /pc-checkin in a channel THEN the check-in moves to the DM and the channel gets only a private pointer', async () => {
    const cal = { id: 'UCAL' };
    const seen = await slack.command(cal, 'checkin', '', 'C-GENERAL');
    expect(seen.filter((m) => m.channel === 'DUCAL').map((m) => visible(m).text).join('\n')).toContain('1/5');
    const pointer = seen.find((m) => m.ephemeral)!;
    expect(visible(pointer).text).toContain('direct messages');
  });

  it('GIVEN /pc-settings time 07:45 THEN it is saved and confirmed; a bad time gets a kind reply naming the form', async () => {
    const dee = { id: 'UDEE' };
    const saved = await slack.command(dee, 'settings', 'time 07:45');
    expect(saved.map((m) => visible(m).text).join('\n')).toContain('07:45');
    const member = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UDEE' } });
    expect(member.checkinTime).toBe('07:45');
    const bad = await slack.command(dee, 'settings', 'time 9 o clock');
    expect(bad.map((m) => visible(m).text).join('\n')).toContain('/pc-settings time 08:30');
  });

  it('GIVEN a member asks for their supervisor THEN the supervisor gets a DM with Acknowledge, and clicking it records the acknowledgement', async () => {
    const sup = { id: 'USUP', name: 'sam' };
    const eve = { id: 'UEVE', name: 'eve' };
    await slack.command(sup, 'help');
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'USUP' }, data: { role: 'supervisor' } });

    const offer = (await slack.command(eve, 'support')).findLast((m) => visible(m).buttons.length > 0)!;
    const consent = (await slack.click(eve, offer, 'Talk with my supervisor')).findLast((m) => visible(m).buttons.length > 0)!;
    const told = await slack.click(eve, consent, 'Yes, tell them it is me');
    expect(visible(told[0]!).text).toContain("I've let sam know");

    // The notice goes out through the outbox, delivered by the runtime through Slack.
    const notice = await slack.waitForMessage((m) => m.channel === 'DUSUP' && visible(m).buttons.some((b) => b.label === 'Acknowledge'));
    expect(visible(notice).text).toContain('eve');
    const [acknowledged] = await slack.click(sup, notice, 'Acknowledge');
    expect(acknowledged).toBe(notice);
    expect(visible(notice).text).toContain('Acknowledged');
    const escalation = await app.store.database.prisma.escalation.findFirstOrThrow({ where: { member: { platformUserId: 'UEVE' } } });
    expect(escalation.status).toBe('acknowledged');
  });

  it('GIVEN a member opens the App Home THEN only their own page is published, with their check-in trend, settings and help', async () => {
    await slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        api_app_id: 'A1',
        event: { type: 'app_home_opened', user: 'UANA', channel: 'DUANA', tab: 'home', event_ts: '1.1' },
        event_id: 'Ev1',
        event_time: 1,
      }),
      'application/json',
    );
    const published = slack.fake.callsTo('views.publish').at(-1)!;
    expect(published.args.user_id).toBe('UANA');
    const view = JSON.stringify(JSON.parse(String(published.args.view)));
    expect(view).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(view).toContain('your last 1 check-in');
    expect(view).toContain('Only you can see this page');
    expect(view).toContain('Your settings');
    expect(view).toContain('/pc-checkin');
  });

  it('GIVEN a direct message with words of risk THEN the crisis route answers at once in the DM', async () => {
    await slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        event: { type: 'message', channel_type: 'im', channel: 'DUFAY', user: 'UFAY', text: 'Everyone would be better off without me', ts: '2.2' },
        event_id: 'Ev2',
        event_time: 2,
      }),
      'application/json',
    );
    const replies = slack.conversation('DUFAY').map((m) => visible(m).text).join('\n');
    expect(replies).toContain('not a crisis service');
    // Slack re-sends an event it thinks went unanswered, with the same id: answered once only.
    const before = slack.conversation('DUFAY').length;
    await slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        event: { type: 'message', channel_type: 'im', channel: 'DUFAY', user: 'UFAY', text: 'Everyone would be better off without me', ts: '2.2' },
        event_id: 'Ev2',
        event_time: 2,
      }),
      'application/json',
    );
    expect(slack.conversation('DUFAY')).toHaveLength(before);
  });

  it('GIVEN the community maps a user group to supervisors THEN a member of that group is a supervisor from their next message', async () => {
    const { prisma } = app.store.database;
    await prisma.community.updateMany({ where: { externalId: TEAM }, data: { supervisorGroupId: 'S0SUP' } });
    slack.fake.userGroups.set('S0SUP', ['UGIL']);
    await slack.command({ id: 'UGIL' }, 'help');
    expect((await prisma.member.findFirstOrThrow({ where: { platformUserId: 'UGIL' } })).role).toBe('supervisor');
    expect(slack.fake.callsTo('usergroups.users.list').at(-1)!.args.usergroup).toBe('S0SUP');
  });

  it('GIVEN a workspace admin names a supervisor by @mention THEN that member is a supervisor, and their /pc-digest arrives with its chart uploaded to the DM', async () => {
    // Roles by command, not by user group (the test before mapped one).
    await app.store.database.prisma.community.updateMany({ where: { externalId: TEAM }, data: { supervisorGroupId: null } });
    slack.fake.admins.add('UADMIN');
    await slack.command({ id: 'UHAL' }, 'help');
    const named = await slack.command({ id: 'UADMIN' }, 'community', 'role <@UHAL|hal> supervisor');
    expect(named.map((m) => visible(m).text).join('\n')).toContain('supervisor');
    expect((await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UHAL' } })).role).toBe('supervisor');

    const digest = await slack.command({ id: 'UHAL' }, 'digest');
    expect(digest.map((m) => visible(m).text).join('\n').toLowerCase()).toContain('not enough responses');
    const upload = slack.fake.callsTo('files.completeUploadExternal').at(-1)!;
    expect(upload.args.channel_id).toBe('DUHAL');
    expect(slack.fake.callsTo('file-upload').at(-1)!.args.bytes).toBeGreaterThan(100);
  });

  it('GIVEN a first command typed in a channel THEN the welcome goes to the DM; an ephemeral question answered in the channel is replaced in place', async () => {
    const ivy = { id: 'UIVY' };
    await slack.command(ivy, 'principle', 'listening', 'C-GENERAL');
    expect(slack.conversation('DUIVY').map((m) => visible(m).text).join('\n')).toContain("I'm peercircle");
    const question = (await slack.command(ivy, 'mydata', 'delete', 'C-GENERAL')).find((m) => visible(m).buttons.length > 0)!;
    expect(question.ephemeral).toBe(true);
    const [replaced] = await slack.click(ivy, question, 'Cancel');
    expect(replaced).toBe(question);
    expect(slack.fake.callsTo('response_url').at(-1)!.args.replace_original).toBe(true);
    expect(visible(question).text).toContain('Nothing was deleted');
    expect(visible(question).buttons).toEqual([]);
  });

  it('GIVEN someone joins the workspace THEN they are welcomed by DM, with how their data is kept', async () => {
    await slack.post(
      JSON.stringify({ type: 'event_callback', team_id: TEAM, event: { type: 'team_join', user: { id: 'UNEW', team_id: TEAM, real_name: 'New Person' } }, event_id: 'Ev3', event_time: 3 }),
      'application/json',
    );
    const welcome = slack.conversation('DUNEW').map((m) => visible(m).text).join('\n');
    expect(welcome).toContain("I'm peercircle");
    expect((await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UNEW' } })).displayName).toBe('New Person');
  });

  it('GIVEN a member asks for a debrief now and a peer says yes THEN both are introduced together in one group DM', async () => {
    const [kai, lee] = [{ id: 'UKAI' }, { id: 'ULEE' }];
    await slack.command(lee, 'debrief', 'on-demand on');
    await slack.command(kai, 'debrief', 'now');
    const offer = await slack.waitForMessage((m) => m.channel === 'DULEE' && visible(m).buttons.some((b) => b.label === 'Yes, I can'));
    await slack.click(lee, offer, 'Yes, I can');
    const intro = await slack.waitForMessage((m) => m.channel === 'DUKAI-ULEE');
    expect(slack.fake.callsTo('conversations.open').some((call) => call.args.users === 'UKAI,ULEE' || call.args.users === 'ULEE,UKAI')).toBe(true);
    expect(slack.conversation('DUKAI-ULEE')).toEqual([intro]);
  });

  it('GIVEN a command typed in a DM between two people THEN the reply is ephemeral there, and the check-in moves to the bot DM', async () => {
    const jo = { id: 'UJO' };
    const elsewhere = 'D-JO-AND-FRIEND';
    const seen = await slack.command(jo, 'principle', 'listening', elsewhere);
    expect(slack.conversation(elsewhere)).toEqual([]);
    expect(seen.some((m) => m.ephemeral)).toBe(true);
    const checkin = await slack.command(jo, 'checkin', '', elsewhere);
    expect(checkin.filter((m) => m.channel === 'DUJO').map((m) => visible(m).text).join('\n')).toContain('1/5');
    expect(slack.conversation(elsewhere)).toEqual([]);
  });
});
