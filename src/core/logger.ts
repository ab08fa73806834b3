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
];

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Where lines go; stderr by default so standard output stays the bot's own replies. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  const destination = options.destination ?? process.stderr;
  if (options.format === 'pretty') {
    return pino(base, pretty({ destination, sync: true, colorize: false, ignore: 'pid,hostname' }));
  }
  return pino(base, pino.destination({ dest: destination === process.stderr ? 2 : 1, sync: true }));
}
