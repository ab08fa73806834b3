import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/env.js';

const secret = '0123456789abcdef0123456789abcdef';

describe('Slack settings from the environment', () => {
  it('GIVEN a bot token, signing secret and PORT THEN HTTP mode for one workspace is accepted', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: secret, PORT: '3000' });
    expect(config.ok).toBe(true);
  });

  it('GIVEN a bot token and an app token THEN Socket Mode needs neither a signing secret nor a port', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-xyz' }).ok).toBe(true);
  });

  it('GIVEN HTTP mode without PORT or signing secret THEN each missing variable is named with its form', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error.some((line) => line.startsWith('SLACK_SIGNING_SECRET: expected the signing secret'))).toBe(true);
    expect(config.error.some((line) => line.startsWith('PORT: expected a TCP port number') && line.includes('SLACK_APP_TOKEN'))).toBe(true);
  });

  it('GIVEN half an OAuth setup THEN the missing OAuth variables are named, and no secret value is printed', () => {
    const config = parseConfig({ SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'supersecretvalue', SLACK_SIGNING_SECRET: secret, PORT: '3000' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error).toEqual([expect.stringMatching(/^SLACK_STATE_SECRET: expected a random string of at least 16 characters.*OAuth installs need all three/)]);
    expect(JSON.stringify(config)).not.toContain('supersecretvalue');
  });

  it('GIVEN tokens of the wrong kind or an API URL without its slash THEN each is reported by name', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xoxb-1', SLACK_API_URL: 'https://slack-gov.com/api' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error.map((line) => line.split(':')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_API_URL']);
    expect(config.error[0]).toContain('xoxb-');
    expect(JSON.stringify(config)).not.toContain('xoxp-user-token');
  });

  it('GIVEN a GovSlack API URL THEN it is kept as given', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'https://slack-gov.com/api/' });
    expect(config.ok && config.value.SLACK_API_URL).toBe('https://slack-gov.com/api/');
  });
});
