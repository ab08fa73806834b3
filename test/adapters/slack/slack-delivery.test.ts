import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { direct } from '../../../src/core/messages.js';
import { OutboxDispatcher } from '../../../src/scheduling/outbox-dispatcher.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SlackHarness } from './slack-harness.js';

describe('Slack: messages the bot starts, and where their tokens come from', () => {
  const testApp = useTestApp();
  let app: App;
  let logged = '';
  const logs = new Writable({ write: (chunk: Buffer, _encoding, done) => ((logged += chunk.toString()), done()) });
  const slack = new SlackHarness({
    botToken: undefined,
    oauth: { clientId: '1.2', clientSecret: 'client-secret', stateSecret: 'state-secret-long-enough' },
    logger: pino({ level: 'debug' }, logs),
  });

  beforeAll(async () => {
    app = testApp.app;
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
  });

  const installation = (token: string, team?: string, enterprise?: string) => ({
    team: team ? { id: team } : undefined,
    enterprise: enterprise ? { id: enterprise } : undefined,
    isEnterpriseInstall: !team,
    bot: { token, userId: 'UBOT', id: 'BBOT', scopes: [] },
    user: { id: 'UINST', token: undefined, scopes: undefined },
  });

  it('GIVEN an org-wide Enterprise Grid install THEN a workspace seen under it is reached with the org token', async () => {
    await app.store.slackInstallations.save({ enterpriseId: 'E1', isEnterpriseInstall: true }, installation('xoxb-org-token', undefined, 'E1'));
    // A request from workspace T9 of org E1 links the two, so the outbox can find the token later.
    await app.store.slackInstallations.linkTeam('E1', 'T9');
    await slack.adapter.sendDirect({ communityExternalId: 'T9', platformUserId: 'UORG' }, direct('Hello from the org install.'));
    expect(slack.fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-org-token');
    const row = await app.store.database.prisma.slackInstallation.findUniqueOrThrow({ where: { key: 'E:E1' } });
    expect(row.teamIds).toEqual(['T9']);
    expect(row.sealed).not.toContain('xoxb-org-token');
  });

  it('GIVEN a command from a workspace of an org-wide install THEN it is authorized with the org token and the workspace is linked', async () => {
    await app.store.slackInstallations.save({ enterpriseId: 'E2', isEnterpriseInstall: true }, installation('xoxb-org2-token', undefined, 'E2'));
    const body = new URLSearchParams({
      command: '/pc-help',
      text: '',
      team_id: 'T7',
      enterprise_id: 'E2',
      is_enterprise_install: 'true',
      user_id: 'UGRID',
      channel_id: 'DUGRID',
      response_url: slack.fake.responseUrl(),
    });
    expect((await slack.post(body.toString())).status).toBe(200);
    expect(slack.fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-org2-token');
    expect((await app.store.database.prisma.slackInstallation.findUniqueOrThrow({ where: { key: 'E:E2' } })).teamIds).toEqual(['T7']);
  });

  it('GIVEN a workspace of an org-wide install the bot has not heard from yet THEN its check-in prompt finds the org token, and the workspace is linked', async () => {
    await app.store.slackInstallations.save({ enterpriseId: 'E3', isEnterpriseInstall: true }, installation('xoxb-org3-token', undefined, 'E3'));
    slack.fake.orgTeams.set('xoxb-org3-token', ['T30', 'T31']);
    await slack.adapter.sendDirect({ communityExternalId: 'T31', platformUserId: 'UNEWORG' }, direct('Time for your check-in.'));
    expect(slack.fake.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-org3-token');
    expect((await app.store.database.prisma.slackInstallation.findUniqueOrThrow({ where: { key: 'E:E3' } })).teamIds).toEqual(['T31']);
    // Linked now: the next message needs no question to Slack.
    const asked = slack.fake.callsTo('auth.teams.list').length;
    await slack.adapter.sendDirect({ communityExternalId: 'T31', platformUserId: 'UNEWORG' }, direct('A second message.'));
    expect(slack.fake.callsTo('auth.teams.list')).toHaveLength(asked);
  });

  it('GIVEN a workspace no installation covers THEN the outbox gives up at once with the cause, and the log names the workspace', async () => {
    const now = new Date();
    const community = await app.store.communities.findOrCreate({ platform: 'slack', externalId: 'T404' }, { timeZone: 'UTC', locale: 'en' });
    await app.store.outbox.enqueue([{ communityId: community.id, platformUserId: 'ULOST', kind: 'checkin-prompt', message: direct('Time for your check-in.'), dedupeKey: 'lost-1' }], now);
    const dispatcher = new OutboxDispatcher(
      app.store.outbox,
      (m) => slack.adapter.sendDirect({ communityExternalId: m.communityExternalId, platformUserId: m.platformUserId }, m.message),
      pino({ level: 'silent' }),
      { platforms: ['slack'], now: () => now },
    );
    const asked = slack.fake.callsTo('auth.teams.list').length;
    const round = await dispatcher.dispatchOnce();
    expect(round).toMatchObject({ sent: 0, failed: 1, retried: 0 });
    const row = await app.store.database.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: 'lost-1' } });
    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('no installation serving the Slack workspace T404');
    expect(row.lastError).toContain('Install the app in that workspace');
    // Every org-wide install (E1, E2, E3 above) was asked, and none covers T404.
    expect(slack.fake.callsTo('auth.teams.list').length - asked).toBe(3);
    expect(logged).toContain('no slack installation serves this workspace');
    expect(logged).toContain('T404');
    expect(logged).not.toContain('xoxb-org');
  });

  it('GIVEN Slack rate-limits a message THEN the outbox is told to wait as long as Slack asked', async () => {
    await app.store.slackInstallations.save({ teamId: 'T2', isEnterpriseInstall: false }, installation('xoxb-t2', 'T2'));
    slack.fake.failures.set('chat.postMessage', 'ratelimited');
    try {
      await expect(slack.adapter.sendDirect({ communityExternalId: 'T2', platformUserId: 'U1' }, direct('hi'))).rejects.toMatchObject({ code: 'DELIVERY_FAILED', retryAfterMs: 3000, permanent: false });
    } finally {
      slack.fake.failures.delete('chat.postMessage');
    }
  });

  it('GIVEN a member who left the workspace THEN the failure is permanent, so it is not retried', async () => {
    slack.fake.failures.set('conversations.open', 'user_not_found');
    try {
      await expect(slack.adapter.sendDirect({ communityExternalId: 'T2', platformUserId: 'UGONE' }, direct('hi'))).rejects.toMatchObject({ permanent: true });
    } finally {
      slack.fake.failures.delete('conversations.open');
    }
  });

  it("GIVEN a digest for the community's private channel THEN it is posted in that channel with the workspace's token", async () => {
    const receipt = await slack.adapter.sendToChannel({ communityExternalId: 'T2', channelId: 'C-SUPERVISORS' }, direct('This week, in totals.'));
    const posted = slack.fake.callsTo('chat.postMessage').at(-1)!;
    expect(posted.args.channel).toBe('C-SUPERVISORS');
    expect(posted.token).toBe('xoxb-t2');
    expect(receipt.messageId).toBe(slack.conversation('C-SUPERVISORS')[0]!.ts);
  });

  it('GIVEN a debrief pair THEN one group DM is opened with both and the introduction posted there once', async () => {
    await slack.adapter.sendToGroup({ communityExternalId: 'T2', platformUserIds: ['UA', 'UB', 'UA'] }, direct('Meet your debrief partner.'));
    expect(slack.fake.callsTo('conversations.open').at(-1)!.args.users).toBe('UA,UB');
    expect(slack.conversation('DUA-UB').map((m) => m.text)).toEqual(['Meet your debrief partner.']);
  });

  it('GIVEN Slack refuses a reply after a command THEN the failure is logged without the token or the words', async () => {
    slack.fake.failures.set('chat.postMessage', 'invalid_auth');
    try {
      const body = new URLSearchParams({ command: '/pc-settings', text: 'time 07:15', team_id: 'T2', user_id: 'ULOG', channel_id: 'DULOG', response_url: slack.fake.responseUrl() });
      expect((await slack.post(body.toString())).status).toBe(200);
    } finally {
      slack.fake.failures.delete('chat.postMessage');
    }
    expect(logged).toContain('invalid_auth');
    expect(logged).not.toContain('xoxb-t2');
    expect(logged).not.toContain('07:15');
  });
});
