import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

/**
 * Every setting peercircle reads from the environment, parsed once at start-up. Each entry's
 * `expected` text is what an admin sees when the value is wrong, so it names the form to use.
 */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
});

const ianaZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
});

const key32 = z.string().transform((value, ctx) => {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32) ctx.addIssue({ code: 'custom', message: 'not 32 bytes' });
  return key;
});

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\/v\d+\/?$/.test(url.pathname);
  } catch {
    return false;
  }
});

const directory = z.string().refine((value) => existsSync(value) && statSync(value).isDirectory());

export const settings = {
  DATABASE_URL: {
    schema: z.preprocess(blankAsUndefined, postgresUrl.optional()),
    expected: 'a PostgreSQL URL such as postgres://user:password@host:5432/peercircle; leave it unset to use the embedded database',
    secret: true,
    describe: 'PostgreSQL connection URL. Unset: embedded PGlite database in DATA_DIR.',
  },
  DATA_DIR: {
    schema: z.preprocess(blankAsUndefined, z.string().default('./data')),
    expected: 'a directory path such as ./data',
    secret: false,
    describe: 'Where the embedded database lives (created on first start). Default ./data.',
  },
  CONTENT_DIR: {
    schema: z.preprocess(blankAsUndefined, directory.optional()),
    expected: 'an existing directory holding your own topics as Markdown files, such as ./my-content',
    secret: false,
    describe: "Your community's own refresher topics; a topic with the same id replaces the built-in one.",
  },
  LOG_LEVEL: {
    schema: z.preprocess(blankAsUndefined, z.enum(logLevels).optional()),
    expected: `one of ${logLevels.join(', ')}`,
    secret: false,
    describe: 'How much to log. Default info (warn in the terminal, so replies stay readable).',
  },
  LOG_FORMAT: {
    schema: z.preprocess(blankAsUndefined, z.enum(['json', 'pretty']).optional()),
    expected: 'json or pretty',
    secret: false,
    describe: 'Log format. Default json when NODE_ENV=production, otherwise pretty.',
  },
  NODE_ENV: {
    schema: z.preprocess(blankAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
    expected: 'development, production or test',
    secret: false,
    describe: 'Runtime environment.',
  },
  DEFAULT_TIME_ZONE: {
    schema: z.preprocess(blankAsUndefined, ianaZone.optional()),
    expected: 'an IANA time zone name such as Europe/London or America/Chicago',
    secret: false,
    describe: "Time zone for new communities. Default: this machine's time zone.",
  },
  DEFAULT_LOCALE: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).default('en-US')),
    expected: 'a locale such as en-US or en-GB',
    secret: false,
    describe: 'Locale for new communities (chooses default crisis resources). Default en-US.',
  },
  TERMINAL_USER: {
    schema: z.preprocess(blankAsUndefined, z.string().max(64).regex(/^[\w.@-]+$/).optional()),
    expected: 'a short user name of letters, digits, dot, dash or underscore',
    secret: false,
    describe: "Who you are in the terminal demo community. Default: your login name.",
  },
  TERMINAL_ROLE: {
    schema: z.preprocess(blankAsUndefined, z.enum(['peer', 'supervisor', 'admin']).default('peer')),
    expected: 'peer, supervisor or admin',
    secret: false,
    describe: 'Your role in the terminal demo community. Default peer.',
  },
  NOTES_KEY: {
    schema: z.preprocess(blankAsUndefined, key32.optional()),
    expected: 'a random 32-byte key in base64, e.g. from `openssl rand -base64 32`',
    secret: true,
    describe: 'Seals private notes (AES-256-GCM). Unset: a key is created in DATA_DIR/notes.key. Give every process the same key.',
  },
  NOTES_PREVIOUS_KEYS: {
    schema: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((k) => k.trim()) : undefined),
      z.array(key32).optional(),
    ),
    expected: 'comma-separated 32-byte keys in base64 (the keys being rotated away from)',
    secret: true,
    describe: 'Older note keys, still readable while `peercircle rotate-key` re-seals notes with NOTES_KEY.',
  },
  PORT: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65535).optional()),
    expected: 'a TCP port number such as 3000',
    secret: false,
    describe: 'Serve /healthz, /readyz and /metrics on this port. Unset: no HTTP server (the terminal needs none).',
  },
  HOST: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^(?:[\w.-]+|\[?[0-9a-fA-F:]+\]?)$/).max(253).optional()),
    expected: 'an address to listen on, such as 0.0.0.0 (every interface) or 127.0.0.1 (this machine only)',
    secret: false,
    describe: 'The address the HTTP port listens on. Default: every interface (what a container behind a load balancer needs).',
  },
  COMMANDS_PER_MINUTE: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(6000).default(30)),
    expected: 'a whole number of commands per member per minute from 0 (no limit) to 6000, such as 30',
    secret: false,
    describe: 'Per-member command rate limit, in memory per process (button presses and check-in answers are never limited). Default 30.',
  },
  COMMAND_BURST: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(1000).default(20)),
    expected: 'a whole number from 1 to 1000, such as 20',
    secret: false,
    describe: 'How many commands a member may send at once before the per-minute rate applies. Default 20.',
  },
  SCHEDULER: {
    schema: z.preprocess(blankAsUndefined, z.enum(['on', 'off']).default('on')),
    expected: 'on or off',
    secret: false,
    describe: 'Run the scheduler (check-ins, reminders) and deliver the outbox in this process. Default on.',
  },
  OUTBOX_LOCK_SECONDS: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(2).max(3600).default(10)),
    expected: 'a whole number of seconds from 2 to 3600, such as 10',
    secret: false,
    describe: 'How long a claim on messages being delivered lasts; renewed while they are sent, so a dead process\'s batch moves after this. Default 10.',
  },
  OUTBOX_OVERDUE_MINUTES: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(24 * 60).default(15)),
    expected: 'a whole number of minutes from 1 to 1440, such as 15',
    secret: false,
    describe: 'An escalation or crisis-contact request still undelivered after this many minutes is reported in the log (and hourly after). Default 15.',
  },
  WORK_LEASE_SECONDS: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(600).default(15)),
    expected: 'a whole number of seconds from 1 to 600, such as 15',
    secret: false,
    describe: 'How long a process holds a command it acknowledged before another process may finish it (a crash loses nothing). Default 15.',
  },
  OUTBOX_RATE_PER_SECOND: {
    schema: z.preprocess(blankAsUndefined, z.coerce.number().min(0).max(10_000).default(0)),
    expected: 'a number of messages per second from 0 (no pacing) to 10000, such as 50',
    secret: false,
    describe: "Pace outgoing messages to stay under the platform's rate limit. Default 0 (the adapter's own limits apply).",
  },
  SLACK_BOT_TOKEN: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^xoxb-[\w-]+$/).optional()),
    expected: 'a bot token starting with xoxb- (Slack app settings → OAuth & Permissions), for one workspace',
    secret: true,
    describe: 'Slack bot token for a single-workspace install. Leave unset to install through OAuth instead.',
  },
  SLACK_SIGNING_SECRET: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^[0-9a-f]{16,128}$/i).optional()),
    expected: 'the signing secret from Slack app settings → Basic Information (hexadecimal)',
    secret: true,
    describe: "Verifies that requests come from Slack. Needed in HTTP mode.",
  },
  SLACK_APP_TOKEN: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^xapp-[\w-]+$/).optional()),
    expected: 'an app-level token starting with xapp- with the connections:write scope',
    secret: true,
    describe: 'Set it to use Socket Mode (no public URL needed); unset: HTTP mode on PORT.',
  },
  SLACK_CLIENT_ID: {
    schema: z.preprocess(blankAsUndefined, z.string().regex(/^\d+\.\d+$/).optional()),
    expected: 'the client id from Slack app settings → Basic Information, such as 1234567890.1234567890',
    secret: false,
    describe: 'With SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: install in many workspaces through OAuth (/slack/install).',
  },
  SLACK_CLIENT_SECRET: {
    schema: z.preprocess(blankAsUndefined, z.string().min(8).optional()),
    expected: 'the client secret from Slack app settings → Basic Information',
    secret: true,
    describe: 'OAuth client secret.',
  },
  SLACK_STATE_SECRET: {
    schema: z.preprocess(blankAsUndefined, z.string().min(16).optional()),
    expected: 'a random string of at least 16 characters, e.g. from `openssl rand -hex 16`',
    secret: true,
    describe: 'Signs the OAuth state parameter.',
  },
  SLACK_API_URL: {
    schema: z.preprocess(
      blankAsUndefined,
      z
        .string()
        .refine((value) => {
          try {
            const url = new URL(value);
            return (url.protocol === 'https:' || url.protocol === 'http:') && value.endsWith('/');
          } catch {
            return false;
          }
        })
        .optional(),
    ),
    expected: 'the Web API base URL ending in a slash, such as https://slack-gov.com/api/',
    secret: false,
    describe: 'Slack Web API base URL (GovSlack, a proxy). Default https://slack.com/api/.',
  },
  DISCORD_TOKEN: {
    schema: z.preprocess(blankAsUndefined, z.string().trim().regex(/^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/).optional()),
    expected: "a Discord bot token: three dot-separated parts, from your application's Bot page in the Discord Developer Portal",
    secret: true,
    describe: 'Runs the bot on Discord. Unset: the terminal.',
  },
  DISCORD_API_URL: {
    schema: z.preprocess(blankAsUndefined, httpUrl.default('https://discord.com/api')),
    expected: 'an http(s) URL of the Discord REST API such as https://discord.com/api (for a proxy), without the /v10 version',
    secret: false,
    describe: "Where Discord's REST API is reached. Default https://discord.com/api.",
  },
  DISCORD_SHARDS: {
    schema: z.preprocess(blankAsUndefined, z.string().trim().toLowerCase().regex(/^(auto|[1-9]\d{0,3}|\d{1,4}-\d{1,4}\/[1-9]\d{0,3})$/).default('auto')),
    expected: 'auto, a shard count such as 4, or a slice of shards for this process such as 0-3/8',
    secret: false,
    describe: "discord.js's own sharding: auto (Discord's recommendation) or how many shards this process runs. Default auto.",
  },
} as const;

