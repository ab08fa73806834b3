import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_TEXT_LIMITS } from '../../src/content/community-topic-input.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe("Admins keep their community's own principles from chat (terminal: a guided form)", () => {
  let h: TerminalHarness;
  beforeAll(async () => {
    h = await startTerminalHarness({ user: 'ada' });
    await h.type('/help');
    await h.app.store.database.prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
  });
  afterAll(async () => h.close());
  const own = () => h.app.store.database.prisma.communityTopic.findMany({ orderBy: { topicId: 'asc' } });
  const audit = async () => (await h.app.store.database.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => [e.action, e.details]);

  it('GIVEN a peer THEN they can neither list nor add principles, and nothing is stored', async () => {
    const out = await h.typeAs('bo', '/community principles add', 'Sneaky', 'A summary', 'Body', 'A source', '-');
    expect(out).toContain("This command is for your community's admins.");
    expect(await own()).toEqual([]);
  });

  it('GIVEN an admin WHEN they fill the form one line at a time THEN the principle is saved, audited and members find it beside the built-ins', async () => {
    const out = await h.type(
      '/community principles add',
      'Peer check-ins',
      'Why we check in with each other before a hard shift.',
      'Ask, listen, and agree what happens next. Nobody has to carry a shift alone.',
      'Our team handbook, 2025 edition',
      'check in, buddy',
    );
    expect(out).toContain('New principle: 5 answers, one line each.');
    expect(out).toContain('✎ Summary, a sentence or two: type it and press Enter.');
    expect(out).toContain('Added Peer check-ins');
    expect(await own()).toMatchObject([
      { topicId: 'peer-check-ins', title: 'Peer check-ins', sources: ['Our team handbook, 2025 edition'], aliases: ['check in', 'buddy'], retiredAt: null },
    ]);
    expect(await audit()).toContainEqual(['principle.add', { topic: 'peer-check-ins', sources: 1, length: 76 }]);

    const peer = await h.typeAs('bo', '/principle', '/principle peer check-ins', '/principle buddy', '/principle peer-chek-ins');
    expect(peer).toContain("Your community's own principles");
    expect(peer).toContain('- `peer-check-ins`: Peer check-ins');
    expect(peer).toContain('Nobody has to carry a shift alone.');
    expect(peer).toContain('Our team handbook, 2025 edition');
    expect(peer).toContain('Did you mean one of these?');
    expect(peer).toContain('/principle peer-check-ins');
  });

  it('GIVEN a form with what content files refuse THEN the admin is told what to fix, nothing is saved, and the form is offered again', async () => {
    const long = 'x'.repeat(TOPIC_TEXT_LIMITS.summary + 1);
    const out = await h.type('/community principles add', 'Ethics', long, 'Some text', 'ab', '-');
    expect(out).toContain('Nothing was saved yet. Please fix this and send it again:');
    expect(out).toContain(`The summary is 301 characters; please keep it to ${TOPIC_TEXT_LIMITS.summary}`);
    expect(out).toContain('Each source needs 3 to 250 characters, one per line.');
    expect(out.split('New principle: 5 answers').length).toBe(3);
    expect((await own()).map((t) => t.topicId)).toEqual(['peer-check-ins']);

    const clash = await h.type('/community principles add', 'Boundaries', 'Mine.', 'Text', 'A book', '');
    expect(clash).toContain('There is already a built-in principle called `boundaries`.');
    const twice = await h.type('/community principles add', 'Peer check-ins', 'Again.', 'Text', 'A book', '-');
    expect(twice).toContain('Your community already has a principle called `peer-check-ins`.');
    const taken = await h.type('/community principles add', 'Today', 'Mine.', 'Text', 'A book', '-', '/community principles add', 'Boundaries reflection', 'Mine.', 'Text', 'A book', '-');
    expect(taken).toContain("`/principle today` already means something else");
    expect(taken).toContain("`/principle boundaries-reflection` already means something else");
  });

  it('GIVEN an edit THEN each field shows what it holds, Enter keeps it, only what was typed changes, the id stays, and the audit names the changed fields', async () => {
    const out = await h.type('/community principles edit peer-check-ins', '', 'Checking in before a hard shift, and after.', '-', '', '');
    expect(out).toContain('Editing Peer check-ins');
    expect(out).toContain('✎ Title, now "Peer check-ins": type a new one, or press Enter to keep it.');
    expect(out).toContain('✎ Other names, comma-separated, now "check in, buddy": type a new one, or press Enter to keep it ("-" leaves it empty).');
    expect(out).toContain('Saved. Members see the new text at `/principle peer-check-ins`.');
    expect(await own()).toMatchObject([{ topicId: 'peer-check-ins', title: 'Peer check-ins', summary: 'Checking in before a hard shift, and after.' }]);
    expect(await audit()).toContainEqual(['principle.edit', { topic: 'peer-check-ins', changed: 'summary' }]);
    await h.type('/community principles edit peer-check-ins', '', '', '', '', '-');
    expect(await own()).toMatchObject([{ topicId: 'peer-check-ins', summary: 'Checking in before a hard shift, and after.', aliases: [] }]);
    expect(await h.type('/community principles edit boundaries')).toContain("`boundaries` is built in, so it can't be edited here.");
    expect(await h.type('/community principles edit nothing-here')).toContain("I couldn't find a principle called \"nothing-here\".");
  });

  it('GIVEN retire and restore THEN members stop and start seeing the principle, its text is kept, and a built-in one is hidden, never deleted', async () => {
    await h.type('/community principles retire peer-check-ins', '/community principles retire boundaries');
    const hidden = await h.typeAs('bo', '/principle', '/principle peer-check-ins', '/principle boundaries');
    expect(hidden).not.toContain('`peer-check-ins`');
    expect(hidden).not.toContain('- `boundaries`');
    expect(hidden).not.toContain('Nobody has to carry a shift alone.');
    expect((await own())[0]).toMatchObject({ body: expect.stringContaining('Nobody has to carry'), retiredAt: expect.any(Date) });
    const list = await h.type('/community principles');
    expect(list).toContain('Retired (members no longer see these)');
    expect(list).toContain('Hidden from your members: `boundaries`');

    await h.type('/community principles restore peer-check-ins', '/community principles restore boundaries');
    const back = await h.typeAs('bo', '/principle peer-check-ins', '/principle boundaries');
    expect(back).toContain('Nobody has to carry a shift alone.');
    expect(back).toContain('Boundaries');
    const actions = (await audit()).map(([action]) => action);
    expect(actions.filter((a) => a === 'principle.retire')).toHaveLength(2);
    expect(actions.filter((a) => a === 'principle.restore')).toHaveLength(2);
  });

  it('GIVEN the longest text allowed THEN it is saved whole and shown whole', async () => {
    const body = `${'Listen first. '.repeat(250)}`.slice(0, TOPIC_TEXT_LIMITS.body - 3) + 'end';
    const out = await h.type('/community principles add', 'L'.repeat(TOPIC_TEXT_LIMITS.title), 's'.repeat(TOPIC_TEXT_LIMITS.summary), body, 'A long source', '-');
    expect(out).toContain('Added');
    const shown = await h.typeAs('bo', `/principle ${'l'.repeat(60)}`);
    expect(shown.replace(/\s+/g, ' ')).toContain(body.replace(/\s+/g, ' ').trim());
  });
});

