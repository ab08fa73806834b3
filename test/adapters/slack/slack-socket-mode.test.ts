import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { visible } from '../../helpers/fake-slack.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SlackHarness, TEAM } from './slack-harness.js';

/** Socket Mode: no public URL; Slack's envelopes arrive over a WebSocket the app opens. */
describe('Slack Socket Mode: a team without a public URL', () => {
  const testApp = useTestApp();
  let app: App;
  const slack = new SlackHarness({ appToken: 'xapp-1-A1-test', signingSecret: undefined });

  beforeAll(async () => {
    app = testApp.app;
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('GIVEN the app starts THEN it opens its connection with the app token, and reports itself connected', () => {
    const open = slack.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe('xapp-1-A1-test');
    expect(slack.adapter.connected()).toBe(true);
  });

  it('GIVEN /pc-checkin over the socket THEN the envelope is acked and the first question arrives in the DM; a click records the answer in place', async () => {
    await slack.fake.sendEnvelope('slash_commands', {
      command: '/pc-checkin',
      text: '',
      team_id: TEAM,
      user_id: 'USOCK',
      user_name: 'sock',
      channel_id: 'DUSOCK',
      channel_name: 'directmessage',
      response_url: slack.fake.responseUrl(),
      trigger_id: 't',
    });
    await slack.adapter.settled();
    const prompt = slack.conversation('DUSOCK').findLast((m) => visible(m).buttons.length === 5)!;
    expect(visible(prompt).text).toContain('1/5');

    const button = visible(prompt).buttons.find((b) => b.label === '4')!;
    await slack.fake.sendEnvelope('interactive', {
      type: 'block_actions',
      team: { id: TEAM },
      user: { id: 'USOCK', name: 'sock', team_id: TEAM },
      channel: { id: 'DUSOCK' },
      container: { type: 'message', message_ts: prompt.ts, is_ephemeral: false },
      message: { ts: prompt.ts, text: prompt.text },
      response_url: slack.fake.responseUrl(),
      trigger_id: 't2',
      actions: [{ type: 'button', action_id: button.actionId, value: button.value, block_id: 'b', action_ts: '1' }],
    });
    await slack.adapter.settled();
    expect(visible(prompt).text).toContain('*4*');
    const row = await app.store.database.prisma.checkIn.findFirstOrThrow({ where: { member: { platformUserId: 'USOCK' } } });
    expect(row.answers).toEqual({ energy: 4 });
  });

  it('GIVEN garbage and an envelope with an empty payload down the socket THEN the app keeps serving', async () => {
    slack.fake.sendRaw('this is not json');
    slack.fake.sendRaw(JSON.stringify({ envelope_id: 'env-bad', type: 'interactive', payload: {} }));
    await slack.fake.sendEnvelope('slash_commands', { command: '/pc-help', text: '', team_id: TEAM, user_id: 'USOCK2', channel_id: 'DUSOCK2', response_url: slack.fake.responseUrl() });
    await slack.adapter.settled();
    expect(slack.conversation('DUSOCK2').map((m) => visible(m).text).join('\n')).toContain("I'm peercircle");
  });

  it('GIVEN the connection drops THEN the app reconnects by itself and serves again', async () => {
    slack.fake.dropSocket();
    for (let i = 0; i < 250 && slack.fake.callsTo('apps.connections.open').length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    for (let i = 0; i < 250 && !slack.adapter.connected(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(slack.fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(2);
    expect(slack.adapter.connected()).toBe(true);
    await slack.fake.sendEnvelope('slash_commands', { command: '/pc-help', text: '', team_id: TEAM, user_id: 'USOCK3', channel_id: 'DUSOCK3', response_url: slack.fake.responseUrl() });
    await slack.adapter.settled();
    expect(slack.conversation('DUSOCK3').length).toBeGreaterThan(0);
  });
});
