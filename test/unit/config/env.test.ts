import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/env.js';

describe('configuration from the environment', () => {
  it('GIVEN nothing set THEN the embedded database in ./data is used', () => {
    const config = parseConfig({});
    expect(config.ok && config.value).toMatchObject({ DATA_DIR: './data', DATABASE_URL: undefined, DEFAULT_LOCALE: 'en-US' });
  });

  it('GIVEN a PostgreSQL URL THEN it is accepted', () => {
    const config = parseConfig({ DATABASE_URL: 'postgres://bot:s3cret@db.internal:5432/peercircle' });
    expect(config.ok && config.value.DATABASE_URL).toBe('postgres://bot:s3cret@db.internal:5432/peercircle');
  });

  it('GIVEN three bad values THEN each is reported on its own line naming the variable and the expected form', () => {
    const config = parseConfig({ DATABASE_URL: 'mysql://root:hunter2@x/db', LOG_LEVEL: 'loud', DEFAULT_TIME_ZONE: 'Mars/Olympus' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error).toHaveLength(3);
    expect(config.error[0]).toMatch(/^DATABASE_URL: expected a PostgreSQL URL such as postgres:\/\//);
    expect(config.error[1]).toMatch(/^LOG_LEVEL: expected one of fatal, error, warn, info/);
    expect(config.error[2]).toMatch(/^DEFAULT_TIME_ZONE: expected an IANA time zone name/);
  });

  it('GIVEN a bad secret THEN its value never appears in the report', () => {
    const config = parseConfig({ DATABASE_URL: 'not a url but hunter2' });
    expect(config.ok).toBe(false);
    expect(JSON.stringify(config)).not.toContain('hunter2');
  });

  it('GIVEN a CONTENT_DIR that does not exist THEN it is named with the form expected', () => {
    const config = parseConfig({ CONTENT_DIR: '/nowhere/at/all' });
    expect(config.ok ? [] : config.error).toEqual([
      'CONTENT_DIR: expected an existing directory holding your own topics as Markdown files, such as ./my-content.',
    ]);
  });

  it('GIVEN blank values THEN they count as unset', () => {
    const config = parseConfig({ DATABASE_URL: '  ', LOG_LEVEL: '' });
    expect(config.ok && config.value.DATABASE_URL).toBeUndefined();
  });
});

describe('configuration for production', () => {
  it('GIVEN production on PostgreSQL without NOTES_KEY THEN refused, naming NOTES_KEY and how to make one', () => {
    const config = parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' });
    expect(config.ok ? [] : config.error).toEqual([
      'NOTES_KEY: expected a random 32-byte key in base64, e.g. from `openssl rand -base64 32` (required in production with DATABASE_URL, the same for every process).',
    ]);
  });

  it('GIVEN a NOTES_KEY that is not 32 bytes THEN refused without echoing it', () => {
    const config = parseConfig({ NOTES_KEY: 'c2hvcnQ=' });
    expect(config.ok).toBe(false);
    expect(JSON.stringify(config)).not.toContain('c2hvcnQ=');
  });
});

describe('Discord settings', () => {
  it('GIVEN a malformed token, an API URL with a version and a bad shard setting THEN each is named with the form expected, and the token is never shown', () => {
    const config = parseConfig({ DISCORD_TOKEN: 'hunter2', DISCORD_API_URL: 'https://discord.com/api/v10', DISCORD_SHARDS: 'lots' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.error).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN: expected a Discord bot token/),
      expect.stringMatching(/^DISCORD_API_URL: expected an http\(s\) URL/),
      expect.stringMatching(/^DISCORD_SHARDS: expected auto, a shard count/),
    ]);
    expect(JSON.stringify(config)).not.toContain('hunter2');
  });

  it('GIVEN nothing set THEN Discord is off, its API is discord.com and shards are auto', () => {
    const config = parseConfig({});
    expect(config.ok && config.value).toMatchObject({ DISCORD_TOKEN: undefined, DISCORD_API_URL: 'https://discord.com/api', DISCORD_SHARDS: 'auto' });
  });
});
