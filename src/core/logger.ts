import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear: secrets, and anything a member wrote. Log lines
 * describe what happened, never what someone said.
 */
export const redactedPaths = [
  'DATABASE_URL',
  '*.DATABASE_URL',
  'NOTES_KEY',
  '*.NOTES_KEY',
  'NOTES_PREVIOUS_KEYS',
  '*.NOTES_PREVIOUS_KEYS',
  'token',
  '*.token',
  'password',
  '*.password',
  'note',
  '*.note',
  'text',
  '*.text',
  'values',
  '*.values',
  // Second line of defence: secrets and private content under the names they travel by.
  'SLACK_BOT_TOKEN',
  '*.SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  '*.SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  '*.SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  '*.SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  '*.SLACK_STATE_SECRET',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'secret',
  '*.secret',
  'signingSecret',
  '*.signingSecret',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'accessToken',
  '*.accessToken',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.cookie',
  'connectionString',
  '*.connectionString',
  'answers',
  '*.answers',
  'payload',
  '*.payload',
  'crisisPolicy',
  '*.crisisPolicy',
  'err.meta',
];

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Where lines go; stderr by default so standard output stays the bot's own replies. */
  destination?: NodeJS.WritableStream;
  /** A file to append lines to instead (the terminal's, when standard error is the screen). */
  file?: string;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (options.file) {
    const file = pino.destination({ dest: options.file, mkdir: true, sync: true });
    return options.format === 'pretty' ? pino(base, pretty({ destination: file, sync: true, colorize: false, ignore: 'pid,hostname' })) : pino(base, file);
  }
  const destination = options.destination ?? process.stderr;
  if (options.format === 'pretty') {
    return pino(base, pretty({ destination, sync: true, colorize: false, ignore: 'pid,hostname' }));
  }
  if (destination !== process.stderr) return pino(base, destination);
  return pino(base, pino.destination({ dest: 2, sync: true }));
}