describe('The training-need signal: a suggestion in the digest, counted in distinct members, never below the minimum group size', () => {
  let h: TerminalHarness;
  beforeAll(async () => {
    h = await startTerminalHarness({ user: 'ada', now: new Date('2026-11-24T10:00:00Z') });
    await h.type('/help');
    await h.app.store.database.prisma.member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
  });
  afterAll(async () => h.close());

  it('GIVEN a threshold under the minimum group size THEN the minimum group size is used, and the digest names topics only, never people', async () => {
    const set = await h.type('/community principles training-need 2');
    expect(set).toContain('When 5 or more different people look up the same principle in a week');
    expect(set).toContain('I used 5, your minimum group size');
    expect((await h.app.store.database.prisma.community.findFirstOrThrow()).trainingNeedReaders).toBe(2);

    for (const who of ['m1', 'm2', 'm3', 'm4', 'm5']) await h.typeAs(who, '/principle boundaries');
    // Four different people, one of them three times: still four.
    for (const who of ['m1', 'm2', 'm3', 'm4']) await h.typeAs(who, '/principle listening');
    await h.typeAs('m1', '/principle listening', '/principle listening');

    h.setNow(new Date('2026-12-01T10:00:00Z'));
    const digest = await h.type('/digest');
    expect(digest).toContain("A suggestion: several people looked up 'Boundaries' in the week of 23 Nov; a refresher session on it might help.");
    expect(digest).not.toContain("'Listening'");
    for (const who of ['m1', 'm2', 'm3', 'm4', 'm5']) expect(digest).not.toContain(who);
  });

  it('GIVEN the signal turned off THEN the digest makes no suggestion', async () => {
    expect(await h.type('/community principles training-need off')).toContain('Training-need suggestions are off.');
    expect(await h.type('/digest')).not.toContain('A suggestion');
    expect(await h.type('/community principles training-need lots')).toContain('Please give how many different people');
  });
});
