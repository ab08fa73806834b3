import { InvalidArgumentError } from 'commander';
import { DateTime } from 'luxon';
import { parseRequeue } from './outbox.js';

/** Option parsers for the command line: each throws commander's error with what to type instead. */

export function parseDate(value: string): string {
  const parsed = DateTime.fromISO(value, { zone: 'UTC' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('Use a date such as 2026-11-01.');
  return value;
}

export function parsePublicUrl(value: string): string {
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return value;
  } catch {
    // answered below
  }
  throw new InvalidArgumentError('Use the https address Slack will reach the bot at, such as https://peercircle.example.org.');
}

export function parseManifestFormat(value: string): 'json' | 'yaml' {
  if (value !== 'json' && value !== 'yaml') throw new InvalidArgumentError('Use json or yaml.');
  return value;
}

export function parseFormat(value: string): 'json' | 'csv' {
  if (value !== 'json' && value !== 'csv') throw new InvalidArgumentError('Use json or csv.');
  return value;
}

export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('Use a whole number from 1 to 10000.');
  return n;
}

export function parseOutboxFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new InvalidArgumentError('Use text or json.');
  return value;
}

export function parseRequeueOption(value: string): bigint[] | 'all' {
  const parsed = parseRequeue(value);
  if (!parsed) throw new InvalidArgumentError('Use message ids from `peercircle outbox`, such as 12,15, or all.');
  return parsed;
}

export function parseInstant(value: string): Date {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new InvalidArgumentError('Use an ISO 8601 time such as 2026-11-23T09:00:00Z.');
  return parsed.toJSDate();
}
