import path from 'node:path';
import { commands } from '../commands/index.js';
import { Bot } from './core/bot.js';
import { CommandRateLimiter } from './core/rate-limit.js';
import type { Services } from './core/command.js';
import type { Config } from './config/env.js';
import { createLogger, type Logger } from './core/logger.js';
import { builtInContentDir, loadContent } from './content/library.js';
import type { ContentProblem } from './content/front-matter.js';
import { openDatabase, targetFromConfig, type DatabaseTarget } from './storage/database.js';
import { MemberFiles } from './storage/member-files.js';
import { Store } from './storage/store.js';
import type { NoteCipher } from './security/note-cipher.js';
import { loadNoteCipher } from './security/load-keys.js';

export interface App {
  bot: Bot;
  services: Services;
  store: Store;
  contentProblems: ContentProblem[];
  /** The per-member command limiter, when COMMANDS_PER_MINUTE is above 0. */
  rateLimiter?: CommandRateLimiter;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** Where the data lives; default from config (DATABASE_URL or DATA_DIR). */
  database?: DatabaseTarget;
  now?: () => Date;
  random?: () => number;
  /** The key that seals private notes; default from NOTES_KEY or DATA_DIR/notes.key. */
  cipher?: NoteCipher;
  /** Terminal mode logs less, so the conversation stays readable. */
  quiet?: boolean;
  /** Where files handed to members are kept (the terminal's saved exports); default DATA_DIR/attachments. */
  filesDir?: string;
  /** A file for log lines instead of standard error (the terminal's, when standard error is the screen). */
  logFile?: string;
  /** Start-up progress for the operator, one line at a time (`peercircle start` prints them). */
  progress?: (line: string) => void;
  /** Whether to bring the schema up to date (default yes); a second thread on a database already opened skips it. */
  migrate?: boolean;
  /** Names the thread in every log line, when this is not the process's main one. */
  thread?: string;
}

/** The composition root: database, content, services and the bot, wired once. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const processLogger =
    options.logger ??
    createLogger({
      level: config.LOG_LEVEL ?? (options.quiet ? 'warn' : 'info'),
      format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
      ...(options.logFile ? { file: options.logFile } : {}),
    });
  const logger = options.thread ? processLogger.child({ thread: options.thread }) : processLogger;
  const target = options.database ?? targetFromConfig(config);
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const [database, content] = await Promise.all([
    openDatabase(target, {
      ...(options.migrate === false ? { migrate: false } : {}),
      onMigrated: (names) => {
        logger.info({ migrations: names }, 'database migrated');
        options.progress?.(`Database schema brought up to date (${names.length} migration(s)).`);
      },
    }).then((opened) => {
      options.progress?.(`Database open (${seconds()}).`);
      return opened;
    }),
    loadContent([builtInContentDir, ...(config.CONTENT_DIR ? [config.CONTENT_DIR] : [])]),
  ]);
  // A second thread reads the same files: the main thread has already reported what they lack.
  if (!options.thread) for (const problem of content.problems) logger.warn(`content skipped: ${problem.file}:${problem.line}: ${problem.message}`);
  options.progress?.(`Content loaded: ${content.library.topics.length} topics${content.problems.length > 0 ? `, ${content.problems.length} file(s) skipped (run \`peercircle content-check\`)` : ''}.`);
  const store = new Store(database, options.cipher ?? loadNoteCipher(config), new MemberFiles(options.filesDir ?? path.resolve(config.DATA_DIR, 'attachments')));
  const services: Services = {
    store,
    content: content.library,
    logger,
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
  };
  const rateLimiter =
    config.COMMANDS_PER_MINUTE > 0 ? new CommandRateLimiter({ perMinute: config.COMMANDS_PER_MINUTE, burst: config.COMMAND_BURST }) : undefined;
  const bot = new Bot({
    services,
    commands,
    defaults: {
      timeZone: config.DEFAULT_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: config.DEFAULT_LOCALE,
    },
    ...(rateLimiter && { rateLimiter }),
  });
  logger.info({ database: database.kind, topics: content.library.topics.length }, options.thread ? `${options.thread} thread ready` : 'peercircle ready');
  return { bot, services, store, contentProblems: content.problems, ...(rateLimiter && { rateLimiter }), close: () => database.close() };
}
