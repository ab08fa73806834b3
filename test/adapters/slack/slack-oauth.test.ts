import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SlackHarness } from './slack-harness.js';

const oauth = { clientId: '1234567890.0987654321', clientSecret: 'client-secret-value', stateSecret: 'a-state-secret-of-some-length' };

describe('Slack: installing through OAuth into many workspaces', () => {
  const testApp = useTestApp();
  let app: App;
  const slack = new SlackHarness({ botToken: undefined, oauth });

  beforeAll(async () => {
    app = testApp.app;
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
  });

  async function install(): Promise<Response> {
    const start = await fetch(`${slack.url}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    // The consent page is on the same site as the Web API (GovSlack: slack-gov.com).
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`http://127.0.0.1:${slack.fake.port}/oauth/v2/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe(oauth.clientId);
    expect(authorize.searchParams.get('scope')).toContain('chat:write');
    const state = authorize.searchParams.get('state')!;
    const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
    return fetch(`${slack.url}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`, { headers: { cookie } });
  }

  const event = (type: string, extra: Record<string, unknown> = {}) =>
    slack.post(JSON.stringify({ type: 'event_callback', team_id: 'TOAUTH', api_app_id: 'A1', event: { type, ...extra }, event_id: `Ev-${type}`, event_time: 1 }), 'application/json');

  it('GIVEN an admin completes the install THEN the installation is stored sealed, and the workspace is served with its own token', async () => {
    const done = await install();
    expect(done.status).toBe(200);
    expect(slack.fake.callsTo('oauth.v2.access')[0]!.args.code).toBe('the-code');

    const row = await app.store.database.prisma.slackInstallation.findUniqueOrThrow({ where: { key: 'T:TOAUTH' } });
    expect(row.sealed).toMatch(/^pc1:/);
    expect(row.sealed).not.toContain('xoxb-installed-secret-token');
    expect(row.installerUserId).toBe('UINSTALLER');
    const installation = (await app.store.slackInstallations.find({ teamId: 'TOAUTH' })) as { bot: { token: string } };
    expect(installation.bot.token).toBe('xoxb-installed-secret-token');

    const response = await slack.post(
      new URLSearchParams({ command: '/pc-help', text: '', team_id: 'TOAUTH', user_id: 'UINSTALLER', channel_id: 'DUINSTALLER', response_url: slack.fake.responseUrl() }).toString(),
    );
    expect(response.status).toBe(200);
    const posted = slack.fake.callsTo('chat.postMessage').at(-1)!;
    expect(posted.token).toBe('xoxb-installed-secret-token');
    // Whoever installed the app runs it: they are the community's first admin.
    const member = await app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'UINSTALLER' } });
    expect(member.role).toBe('admin');
  });

  it('GIVEN the app is uninstalled THEN the installation and its tokens are deleted, and the bot stops reaching that workspace', async () => {
    expect((await event('app_uninstalled')).status).toBe(200);
    expect(await app.store.database.prisma.slackInstallation.count({ where: { key: 'T:TOAUTH' } })).toBe(0);
    await expect(slack.adapter.sendDirect({ communityExternalId: 'TOAUTH', platformUserId: 'UINSTALLER' }, { visibility: 'direct', text: 'hello' })).rejects.toMatchObject({
      code: 'DELIVERY_FAILED',
      permanent: true,
    });
  });

  it('GIVEN a reinstall and then the bot token is revoked THEN the installation is deleted; a revoked user token alone keeps it', async () => {
    expect((await install()).status).toBe(200);
    await event('tokens_revoked', { tokens: { oauth: ['UINSTALLER'] } });
    expect(await app.store.database.prisma.slackInstallation.count({ where: { key: 'T:TOAUTH' } })).toBe(1);
    await event('tokens_revoked', { tokens: { bot: ['UBOT'] } });
    expect(await app.store.database.prisma.slackInstallation.count({ where: { key: 'T:TOAUTH' } })).toBe(0);
  });

  it('GIVEN an install callback with a forged state THEN nothing is stored', async () => {
    const response = await fetch(`${slack.url}/slack/oauth_redirect?code=x&state=forged`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await app.store.database.prisma.slackInstallation.count()).toBe(0);
  });
});
