import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { visible } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { SlackHarness, TEAM } from './slack-harness.js';

/** Typed check-in answers and /pc-mytrends through the real Bolt app and the fake Slack Web API. */
describe('Slack: a member answers a check-in by typing, and looks at their own trends', () => {
  let app: App;
  let testDb: TestDatabase;
  const slack = new SlackHarness({}, true);
  const now = new Date('2026-11-16T09:00:00Z');
  let eventId = 0;
  const typeInDm = (user: string, text: string) =>
    slack.post(
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        event: { type: 'message', channel_type: 'im', channel: `D${user}`, user, text, ts: `${++eventId}.1` },
        event_id: `EvUX${eventId}`,
        event_time: eventId,
      }),
      'application/json',
    );
  const dmText = (user: string) => slack.conversation(`D${user}`).map((m) => visible(m).text).join('\n');

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
    await testDb.release();
  });

  it('GIVEN an open check-in question WHEN the member types 9 and then "four" in the DM THEN the question is asked again, then the answer is saved', async () => {
    await slack.command({ id: 'UKAI' }, 'checkin');
    await typeInDm('UKAI', '9');
    expect(dmText('UKAI')).toContain('9 is outside this scale: please pick a whole number from 1 to 5');
    expect(dmText('UKAI').match(/How is your energy today\?/g)?.length).toBeGreaterThanOrEqual(2);
    expect(dmText('UKAI')).not.toContain('I work through commands');
    await typeInDm('UKAI', 'four');
    expect(dmText('UKAI')).toContain('How stressed do you feel?');
    const member = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UKAI' } });
    expect((await app.store.checkIns.forDay(member.id, '2026-11-16'))?.answers).toEqual({ energy: 4 });
  });

  it('GIVEN an open check-in question WHEN the member writes how the day was in the DM THEN they are heard, can keep it as today\'s note with a button, and the question stays open', async () => {
    await slack.command({ id: 'UWEN' }, 'checkin');
    await typeInDm('UWEN', 'honestly not great, rough shift');
    expect(dmText('UWEN')).toContain('Thank you for telling me.');
    expect(dmText('UWEN')).toContain('Your check-in question is still open, whenever you are ready: answer with a number 1–5, `later` or `cancel`.');
    expect(dmText('UWEN')).not.toContain('I work through commands');
    const offer = slack.conversation('DUWEN').findLast((m) => visible(m).buttons.some((b) => b.label === "Keep it as today's note"))!;
    await slack.click({ id: 'UWEN' }, offer, "Keep it as today's note");
    expect(dmText('UWEN')).toContain("Kept as today's private note");
    await typeInDm('UWEN', '3');
    const member = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UWEN' } });
    const day = await app.store.checkIns.forDay(member.id, '2026-11-16');
    expect(day?.answers).toEqual({ energy: 3 });
    expect(day?.note).toBe('honestly not great, rough shift');
    // At the note step, words typed in the DM are heard too, and the kept note is offered as it is.
    for (const answer of ['2', '3', '4', '5']) await typeInDm('UWEN', answer);
    await typeInDm('UWEN', 'the team was kind though');
    expect(dmText('UWEN')).toContain("The check-in's last step, the optional private note, is still open.");
    const notePrompt = slack.conversation('DUWEN').findLast((m) => visible(m).buttons.some((b) => b.label === 'Keep my note as it is'))!;
    await slack.click({ id: 'UWEN' }, notePrompt, 'Keep my note as it is');
    expect(dmText('UWEN')).toContain('Your note is saved. Only you can read it.');
    expect((await app.store.checkIns.forDay(member.id, '2026-11-16'))?.note).toBe('honestly not great, rough shift');
  });

  it('GIVEN a check-in WHEN the member runs /pc-mytrends THEN their sparklines come privately and the chart is uploaded to their own DM', async () => {
    for (const answer of ['2', '3', '4', '5']) await typeInDm('UKAI', answer);
    const notePrompt = slack.conversation('DUKAI').findLast((m) => visible(m).buttons.some((b) => b.label === 'No note today'))!;
    await slack.click({ id: 'UKAI' }, notePrompt, 'No note today');
    expect(dmText('UKAI')).toContain('Thank you for checking in.');
    const uploadsBefore = slack.fake.callsTo('files.completeUploadExternal').length;
    const replies = await slack.command({ id: 'UKAI' }, 'mytrends');
    const text = replies.map((m) => visible(m).text).join('\n');
    expect(text).toContain('Your last four weeks');
    expect(text).toContain('How is your energy today?');
    const uploads = slack.fake.callsTo('files.completeUploadExternal');
    expect(uploads.length).toBe(uploadsBefore + 1);
    expect(uploads.at(-1)!.args.channel_id).toBe('DUKAI');
  });

  it('GIVEN the manifest THEN it lists /pc-mytrends', async () => {
    const { slackManifest } = await import('../../../adapters/slack/manifest.js');
    const { commands } = await import('../../../commands/index.js');
    expect(JSON.stringify(slackManifest(commands))).toContain('/pc-mytrends');
  });
});
