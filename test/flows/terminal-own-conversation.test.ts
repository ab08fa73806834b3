import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalCommunity, type LocalCommunity } from '../helpers/local-community.js';

/** Long enough for several outbox rounds (one a second when idle) to have come and gone. */
const severalRounds = () => new Promise((resolve) => setTimeout(resolve, 3_000));

describe('the terminal shows a member only their own conversation', () => {
  let circle: LocalCommunity;
  beforeEach(async () => {
    circle = await startLocalCommunity();
    // Sam is the community's supervisor; he has used the terminal once before.
    const sam = await circle.open('sam', 'supervisor');
    sam.type('/help');
    await sam.close();
  });
  afterEach(async () => circle.dispose());

  it(
    'GIVEN alex asks her supervisor for support by name WHEN bob opens his terminal and then sam opens his THEN only sam sees it, and only then is it delivered',
    async () => {
      const alex = await circle.open('alex');
      alex.type('/support');
      await alex.sees('Talk with my supervisor');
      alex.type('1'); // Talk with my supervisor
      await alex.sees('May I tell them, just this once?');
      alex.type('1'); // Yes, tell them it is me
      await alex.sees("I've let sam know");
      await severalRounds();
      const alexScreen = await alex.close();

      const forSam = await circle.inspect((db) => db.prisma.outboxMessage.findMany({ where: { platformUserId: 'sam', kind: 'escalation' } }));
      expect(forSam.length).toBeGreaterThanOrEqual(1);
      // THEN nothing meant for sam was shown to alex, and it all still waits for him.
      expect(forSam.every((m) => m.status === 'pending')).toBe(true);
      expect(alexScreen).not.toContain('Acknowledge');
      expect(alexScreen).not.toContain('✉ to sam');

      const bob = await circle.open('bob');
      bob.type('/help');
      await bob.sees('/checkin');
      await severalRounds();
      const bobScreen = await bob.close();
      // THEN bob, another peer at the same keyboard, sees nothing of alex's requests.
      expect(bobScreen).not.toContain('alex');
      expect(bobScreen).not.toContain('Acknowledge');
      // (Escalations only: between 09:00 and 13:00 UTC on a weekday the scheduler also queues sam's check-in prompt.)
      expect(await circle.inspect((db) => db.prisma.outboxMessage.count({ where: { platformUserId: 'sam', kind: 'escalation', status: 'pending' } }))).toBe(forSam.length);

      // WHEN sam opens his terminal THEN what was for him arrives, with its Acknowledge button.
      const sam = await circle.open('sam', 'supervisor');
      await sam.sees(/alex/);
      const samScreen = await sam.close();
      const delivered = await circle.inspect((db) => db.prisma.outboxMessage.findMany({ where: { platformUserId: 'sam', kind: 'escalation' } }));
      expect(delivered.map((m) => m.status)).toEqual(forSam.map(() => 'sent'));
      expect(samScreen.match(/Acknowledge/g)?.length).toBeGreaterThanOrEqual(forSam.length);
      expect(samScreen).not.toContain('✉ to'); // nobody else's messages either
    },
    120_000,
  );

  it(
    'GIVEN a debrief pair alex and bob in one group message WHEN each opens their terminal in turn THEN each sees it once, and it counts as sent after both',
    async () => {
      await circle.inspect(async ({ prisma }) => {
        const community = await prisma.community.findFirstOrThrow();
        await prisma.outboxMessage.create({
          data: {
            communityId: community.id,
            platformUserId: 'alex',
            platformUserIds: ['alex', 'bob'],
            kind: 'pairing-intro',
            payload: { visibility: 'direct', text: 'Meet your debrief partner.' },
            dedupeKey: 'pair:alex-bob',
          },
        });
      });
      const sam = await circle.open('sam', 'supervisor');
      await severalRounds();
      expect(await sam.close()).not.toContain('Meet your debrief partner');

      const alex = await circle.open('alex');
      await alex.sees('✉ to you and bob: Meet your debrief partner.');
      await severalRounds();
      expect((await alex.close()).match(/Meet your debrief partner/g)).toHaveLength(1);
      const afterAlex = await circle.inspect((db) => db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'pair:alex-bob' } }));
      expect(afterAlex).toMatchObject({ status: 'pending', deliveredTo: ['alex'] });

      const bob = await circle.open('bob');
      await bob.sees('✉ to you and alex: Meet your debrief partner.');
      await bob.close();
      const afterBob = await circle.inspect((db) => db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'pair:alex-bob' } }));
      expect(afterBob).toMatchObject({ status: 'sent', deliveredTo: ['alex', 'bob'] });
    },
    120_000,
  );
});
