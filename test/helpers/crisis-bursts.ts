import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisRoute } from '../../src/domain/crisis/screen.js';
import type { MessageEvent } from '../../src/core/events.js';
import { BurstReader } from '../../src/core/burst-reader.js';
import { mostUrgent } from '../../src/core/recent-messages.js';
import { screenEvent } from '../../src/core/screen-event.js';
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
 * (burst-reader.ts, the reader the bot uses: each message alone, and with the member's messages just before it) or, with `alone`, each message by itself.
 */
export function routeShownForBurst(messages: readonly string[], alone = false): CrisisRoute | null {
  const reader = new BurstReader();
  const shown = messages.map((text, i) => {
    const event: MessageEvent = { kind: 'message', text, isDirect: true, receivedAt: new Date(Date.UTC(2026, 0, 1) + i * GAP_MS), community: { platform: 'terminal', externalId: 'bench' }, user: { id: 'member' } };
    return (alone ? screenEvent(event) : reader.read(event)).route;
  });
  return mostUrgent(shown);
}
