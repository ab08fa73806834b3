import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('/community: admins set community-wide settings and roles', () => {
  let admin: TerminalHarness;
  beforeAll(async () => {
    admin = await startTerminalHarness({ user: 'ada' });
  });
  afterAll(async () => admin.close());
  const community = () => admin.app.store.database.prisma.community.findFirstOrThrow();

  it('GIVEN a peer THEN the command is refused kindly and nothing changes', async () => {
    const out = await admin.type('/community days mon');
    expect(out).toContain("This command is for your community's admins.");
    expect((await community()).checkinWeekdays).toEqual([1, 2, 3, 4, 5]);
  });

  it('GIVEN an admin THEN days, holidays, reminders, thresholds, crisis contact and roles can be set', async () => {
    const { prisma } = admin.app.store.database;
    await prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
    await prisma.member.create({ data: { communityId: (await community()).id, platformUserId: 'U-SUP', displayName: 'Sam' } });
    const dana = await prisma.member.create({ data: { communityId: (await community()).id, platformUserId: 'dana', displayName: 'Dana' } });
    const out = await admin.type(
      '/community days mon-thu',
      '/community holiday add 2026-12-25',
      '/community reminder off',
      '/community low-streak 4',
      '/community extreme 1.2',
      '/community trend 21 -0.05',
      '/community trend 21 0.5',
      '/community backup-after 2',
      '/community min-group 2',
      '/community crisis-contact Dana, our clinical lead',
      '/community crisis-contact @dana Dana, our clinical lead',
      '/community role <@U-SUP> supervisor',
      '/community backup U-SUP',
      '/community role nobody supervisor',
    );
    expect(out).toContain('Check-ins go out on: Mon, Tue, Wed, Thu.');
    expect(out).toContain('No check-ins on 2026-12-25.');
    expect(out).toContain('Reminders are off.');
    expect(out).toContain('A decline of 0.05 per day over 21 days counts as a declining trend.');
    expect(out).toContain('Please give the days to look back (7 to 42)');
    expect(out).toContain('Please give the minimum group size (never below 3) as a whole number from 3 to 50.');
    expect(out).toContain('Sam is now a supervisor.');
    expect(out).toContain(`I don't know a member "nobody" here yet.`);
    // A label alone reaches nobody: the contact is a person (or a channel), the label stays beside it.
    expect(out).toContain('Please name a person (`@dana`) or a private channel');
    expect(out).toContain('Crisis contact: Dana (members see "Dana, our clinical lead")');
    expect(await community()).toMatchObject({
      checkinWeekdays: [1, 2, 3, 4],
      reminderAfterHours: null,
      lowStreakDays: 4,
      extremeScore: 1.2,
      trendDays: 21,
      trendSlope: -0.05,
      backupAfterHours: 2,
      minGroupSize: 5,
      crisisContactName: 'Dana, our clinical lead',
      crisisContactMemberId: dana.id,
    });
    expect((await prisma.member.findFirstOrThrow({ where: { platformUserId: 'U-SUP' } })).role).toBe('supervisor');

    // The crisis route asks plainly (yes), then whether they are safe (safe for now), then offers the contact by name.
    const crisis = await admin.type('I want to die', '1', '1');
    expect(crisis).toContain('Yes, ask Dana, our clinical lead to reach out to me');
  });
});
