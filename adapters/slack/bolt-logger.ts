import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';

/**
 * Bolt's log lines go to the project's logger. Only strings are passed on: Bolt's debug output can
 * carry payloads, and a member's words or a token must never reach a log.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const line = (parts: unknown[]) => parts.filter((part) => typeof part === 'string' || typeof part === 'number').join(' ');
  let level = LogLevel.INFO;
  return {
    debug: (...parts: unknown[]) => logger.debug({ source: 'bolt' }, line(parts)),
    info: (...parts: unknown[]) => logger.info({ source: 'bolt' }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ source: 'bolt' }, line(parts)),
    error: (...parts: unknown[]) => logger.error({ source: 'bolt' }, line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
