import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisRoute } from '../../src/domain/crisis/screen.js';
import type { MessageEvent } from '../../src/core/events.js';
import { mostUrgent, RecentMessages } from '../../src/core/recent-messages.js';
import { screenEvent, screenInBurst } from '../../src/core/screen-event.js';
import { CORPUS_DIR } from './crisis-corpus.js';

/** Labelled bursts: each line 2–4 messages one member sent in a row, joined by ` || `; the label is the burst's as a whole. */
export const BURSTS_DIR = join(CORPUS_DIR, 'bursts');
/** Between the messages of a burst in a corpus line. */
export const SEPARATOR = ' || ';
/** Seconds between two messages of a burst: people send the pieces of one thought seconds to a minute apart. */
const GAP_MS = 20_000;

export function burstFiles(part: 'heldout' | 'dev'): string[] {
  return readdirSync(BURSTS_DIR)
    .filter((name) => name.startsWith(`${part}-bursts`) && name.endsWith('.tsv'))
    .sort()
    .map((name) => join(BURSTS_DIR, name));
}

/**
 * The most urgent crisis route a member was shown while sending a burst, message by message, as the bot reads them
 * (bot.ts: each message alone, and with the member's messages just before it) or, with `alone`, each message by itself.
 */
export function routeShownForBurst(messages: readonly string[], alone = false): CrisisRoute | null {
  const recent = new RecentMessages();
  const shown: (CrisisRoute | null)[] = [];
  messages.forEach((text, i) => {
    const event: MessageEvent = { kind: 'message', text, isDirect: true, receivedAt: new Date(Date.UTC(2026, 0, 1) + i * GAP_MS), community: { platform: 'terminal', externalId: 'bench' }, user: { id: 'member' } };
    const own = screenEvent(event);
    const screen = alone ? own : screenInBurst(event, own, recent.before('member', event.receivedAt.getTime()));
    recent.remember('member', text, event.receivedAt.getTime(), screen.route);
    shown.push(screen.route);
  });
  return mostUrgent(shown);
}
