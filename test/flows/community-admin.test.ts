import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('/community: admins set community-wide settings and roles', () => {
  let admin: TerminalHarness;
  beforeAll(async () => {
    admin = await startTerminalHarness({ user: 'ada', env: { COMMANDS_PER_MINUTE: '0' } });
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
    expect(out).toContain('Check-ins falling by 0.05 a day or more, on average over 21 days, now count as a downward trend.');
    expect(out).toContain('A check-in averaging 1.2 or lower (on 1–5, 5 the lighter end) now counts as a very hard day.');
    expect(out).toContain('Please give the days to look back (7 to 42)');
    expect(out).toContain('Please give the minimum group size (never below 3) as a whole number from 3 to 50.');
    expect(out).toContain('Sam is now a supervisor.');
    expect(out).toContain('Backup supervisor is now Sam');
    expect(out).toContain(`I don't know a member "nobody" here yet.`);
    // A label alone reaches nobody: the contact is a person (or a channel), the label stays beside it.
    expect(out).toContain('Please name a person (`@dana`) or a private channel');
    expect(out).toContain('Crisis contact is now Dana (members see "Dana, our clinical lead")');
    // Each change is confirmed in a line or two, not followed by every setting and every example.
    expect(out).not.toContain("Your community's settings");
    expect(out).not.toContain('`/community retention 365`');
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

  it('GIVEN the settings above WHEN the admin types /community THEN they read in plain words, with names, and a short list of what to change', async () => {
    const out = await admin.type('/community');
    expect(out).toContain('A check-in averaging 1.2 or lower counts as a very hard day.');
    expect(out).toContain('Check-ins falling by 0.05 a day or more, on average over 21 days, count as a downward trend.');
    expect(out).toContain('4 check-ins in a row averaging 2.5 or lower count as a low stretch.');
    expect(out).toContain('Backup supervisor: Sam, asked when nobody acknowledges an urgent signal within 2 hours or a crisis request within 30 minutes.');
    expect(out).toContain('Crisis contact: Dana (members see "Dana, our clinical lead").');
    expect(out).toContain('`/community help` lists every setting.');
    expect(out).not.toMatch(/≤|\/day|score ≤|: set\b|null|undefined/);
    expect(out.split('\n').filter((line) => line.startsWith('- `/community')).length).toBeLessThanOrEqual(6);
    const help = await admin.type('/community help');
    expect(help).toContain('- `/community retention 365`');
    expect(help).toContain('- `/community members`');
  });

  it('GIVEN a setting typed in other words WHEN the admin sends it THEN the closest setting is offered with its example, not every setting there is', async () => {
    const out = await admin.type('/community backup-supervisor @U-SUP', '/community dayz mon-fri', '/community colour blue');
    expect(out).toContain('I don\'t know the setting "backup-supervisor". Did you mean `/community backup @lee`? `/community help` lists every setting with an example.');
    expect(out).toContain('I don\'t know the setting "dayz". Did you mean `/community days mon-fri`?');
    expect(out).toContain('I don\'t know the setting "colour". `/community help` lists every setting with an example.');
    expect(out).not.toContain('How to use it');
    expect(await admin.typeAs('dana', '/community colour blue')).toContain("This command is for your community's admins.");
  });

  it('GIVEN Sam is the backup supervisor WHEN the admin makes Sam the crisis contact too THEN the reply says nobody else would be asked, and how to change it', async () => {
    const out = await admin.type('/community crisis-contact @U-SUP');
    expect(out).toContain("Sam is also the backup supervisor, so if they don't acknowledge a crisis request, nobody else is asked. `/community backup @name` names another supervisor as the backup.");
    expect(out).not.toContain('the backup supervisor, Sam, is asked');
    expect(await admin.type('/community crisis-contact @dana Dana, our clinical lead')).toContain('the backup supervisor, Sam, is asked');
  });

  it('GIVEN Sam already is a supervisor WHEN the admin makes Sam a supervisor again THEN nothing changes, nothing is recorded, and the reply says so', async () => {
    const { prisma } = admin.app.store.database;
    const rows = await prisma.auditEntry.count();
    expect(await admin.type('/community role @U-SUP supervisor')).toContain('Sam is already a supervisor; nothing changed.');
    expect(await admin.type('/community backup @U-SUP')).toContain('Sam is already the backup supervisor; nothing changed.');
    expect(await prisma.auditEntry.count()).toBe(rows);
  });

  it('GIVEN members with roles WHEN the admin asks for /community members THEN everyone is listed by name and role, admins first, with their duties', async () => {
    const out = await admin.type('/community members');
    expect(out).toContain('Members and roles: 3 people');
    expect(out).toMatch(/- ada: admin\n- Sam: supervisor \(backup supervisor\)\n- Dana: peer \(crisis contact\)/);
  });

  it('GIVEN a big community WHEN the admin asks for /community members THEN it comes a page at a time, each page within one message', async () => {
    const { prisma } = admin.app.store.database;
    const communityId = (await community()).id;
    await prisma.member.createMany({ data: Array.from({ length: 75 }, (_, i) => ({ communityId, platformUserId: `U${i}`, displayName: `Member ${String(i).padStart(2, '0')} ${'x'.repeat(20)}` })) });
    const first = await admin.type('/community members');
    expect(first).toContain('Members and roles: 78 people (page 1 of 3)');
    expect(first).toContain('More: `/community members 2`.');
    const last = await admin.type('/community members 3');
    expect(last).toContain('(page 3 of 3)');
    expect(last).toContain('Member 74');
    for (const page of [first, last]) expect(page.length).toBeLessThan(2000);
    expect(await admin.type('/community members two')).toContain('Please give a page number, like `/community members 2`.');
  });

  it('GIVEN the changes above WHEN the admin reads the audit THEN each entry is a sentence with who, what and when in their own time zone, newest first', async () => {
    const { prisma } = admin.app.store.database;
    await prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { timeZone: 'Europe/Berlin' } });
    const out = await admin.type('/community audit');
    expect(out).toContain('times in Europe/Berlin');
    expect(out).toContain("23 Nov 11:00 — ada changed Sam's role from peer to supervisor.");
    expect(out).toContain('ada made Sam the backup supervisor.');
    expect(out).toContain('ada made Dana the crisis contact.');
    expect(out).toContain('ada changed the check-in days to Mon, Tue, Wed, Thu.');
    expect(out).not.toMatch(/null|community\.setting|member\.role|→ a member|\(admin\)/);
  });

  it('GIVEN a supervisor and a peer WHEN each types /help THEN the supervisor is shown /escalations and the other supervisor views, the peer is not', async () => {
    const supervisorHelp = await admin.typeAs('U-SUP', '/help');
    expect(supervisorHelp).toContain('For supervisors');
    expect(supervisorHelp).toContain('`/escalations ack 1` acknowledges one');
    expect(supervisorHelp).toContain('- `/community members`: who the supervisors and admins are');
    const members = await admin.typeAs('U-SUP', '/community members');
    expect(members).toContain('- ada: admin');
    expect(members).not.toContain('Dana');
    expect(members).not.toContain('Member 01');
    const peerHelp = await admin.typeAs('dana', '/help');
    expect(peerHelp).not.toContain('For supervisors');
    expect(await admin.typeAs('dana', '/community members')).toContain("This command is for your community's admins.");
  });
});
