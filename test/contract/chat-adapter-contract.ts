import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import type { EventHandler } from '../../src/core/adapter.js';

import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

/** What the member saw after an action, as the platform showed it. */
export interface Seen {
  /** All text shown, in order. */
  text: string;
  /** Labels of the choices offered (buttons, numbered options). */
  choices: string[];
  /** Whether a form is open for the member to fill. */
  formOpen: boolean;
}

/**
 * How a contract test drives one adapter as a member would on that platform. Each platform's
 * harness translates these actions into its own payloads (typed lines, signed HTTP requests,
 * gateway interactions) and reads back what the platform would display.
 */
export interface AdapterHarness {
  /** `app` gives a harness what its adapter needs besides the handler (its store, for one). */
  start(handler: EventHandler, app: App): Promise<void>;
  /** How commands are spelt on this platform before their name, e.g. "pc-" for `/pc-checkin`. */
  readonly commandPrefix?: string;
  runCommand(name: string, text?: string): Promise<Seen>;
  pick(label: string): Promise<Seen>;
  submitForm(values: Record<string, string>): Promise<Seen>;
  /** The bot reaches the member on its own (a scheduled check-in); returns what the member saw. */
  sendDirect(text: string): Promise<Seen>;
  /** The bot reaches the member and `others` together in one conversation; returns what the member saw. */
  sendToGroup(text: string, others: string[]): Promise<Seen>;
  stop(): Promise<void>;
}

/**
 * The behaviour every chat adapter must show, whatever the platform. Run it from each adapter's
 * own test file with a harness for that platform.
 */
export function chatAdapterContract(platform: string, makeHarness: () => Promise<AdapterHarness>): void {
  describe(`${platform} adapter contract`, () => {
    let app: App;
    let testDb: TestDatabase;
    let harness: AdapterHarness;

    beforeAll(async () => {
      const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
      if (!config.ok) throw new Error(config.error.join('\n'));
      testDb = await createTestDatabase();
      app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), random: () => 0 });
      harness = await makeHarness();
      await harness.start(app.bot, app);
    });
    afterAll(async () => {
      await harness.stop();
      await app.close();
      await testDb.release();
    });

    it('GIVEN a first command THEN the member is welcomed and answered', async () => {
      const seen = await harness.runCommand('help');
      expect(seen.text).toContain("I'm peercircle");
      expect(seen.text).toContain(`/${harness.commandPrefix ?? ''}checkin`);
    });

    it('GIVEN /checkin THEN a 1–5 choice is offered, and picking one records it and asks the next', async () => {
      const first = await harness.runCommand('checkin');
      expect(first.choices).toEqual(['1', '2', '3', '4', '5']);
      const second = await harness.pick('3');
      expect(second.text).toContain('2/5');
      expect(second.choices).toEqual(['1', '2', '3', '4', '5']);
    });

    it('GIVEN the last question THEN a private-note form is offered, and submitting it completes the check-in', async () => {
      for (const answer of ['2', '3', '4']) expect((await harness.pick(answer)).choices).toHaveLength(5);
      let seen = await harness.pick('5');
      expect(seen.formOpen).toBe(true);
      expect(seen.choices).toContain('No note today');
      seen = await harness.submitForm({ note: 'a contract note' });
      expect(seen.text).toContain('Your note is saved. Only you can read it.');
      const row = await app.store.database.prisma.checkIn.findFirst();
      expect(row?.answers).toEqual({ energy: 3, stress: 2, load: 3, boundaries: 4, self: 5 });
      expect(app.store.cipher.decrypt(row!.note!)).toBe('a contract note');
    });

    it('GIVEN bad arguments THEN a kind reply that says what to do', async () => {
      const seen = await harness.runCommand('settings', 'time 25:00');
      expect(seen.text).toContain("isn't a time of day");
      expect(seen.text).toContain(`/${harness.commandPrefix ?? ''}settings time 08:30`);
    });

    it('GIVEN the bot reaching out on its own THEN the member receives it', async () => {
      const seen = await harness.sendDirect('Time for your check-in.');
      expect(seen.text).toContain('Time for your check-in.');
    });

    it('GIVEN a message for the member and a peer together THEN the member receives it once', async () => {
      const seen = await harness.sendToGroup('Meet your debrief partner.', ['contract-peer']);
      expect(seen.text.match(/Meet your debrief partner\./g)).toHaveLength(1);
    });
  });
}