type Settings = typeof settings;
export type Config = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

/** One line per bad variable, naming it and the expected form; never the value of a secret. */
export function parseConfig(env: NodeJS.ProcessEnv): Result<Config, string[]> {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, setting] of Object.entries(settings)) {
    const parsed = setting.schema.safeParse(env[name]);
    if (parsed.success) config[name] = parsed.data;
    else problems.push(`${name}: expected ${setting.expected}.`);
  }
  // Several production processes on one PostgreSQL must share one note key; a key file each
  // would seal notes that the other processes cannot open.
  if (problems.length === 0 && config.NODE_ENV === 'production' && config.DATABASE_URL && !config.NOTES_KEY) {
    problems.push(`NOTES_KEY: expected ${settings.NOTES_KEY.expected} (required in production with DATABASE_URL, the same for every process).`);
  }
  if (problems.length === 0) problems.push(...slackProblems(config as Config));
  return problems.length > 0 ? err(problems) : ok(config as Config);
}

/** Names of the settings whose values must never reach a log line or a terminal. */
export const secretNames = Object.entries(settings)
  .filter(([, setting]) => setting.secret)
  .map(([name]) => name);

/** Slack settings that only make sense together: a mode must be complete, or unset. */
function slackProblems(config: Config): string[] {
  const oauth = [config.SLACK_CLIENT_ID, config.SLACK_CLIENT_SECRET, config.SLACK_STATE_SECRET];
  const any = config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET || oauth.some(Boolean);
  if (!any) return [];
  const problems: string[] = [];
  if (oauth.some(Boolean) && !oauth.every(Boolean)) {
    for (const name of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const) {
      if (!config[name]) problems.push(`${name}: expected ${settings[name].expected} (OAuth installs need all three).`);
    }
  }
  const hasOauth = oauth.every(Boolean);
  if (!config.SLACK_BOT_TOKEN && !oauth.some(Boolean)) {
    problems.push(`SLACK_BOT_TOKEN: expected ${settings.SLACK_BOT_TOKEN.expected}, or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install through OAuth.`);
  }
  if (config.SLACK_APP_TOKEN) {
    if (hasOauth && !config.SLACK_BOT_TOKEN) problems.push('SLACK_APP_TOKEN: Socket Mode serves one workspace here; set SLACK_BOT_TOKEN too, or unset SLACK_APP_TOKEN to install through OAuth over HTTP.');
  } else {
    if (!config.SLACK_SIGNING_SECRET) problems.push(`SLACK_SIGNING_SECRET: expected ${settings.SLACK_SIGNING_SECRET.expected} (HTTP mode verifies every request with it).`);
    if (config.PORT === undefined) problems.push(`PORT: expected ${settings.PORT.expected} (Slack HTTP mode listens on it; or set SLACK_APP_TOKEN for Socket Mode).`);
  }
  return problems;
}
