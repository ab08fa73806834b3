import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { visible, type FakeMessage } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { testCipher } from '../../helpers/test-cipher.js';
import { SlackHarness } from './slack-harness.js';

// Issue 14, leak C2, in a Slack workspace through the real Bolt app and the fake Slack API.
describe('Slack: two digests either side of one check-in cannot be subtracted', () => {
  let app: App;
  let testDb: TestDatabase;
  const slack = new SlackHarness();
  let now = new Date('2026-11-25T17:00:00Z'); // a Wednesday

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => now, random: () => 0 });
    await slack.start(app);
  });
  afterAll(async () => {
    await slack.stop();
    await app.close();
    await testDb.release();
  });

  const checkIn = async (id: string, answers: string[]) => {
    const member = { id };
    let prompt: FakeMessage | undefined = (await slack.command(member, 'checkin')).find((m) => visible(m).buttons.some((b) => b.label === '1'));
    for (const answer of answers) {
      const changed = await slack.click(member, prompt!, answer);
      prompt = changed.find((m) => m !== prompt && visible(m).buttons.length > 0) ?? changed.at(-1);
    }
    await slack.click(member, prompt!, 'No note today');
  };
  const digest = async () => {
    const text = (await slack.command({ id: 'USUP' }, 'digest')).map((m) => visible(m).text).join('\n');
    return text.slice(text.indexOf('Team digest'));
  };

  it('GIVEN five members checked in, a digest, a sixth check-in with a very heavy day THEN the second digest is the first, and shows no running week', async () => {
    await slack.command({ id: 'USUP' }, 'help');
    await app.store.database.prisma.member.updateMany({ where: { platformUserId: 'USUP' }, data: { role: 'supervisor' } });
    for (const id of ['UANA', 'UBEN', 'UCAS', 'UDEV', 'UELI']) await checkIn(id, ['4', '2', '2', '4', '4']);
    expect(await app.store.database.prisma.checkIn.count({ where: { completedAt: { not: null } } })).toBe(5);
    const first = await digest();
    expect(first).toContain('The current week (from 23 Nov) is not shown yet: it appears once it ends.');
    await checkIn('UFAY', ['1', '5', '5', '1', '1']);
    expect(await digest()).toBe(first);

    now = new Date('2026-11-30T12:00:00Z');
    const closed = await digest();
    expect(closed).toContain('5–9 people');
    expect(closed).toMatch(/How is your energy today\? .* → 3\.5–4\.0/);
    expect(closed).not.toMatch(/3\.50|\b6 people/);
  });
});
