import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { postToApp } from '../../helpers/fake-slack.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SIGNING_SECRET, SlackHarness, nextTriggerId } from './slack-harness.js';

describe('Slack: two first commands from a new workspace, 10 ms apart', () => {
  const testApp = useTestApp();
  let app: App;
  const slack = new SlackHarness();

  beforeAll(async () => {
    app = testApp.app;
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('GIVEN a workspace and two members nobody has seen WHEN both type /pc-help 10 ms apart THEN both get their answer', async () => {
    const body = (user: string) =>
      new URLSearchParams({
        command: '/pc-help',
        text: '',
        team_id: 'T-NEW',
        user_id: user,
        channel_id: `D${user}`,
        response_url: slack.fake.responseUrl(),
        trigger_id: nextTriggerId(),
      }).toString();
    const first = postToApp(`${slack.url}/slack/events`, body('U-ONE'), { signingSecret: SIGNING_SECRET });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = postToApp(`${slack.url}/slack/events`, body('U-TWO'), { signingSecret: SIGNING_SECRET });
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    await slack.adapter.settled();

    const replies = slack.fake.calls.filter((call) => call.method === 'response_url' || call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral').map((call) => JSON.stringify(call.args));
    expect(replies.filter((text) => /something went wrong/i.test(text))).toEqual([]);
    expect(await app.store.database.prisma.community.count({ where: { externalId: 'T-NEW' } })).toBe(1);
    expect(await app.store.database.prisma.member.count({ where: { platformUserId: { in: ['U-ONE', 'U-TWO'] } } })).toBe(2);
    // Each member's help reached their own response_url.
    expect(replies.filter((text) => /checkin/.test(text)).length).toBeGreaterThanOrEqual(2);
  });
});
