import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outboxReport, parseRequeue } from '../../src/cli/outbox.js';
import { DeliveryError } from '../../src/core/errors.js';
import { direct } from '../../src/core/messages.js';
import { OutboxDispatcher } from '../../src/scheduling/outbox-dispatcher.js';
import { Store } from '../../src/storage/store.js';
import { testCipher } from '../helpers/test-cipher.js';
import { openTestDatabase } from '../helpers/test-database.js';

describe('messages that gave up are never silently dropped: `peercircle outbox` lists them and sends them again', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let clock: Date;
  beforeEach(async () => {
    const opened = await openTestDatabase();
    store = new Store(opened.database, testCipher());
    dispose = opened.dispose;
    clock = new Date('2026-11-23T09:00:00Z');
    const { id } = await store.communities.findOrCreate({ platform: 'slack', externalId: 'T0123' }, { timeZone: 'UTC', locale: 'en-US' });
    await store.outbox.enqueue(
      [
        { communityId: id, platformUserId: 'U1', kind: 'checkin-prompt', message: direct('Time for your check-in'), dedupeKey: 'p1', deliverBy: new Date(clock.getTime() + 60_000) },
        { communityId: id, platformUserId: 'U2', kind: 'digest', message: direct('Your weekly digest'), dedupeKey: 'd1' },
      ],
      clock,
    );
  });
  afterEach(async () => dispose());

  const printed = async (options: Parameters<typeof outboxReport>[1]) => {
    const lines: string[] = [];
    await outboxReport(store, options, (line) => lines.push(line), clock);
    return lines.join('\n');
  };

  it('GIVEN a prompt past its window and a digest the platform refused THEN both are listed with why, and re-queued they are delivered', async () => {
    let platformUp = false;
    const dispatcher = new OutboxDispatcher(
      store.outbox,
      async () => {
        if (!platformUp) throw new DeliveryError('Slack refused the message (channel_not_found)', { permanent: true });
        return {};
      },
      pino({ level: 'silent' }),
      { now: () => clock, platforms: ['slack'] },
    );
    clock = new Date(clock.getTime() + 2 * 60_000); // the prompt's window has closed
    expect(await dispatcher.dispatchOnce()).toMatchObject({ expired: 1, failed: 1 });

    const listing = await printed({ limit: 50, format: 'text' });
    expect(listing).toContain('Outbox: 0 waiting, 0 sent, 2 gave up.');
    expect(listing).toMatch(/#\d+ {2}checkin-prompt {2}slack:T0123 {2}queued 2026-11-23 09:00Z {2}worth sending until 2026-11-23 09:01Z {2}attempts 0/);
    expect(listing).toContain('no longer worth sending');
    expect(listing).toContain('channel_not_found');
    expect(listing).not.toContain('U1'); // the community, never the member
    expect(listing).toContain('--requeue');
    const json = JSON.parse(await printed({ limit: 50, format: 'json' })) as { failed: number; gaveUp: { kind: string }[] };
    expect(json.gaveUp.map((m) => m.kind).sort()).toEqual(['checkin-prompt', 'digest']);

    expect(parseRequeue('12, x')).toBeUndefined();
    expect(await printed({ limit: 50, format: 'text', requeue: parseRequeue('all')! })).toContain('Re-queued 2 message(s)');
    platformUp = true;
    expect(await dispatcher.dispatchOnce()).toMatchObject({ sent: 2 });
    expect(await store.outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
  });
});
